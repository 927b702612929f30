package dev.procoresync.core.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.state.InMemorySyncStateStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookInboxTest {

  /** A clock the test moves by hand. */
  static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-11-02T14:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final MovableClock clock = new MovableClock();
  private final InMemorySyncStateStore store = InMemorySyncStateStore.create(clock);

  @Test
  void acceptsAnEventOnceAndCallsItsRedeliveriesDuplicates() {
    WebhookInbox inbox = WebhookInbox.create(store, clock, Set.of());

    WebhookReceipt first = inbox.receive(WebhookEventsTest.V2);
    clock.advance(Duration.ofHours(11));
    WebhookReceipt retried = inbox.receive(WebhookEventsTest.V2);

    assertEquals(WebhookVerdict.ACCEPTED, first.verdict());
    assertTrue(first.accepted());
    assertEquals(WebhookVerdict.DUPLICATE, retried.verdict());
  }

  @Test
  void deduplicatesByUlidEvenWhenTheIdDiffers() {
    WebhookInbox inbox = WebhookInbox.create(store, clock, Set.of());
    String sameUlidOtherId = WebhookEventsTest.V2.replace("\"id\":40021", "\"id\":99999");

    inbox.receive(WebhookEventsTest.V2);

    assertEquals(WebhookVerdict.DUPLICATE, inbox.receive(sameUlidOtherId).verdict());
    assertEquals(WebhookVerdict.ACCEPTED, inbox.receive(WebhookEventsTest.V4).verdict());
    assertEquals(WebhookVerdict.DUPLICATE, inbox.receive(WebhookEventsTest.V4).verdict());
  }

  @Test
  void forgetsKeysAfterTheRetention() {
    WebhookInbox inbox = WebhookInbox.create(store, clock, Set.of(), Duration.ofHours(12));

    inbox.receive(WebhookEventsTest.V3);
    clock.advance(Duration.ofHours(12).plusSeconds(1));

    assertEquals(WebhookVerdict.ACCEPTED, inbox.receive(WebhookEventsTest.V3).verdict());
  }

  @Test
  void dropsTheEchoesOfOurOwnWritesWithoutMarkingThem() {
    WebhookInbox ours = WebhookInbox.create(store, clock, Set.of("app-77"));
    WebhookInbox theirs = WebhookInbox.create(store, clock, Set.of("another-app"));

    assertEquals(WebhookVerdict.OWN_APPLICATION, ours.receive(WebhookEventsTest.V2).verdict());
    assertEquals(WebhookVerdict.ACCEPTED, theirs.receive(WebhookEventsTest.V2).verdict());
  }

  @Test
  void refusesARetentionShorterThanProcoresRetryWindow() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> WebhookInbox.create(store, clock, Set.of(), Duration.ofHours(1)));

    assertTrue(error.getMessage().contains("PT1H"), error.getMessage());
  }
}
