package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A change event ({@code /rest/v1.1/change_events}). */
@Value.Immutable
@JsonSerialize(as = ChangeEventBuilder.ImmutableChangeEvent.class)
@JsonDeserialize(as = ChangeEventBuilder.ImmutableChangeEvent.class)
public abstract class ChangeEvent {

  ChangeEvent() {}

  /**
   * Returns a new, empty builder of {@code ChangeEvent} values.
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
   * Procore's id of the record.
   *
   * @return Procore's id of the record (Procore always sends it)
   */
  public abstract long id();

  /**
   * The number.
   *
   * @return the number, or empty when Procore leaves it out
   */
  public abstract Optional<String> number();

  /**
   * The title.
   *
   * @return the title, or empty when Procore leaves it out
   */
  public abstract Optional<String> title();

  /**
   * The description.
   *
   * @return the description, or empty when Procore leaves it out
   */
  public abstract Optional<String> description();

  /**
   * The scope, such as {@code in_scope}.
   *
   * @return the scope, such as {@code in_scope}, or empty when Procore leaves it out
   */
  public abstract Optional<String> scope();

  /**
   * The status.
   *
   * @return the status, or empty when Procore leaves it out
   */
  public abstract Optional<ChangeEventStatus> status();

  /**
   * The change type, as Procore sends it.
   *
   * @return the change type, as Procore sends it, or empty when Procore leaves it out
   */
  public abstract Optional<JsonNode> changeType();

  /**
   * The change reason, as Procore sends it.
   *
   * @return the change reason, as Procore sends it, or empty when Procore leaves it out
   */
  public abstract Optional<JsonNode> changeReason();

  /**
   * The origin fields.
   *
   * @return the origin fields, or empty when Procore leaves it out
   */
  public abstract Optional<ExternalData> externalData();

  /**
   * When the record was created.
   *
   * @return When the record was created, or empty when Procore leaves it out
   */
  public abstract Optional<Instant> createdAt();

  /**
   * When the record was last updated.
   *
   * @return When the record was last updated, or empty when Procore leaves it out
   */
  public abstract Optional<Instant> updatedAt();

  /**
   * Builds {@code ChangeEvent} values: a setter per attribute (plus {@code add*}/{@code addAll*}
   * for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a
   * value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder
   * is not thread safe.
   */
  public static final class Builder extends ChangeEventBuilder {
    Builder() {}
  }
}
