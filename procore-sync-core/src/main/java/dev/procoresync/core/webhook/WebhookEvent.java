package dev.procoresync.core.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One Procore webhook event, the same whatever payload version delivered it.
 *
 * <p>Payload v2.0 (legacy) and v3.0 send numeric ids, {@code event_type}, {@code resource_name}, a
 * {@code ulid} and {@code metadata}; v3.0 adds {@code related_resources}; v4.0 sends every id as
 * text, {@code reason} and {@code resource_type}, and its {@code id} is itself a ULID. This type
 * holds the union, ids as text, and remembers the version in {@link #payloadVersion()}. Build one
 * with {@link WebhookEvents#parse(String)}.
 *
 * <pre>{@code
 * WebhookEvent event = WebhookEvents.parse(body);
 * if (event.action() == WebhookAction.UPDATE && event.resourceName().equals("Timecard Entries")) {
 *   long id = event.resourceIdAsLong().orElseThrow();
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class WebhookEvent {

  WebhookEvent() {}

  /**
   * Returns a new, empty builder of {@code WebhookEvent} values.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset; a setter given {@code null} for a required attribute throws {@link
   * NullPointerException} naming it ({@code null} for an optional attribute leaves it empty).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy; this value is
   * left as it is.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * The payload version, as Procore names it ({@code v2.0}, {@code v3.0}, {@code v4.0}); taken from
   * {@code api_version} or {@code payload_version} when the payload carries one, else inferred from
   * its shape.
   *
   * @return the payload version
   */
  public abstract String payloadVersion();

  /**
   * The event's id, as text (a number in v2.0 and v3.0, a ULID in v4.0).
   *
   * @return the event id
   */
  public abstract String id();

  /**
   * The event's 26-character ULID (v2.0 and v3.0; in v4.0 the {@link #id()} is the ULID).
   *
   * @return the ULID, or empty in v4.0
   */
  public abstract Optional<String> ulid();

  /**
   * When the event occurred.
   *
   * @return the instant, or empty when the payload has no readable timestamp
   */
  public abstract Optional<Instant> timestamp();

  /**
   * What happened, as Procore sent it ({@code event_type} or {@code reason}), such as {@code
   * update}.
   *
   * @return the reason text
   */
  public abstract String reason();

  /**
   * The resource the changed record belongs to ({@code resource_name} or {@code resource_type}),
   * such as {@code Timecard Entries}.
   *
   * @return the resource name
   */
  public abstract String resourceName();

  /**
   * The changed record's id, as text.
   *
   * @return the record id
   */
  public abstract String resourceId();

  /**
   * The company the event occurred in.
   *
   * @return the company id as text, or empty when the payload has none
   */
  public abstract Optional<String> companyId();

  /**
   * The project the event occurred in.
   *
   * @return the project id as text, or empty for company-level resources
   */
  public abstract Optional<String> projectId();

  /**
   * The user who caused the event.
   *
   * @return the user id as text, or empty when the payload has none
   */
  public abstract Optional<String> userId();

  /**
   * Where the event came from (v2.0 and v3.0 only).
   *
   * @return the metadata, or empty in v4.0
   */
  public abstract Optional<WebhookMetadata> metadata();

  /**
   * The records related to the changed one (v3.0 only).
   *
   * @return the related records (empty when none)
   */
  public abstract List<RelatedResource> relatedResources();

  /**
   * What happened, as an enum.
   *
   * @return the action read from {@link #reason()}
   */
  @Value.Derived
  @Value.Auxiliary
  public WebhookAction action() {
    return WebhookAction.of(reason());
  }

  /**
   * The key that identifies this event across redeliveries: the ULID when there is one, else the
   * id.
   *
   * @return the de-duplication key
   */
  public String deduplicationKey() {
    return ulid().orElse(id());
  }

  /**
   * The changed record's id as a REST v1 id.
   *
   * @return the id, or empty when it is not a whole number
   */
  public Optional<Long> resourceIdAsLong() {
    try {
      return Optional.of(Long.parseLong(resourceId()));
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
  }

  /**
   * Tells whether the event was caused by the given application, according to the payload's {@code
   * metadata.source_application_id} (v2.0 and v3.0; a v4.0 event never matches).
   *
   * @param applicationId the application's id as Procore reports it
   * @return {@code true} when the event echoes a write made by that application
   * @throws NullPointerException when {@code applicationId} is null
   */
  public boolean causedByApplication(String applicationId) {
    Objects.requireNonNull(applicationId, "applicationId");
    return metadata()
        .flatMap(WebhookMetadata::sourceApplicationId)
        .filter(applicationId::equals)
        .isPresent();
  }

  /**
   * Builds {@code WebhookEvent} values: a setter per attribute (plus {@code add*}/{@code addAll*}
   * for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a
   * value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder
   * is not thread safe.
   */
  public static final class Builder extends WebhookEventBuilder {
    Builder() {}
  }
}
