package dev.procoresync.core.webhook;

import java.util.Locale;
import java.util.Objects;

/**
 * What happened to the record a webhook event is about, read from {@code event_type} (v2.0, v3.0)
 * or {@code reason} (v4.0).
 *
 * <p>Payload v4.0 may carry reasons beyond create, update and delete: they read as {@link #OTHER},
 * and {@link WebhookEvent#reason()} keeps the text.
 */
public enum WebhookAction {
  /** The record was created. */
  CREATE,
  /** The record was updated. */
  UPDATE,
  /** The record was deleted. */
  DELETE,
  /** Any other reason. */
  OTHER;

  /**
   * Reads an event type or reason, ignoring case.
   *
   * @param reason the text Procore sent, such as {@code "update"}
   * @return the action, {@link #OTHER} when it is none of create, update and delete
   * @throws NullPointerException when {@code reason} is null
   */
  public static WebhookAction of(String reason) {
    switch (Objects.requireNonNull(reason, "reason").trim().toLowerCase(Locale.ROOT)) {
      case "create":
        return CREATE;
      case "update":
        return UPDATE;
      case "delete":
        return DELETE;
      default:
        return OTHER;
    }
  }
}
