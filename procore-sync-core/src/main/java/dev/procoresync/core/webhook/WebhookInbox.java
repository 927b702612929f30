package dev.procoresync.core.webhook;

import dev.procoresync.core.state.SyncStateStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * The front door of a webhook endpoint: parses each delivery, drops redeliveries of events already
 * accepted and events caused by this application's own writes.
 *
 * <p>Procore retries a failed delivery for up to 12 hours and may deliver an event twice even after
 * a success, so every event's {@link WebhookEvent#deduplicationKey() ULID or id} is marked in the
 * {@link SyncStateStore} ({@code markSeen}, atomic) and kept for the retention (24 hours by
 * default, longer than Procore's retry window). Events whose {@code metadata.source_application_id}
 * is one of this application's ids are answered {@link WebhookVerdict#OWN_APPLICATION} without
 * being marked. The inbox holds no state of its own and is thread safe when the store is.
 *
 * <pre>{@code
 * WebhookInbox inbox = WebhookInbox.create(stateStore, Clock.systemUTC(), Set.of("my-app-id"));
 * WebhookReceipt receipt = inbox.receive(body);   // answer 200 whatever the verdict
 * }</pre>
 */
public final class WebhookInbox {

  /** The namespace of the keys marked in the state store. */
  public static final String SEEN_NAMESPACE = "procore:webhook";

  /** How long a key is remembered by default: twice Procore's 12-hour retry window. */
  public static final Duration DEFAULT_RETENTION = Duration.ofHours(24);

  private final SyncStateStore store;
  private final Clock clock;
  private final Set<String> ownApplicationIds;
  private final Duration retention;

  private WebhookInbox(
      SyncStateStore store, Clock clock, Set<String> ownApplicationIds, Duration retention) {
    this.store = store;
    this.clock = clock;
    this.ownApplicationIds = ownApplicationIds;
    this.retention = retention;
  }

  /**
   * Creates an inbox that remembers keys for {@link #DEFAULT_RETENTION}.
   *
   * @param store where seen keys are marked
   * @param clock the clock that dates the marks
   * @param ownApplicationIds this application's ids, as Procore reports them in {@code
   *     metadata.source_application_id} (empty to keep every event)
   * @return the inbox
   * @throws NullPointerException when an argument is null
   */
  public static WebhookInbox create(
      SyncStateStore store, Clock clock, Set<String> ownApplicationIds) {
    return create(store, clock, ownApplicationIds, DEFAULT_RETENTION);
  }

  /**
   * Creates an inbox.
   *
   * @param store where seen keys are marked
   * @param clock the clock that dates the marks
   * @param ownApplicationIds this application's ids (empty to keep every event)
   * @param retention how long a key is remembered; at least Procore's 12-hour retry window
   * @return the inbox
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when {@code retention} is shorter than 12 hours
   */
  public static WebhookInbox create(
      SyncStateStore store, Clock clock, Set<String> ownApplicationIds, Duration retention) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(ownApplicationIds, "ownApplicationIds");
    Objects.requireNonNull(retention, "retention");
    if (retention.compareTo(Duration.ofHours(12)) < 0) {
      throw new IllegalArgumentException(
          "retention must cover Procore's 12-hour retry window, got " + retention);
    }
    return new WebhookInbox(store, clock, Set.copyOf(ownApplicationIds), retention);
  }

  /**
   * Parses a delivery's body and decides what to do with it.
   *
   * @param body the request body
   * @return the event and the verdict
   * @throws WebhookPayloadException when the body is not a Procore event
   * @throws NullPointerException when {@code body} is null
   */
  public WebhookReceipt receive(String body) {
    return receive(WebhookEvents.parse(body));
  }

  /**
   * Decides what to do with an event already parsed.
   *
   * @param event the event
   * @return the event and the verdict
   * @throws NullPointerException when {@code event} is null
   */
  public WebhookReceipt receive(WebhookEvent event) {
    Objects.requireNonNull(event, "event");
    boolean own =
        event
            .metadata()
            .flatMap(WebhookMetadata::sourceApplicationId)
            .filter(ownApplicationIds::contains)
            .isPresent();
    if (own) {
      return WebhookReceipt.of(event, WebhookVerdict.OWN_APPLICATION);
    }
    boolean first =
        store.markSeen(SEEN_NAMESPACE, event.deduplicationKey(), clock.instant().plus(retention));
    return WebhookReceipt.of(event, first ? WebhookVerdict.ACCEPTED : WebhookVerdict.DUPLICATE);
  }
}
