package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A webhook hook: where Procore delivers the events of one namespace ({@code
 * /rest/v1.0/webhooks/hooks}, v2 under {@code /rest/v2.0/companies/{company_id}/webhooks/hooks}).
 * Ids are text so that v1 and v2 hooks fit.
 */
@Value.Immutable
@JsonSerialize(as = WebhookHookBuilder.ImmutableWebhookHook.class)
@JsonDeserialize(as = WebhookHookBuilder.ImmutableWebhookHook.class)
public abstract class WebhookHook {

  WebhookHook() {}

  /**
   * Returns a new, empty builder of {@code WebhookHook} values.
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
   * Procore's id of the hook (a number on v1, text on v2).
   *
   * @return Procore's id of the hook (a number on v1, text on v2), or empty when Procore leaves it
   *     out
   */
  public abstract Optional<String> id();

  /**
   * The payload version of a v1 hook, such as {@code v2}.
   *
   * @return the payload version of a v1 hook, such as {@code v2}, or empty when Procore leaves it
   *     out
   */
  public abstract Optional<String> apiVersion();

  /**
   * The payload version of a v2 hook, such as {@code v4.0}.
   *
   * @return the payload version of a v2 hook, such as {@code v4.0}, or empty when Procore leaves it
   *     out
   */
  public abstract Optional<String> payloadVersion();

  /**
   * The namespace, one per integration ({@code [a-z0-9-]}).
   *
   * @return the namespace, one per integration ({@code [a-z0-9-]}), or empty when Procore leaves it
   *     out
   */
  public abstract Optional<String> namespace();

  /**
   * The HTTPS address events are posted to.
   *
   * @return the HTTPS address events are posted to, or empty when Procore leaves it out
   */
  public abstract Optional<String> destinationUrl();

  /**
   * The headers sent with each delivery (such as {@code Authorization}); never printed.
   *
   * @return the headers sent with each delivery (such as {@code Authorization}); never printed
   */
  @Value.Redacted
  public abstract Map<String, String> destinationHeaders();

  /**
   * The state of a v2 hook: {@code active} or {@code disabled}.
   *
   * @return the state of a v2 hook: {@code active} or {@code disabled}, or empty when Procore
   *     leaves it out
   */
  public abstract Optional<String> status();

  /**
   * How many triggers the hook has.
   *
   * @return How many triggers the hook has, or empty when Procore leaves it out
   */
  public abstract Optional<Long> triggerCount();

  /**
   * The company owning the hook.
   *
   * @return the company owning the hook, or empty when Procore leaves it out
   */
  public abstract Optional<Long> ownedByCompanyId();

  /**
   * The project owning the hook.
   *
   * @return the project owning the hook, or empty when Procore leaves it out
   */
  public abstract Optional<Long> ownedByProjectId();

  /**
   * Builds {@code WebhookHook} values: a setter per attribute (plus {@code add*}/{@code addAll*}
   * for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a
   * value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder
   * is not thread safe.
   */
  public static final class Builder extends WebhookHookBuilder {
    Builder() {}
  }
}
