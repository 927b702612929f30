package dev.procoresync.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.state.QueuedRequest.State;
import dev.procoresync.core.testing.Seeded;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InMemoryWebConnectorQueueTest {
  private static final Instant T0 = Instant.parse("2026-12-02T09:00:00Z");
  private final MutableClock clock = new MutableClock(T0);
  private final WebConnectorQueue queue = InMemoryWebConnectorQueue.create(clock);

  @Test
  void requestsAreClaimedInEnqueueOrderAndSettledOnce() {
    QueuedRequest a = queue.enqueue("tenant-7", "run-1", "a", "<A/>");
    QueuedRequest b = queue.enqueue("tenant-7", "run-1", "b", "<B/>");
    queue.enqueue("tenant-8", "run-2", "c", "<C/>");
    assertTrue(a.id() < b.id());
    assertEquals(State.PENDING, a.state());
    assertEquals(T0, a.enqueuedAt());
    assertEquals(2, queue.pendingCount("tenant-7"));

    clock.advance(Duration.ofHours(3)); // the Web Connector polls hours later
    QueuedRequest first = queue.claimNext("tenant-7", "s1").orElseThrow();
    assertEquals(a.id(), first.id());
    assertEquals(State.CLAIMED, first.state());
    assertEquals(Optional.of(T0.plus(Duration.ofHours(3))), first.claimedAt());
    assertEquals(first, queue.claimNext("tenant-7", "s1").orElseThrow(), "held request again");
    assertEquals(0, queue.sessionProgress("tenant-7", "s1").percentDone());

    queue.recordResponse(first.id(), "s1", "<ARs/>");
    assertEquals(50, queue.sessionProgress("tenant-7", "s1").percentDone());
    QueuedRequest second = queue.claimNext("tenant-7", "s1").orElseThrow();
    assertEquals(b.id(), second.id());
    QueuedRequest failed = queue.recordFailure(second.id(), "s1", "0x80040400", "parse error");
    assertEquals(State.FAILED, failed.state());
    assertEquals(Optional.of("0x80040400"), failed.status());
    assertEquals(Optional.empty(), queue.claimNext("tenant-7", "s1"), "the queue moved on");
    assertEquals(100, queue.sessionProgress("tenant-7", "s1").percentDone());
    assertThrows(
        IllegalArgumentException.class, () -> queue.recordResponse(second.id(), "s1", "<late/>"));
    assertEquals(1, queue.pendingCount("tenant-8"), "another company is untouched");
  }

  @Test
  void aRunIsFinalWhenTheDrainingSessionCloses() {
    queue.enqueue("tenant-7", "run-1", "a", "<A/>");
    QueuedRequest a = queue.claimNext("tenant-7", "s1").orElseThrow();
    queue.recordResponse(a.id(), "s1", "<ARs/>");
    QueueProgress before = queue.runProgress("run-1");
    assertEquals(1, before.answered());
    assertEquals(Optional.empty(), before.finalAt(), "final only when the session closes");

    clock.advance(Duration.ofMinutes(1));
    assertEquals(List.of("run-1"), queue.closeSession("s1"));
    assertEquals(Optional.of(T0.plusSeconds(60)), queue.runProgress("run-1").finalAt());
    assertEquals(List.of(), queue.closeSession("s1"), "closing twice does nothing");
    assertThrows(IllegalArgumentException.class, () -> queue.claimNext("tenant-7", "s1"));
    assertThrows(
        IllegalArgumentException.class, () -> queue.enqueue("tenant-7", "run-1", "b", "<B/>"));
  }

  @Test
  void aRunWithWorkLeftStaysOpenAndWhatTheSessionHeldFails() {
    queue.enqueue("tenant-7", "run-1", "a", "<A/>");
    queue.enqueue("tenant-7", "run-1", "b", "<B/>");
    QueuedRequest a = queue.claimNext("tenant-7", "s1").orElseThrow();
    assertEquals(List.of(), queue.closeSession("s1"), "b still pending");
    QueuedRequest lost = queue.request(a.id()).orElseThrow();
    assertEquals(State.FAILED, lost.state());
    assertEquals(Optional.of("session.closed"), lost.status());

    QueuedRequest b = queue.claimNext("tenant-7", "s2").orElseThrow();
    queue.recordResponse(b.id(), "s2", "<BRs/>");
    assertEquals(List.of("run-1"), queue.closeSession("s2"));
    QueueProgress p = queue.runProgress("run-1");
    assertEquals(1, p.answered());
    assertEquals(1, p.failed());
    assertEquals(2, queue.requests("run-1").size());
  }

  @Test
  void continuationsStayInTheirSessionAndGoFirst() {
    queue.enqueue("tenant-7", "run-1", "q", "<Q iterator='Start'/>");
    queue.enqueue("tenant-7", "run-1", "other", "<O/>");
    QueuedRequest q = queue.claimNext("tenant-7", "s1").orElseThrow();
    queue.recordResponse(q.id(), "s1", "<QRs iteratorRemainingCount='5'/>");
    QueuedRequest next = queue.enqueueContinuation(q.id(), "q#2", "<Q iterator='Continue'/>");
    assertEquals(Optional.of("s1"), next.boundSession());
    assertEquals(1, queue.pendingCount("tenant-7"), "a new session would not see the continuation");
    assertEquals(
        Optional.of(queue.request(2).orElseThrow().id()),
        queue.claimNext("tenant-7", "s2").map(QueuedRequest::id),
        "another session takes the unbound one");
    assertEquals(next.id(), queue.claimNext("tenant-7", "s1").orElseThrow().id());
    assertEquals(List.of(), queue.closeSession("s1"), "s2 still holds 'other'");
    assertThrows(
        IllegalArgumentException.class,
        () -> queue.enqueueContinuation(q.id(), "q#3", "<Q iterator='Continue'/>"),
        "the session is closed");
  }

  @Test
  void anUnansweredContinuationFailsWhenItsSessionCloses() {
    queue.enqueue("tenant-7", "run-1", "q", "<Q/>");
    QueuedRequest q = queue.claimNext("tenant-7", "s1").orElseThrow();
    queue.recordResponse(q.id(), "s1", "<QRs/>");
    QueuedRequest next = queue.enqueueContinuation(q.id(), "q#2", "<Q2/>");
    assertEquals(List.of("run-1"), queue.closeSession("s1"));
    assertEquals(State.FAILED, queue.request(next.id()).orElseThrow().state());
  }

  @Test
  void enqueueIsIdempotentPerRunAndKeyAndRefusesBadInput() {
    QueuedRequest a = queue.enqueue("tenant-7", "run-1", "a", "<A/>");
    assertEquals(a, queue.enqueue("tenant-7", "run-1", "a", "<A/>"));
    IllegalArgumentException other =
        assertThrows(
            IllegalArgumentException.class, () -> queue.enqueue("tenant-7", "run-1", "a", "<X/>"));
    assertTrue(other.getMessage().contains("key a"), other.getMessage());
    IllegalArgumentException company =
        assertThrows(
            IllegalArgumentException.class, () -> queue.enqueue("tenant-8", "run-1", "b", "<B/>"));
    assertTrue(company.getMessage().contains("tenant-7"), company.getMessage());
    IllegalArgumentException blank =
        assertThrows(IllegalArgumentException.class, () -> queue.enqueue(" ", "r", "k", "<A/>"));
    assertTrue(blank.getMessage().contains("companyKey"), blank.getMessage());
    assertThrows(IllegalArgumentException.class, () -> queue.enqueue("t", "r", "k", ""));
    assertThrows(IllegalArgumentException.class, () -> queue.enqueueContinuation(99, "k", "<A/>"));
    assertThrows(
        IllegalArgumentException.class, () -> queue.enqueueContinuation(a.id(), "k", "<A/>"));
    assertThrows(IllegalArgumentException.class, () -> queue.recordFailure(a.id(), "s", " ", "m"));
  }

  @Test
  void progressPercentIsHundredOnlyWhenNothingRemains() {
    QueueProgress none =
        QueueProgress.builder().pending(0).claimed(0).answered(0).failed(0).build();
    assertEquals(100, none.percentDone());
    QueueProgress almost =
        QueueProgress.builder().pending(1).claimed(0).answered(999).failed(0).build();
    assertEquals(99, almost.percentDone());
    assertThrows(
        IllegalArgumentException.class,
        () -> QueueProgress.builder().pending(-1).claimed(0).answered(0).failed(0).build());
  }

  /**
   * Random interleavings of several sessions of two companies: every request is handed out at most
   * once until settled, never after, and every run ends with every request settled.
   */
  @Seeded(tries = 200)
  void randomSessionsSettleEveryRequestExactlyOnce(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    WebConnectorQueue q = InMemoryWebConnectorQueue.create(clock);
    String[] companies = {"c1", "c2"};
    int total = 1 + r.nextInt(30);
    for (int i = 0; i < total; i++) {
      String company = companies[r.nextInt(2)];
      q.enqueue(company, "run-" + company, "k" + i, "<R" + i + "/>");
    }
    Set<Long> settled = new HashSet<>();
    List<String> open = new ArrayList<>();
    int sessions = 0;
    for (int step = 0; step < 2000 && settled.size() < total; step++) {
      if (open.isEmpty() || r.nextInt(10) == 0) {
        open.add(companies[r.nextInt(2)] + "/s" + sessions++);
      }
      String session = open.get(r.nextInt(open.size()));
      String company = session.substring(0, 2);
      int action = r.nextInt(10);
      if (action == 0) {
        q.closeSession(session);
        open.remove(session);
        continue;
      }
      Optional<QueuedRequest> claimed = q.claimNext(company, session);
      if (claimed.isEmpty()) {
        continue;
      }
      QueuedRequest c = claimed.get();
      assertFalse(settled.contains(c.id()), "seed " + seed + ": handed out after settling");
      assertEquals(company, c.companyKey());
      if (action < 7) {
        q.recordResponse(c.id(), session, "<ok/>");
      } else {
        q.recordFailure(c.id(), session, "0x80040400", "");
      }
      settled.add(c.id());
    }
    for (String session : List.copyOf(open)) {
      q.closeSession(session);
    }
    for (String company : companies) {
      String drain = company + "/drain";
      Optional<QueuedRequest> c;
      while ((c = q.claimNext(company, drain)).isPresent()) {
        q.recordResponse(c.get().id(), drain, "<ok/>");
      }
      q.closeSession(drain);
      QueueProgress p = q.runProgress("run-" + company);
      assertEquals(0, p.remaining(), "seed " + seed);
      assertSame(p.finalAt().isPresent(), p.settled() > 0, "seed " + seed);
    }
  }
}
