package dev.procoresync.state.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procoresync.core.state.InMemoryWebConnectorQueue;
import dev.procoresync.core.state.WebConnectorQueue;
import dev.procoresync.core.testing.Seeded;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The JDBC queue answers every operation exactly as the in-memory queue (the reference semantics of
 * {@code WebConnectorQueue}): random sequences of enqueues, continuations, claims, answers,
 * failures and session closes, compared result by result (values, or exception type and message).
 */
class JdbcWebConnectorQueueTest {

  /** A clock both queues read; the test moves it between operations. */
  static final class StepClock extends Clock {
    private volatile Instant now = Instant.parse("2026-01-05T08:00:00.123456789Z");

    void step() {
      now = now.plusMillis(1_001);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private static String outcome(Supplier<?> op) {
    try {
      Object result = op.get();
      if (result instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof String) {
        List<String> sorted = new ArrayList<>();
        list.forEach(o -> sorted.add((String) o));
        sorted.sort(null);
        return sorted.toString();
      }
      return String.valueOf(result);
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  static void compare(long seed, WebConnectorQueue jdbc, StepClock clock, int steps) {
    SplittableRandom random = new SplittableRandom(seed);
    WebConnectorQueue memory = InMemoryWebConnectorQueue.create(clock);
    String[] companies = {"c1", "c2", " "};
    String[] runs = {"r1", "r2", "r3", "r4"};
    String[] sessions = {"s1", "s2", "s3"};
    String[] texts = {"<a/>", "<b/>", ""};
    for (int step = 0; step < steps; step++) {
      int op = random.nextInt(12);
      String company = companies[random.nextInt(random.nextInt(10) == 0 ? 3 : 2)];
      String run = runs[random.nextInt(runs.length)];
      String key = "k" + random.nextInt(6);
      String session = sessions[random.nextInt(sessions.length)];
      String text = texts[random.nextInt(random.nextInt(10) == 0 ? 3 : 2)];
      long id = 1 + random.nextInt(12);
      String what = "seed " + seed + " step " + step + " op " + op;
      String a;
      String b;
      switch (op) {
        case 0, 1, 2 -> {
          a = outcome(() -> memory.enqueue(company, run, key, text));
          b = outcome(() -> jdbc.enqueue(company, run, key, text));
        }
        case 3 -> {
          a = outcome(() -> memory.enqueueContinuation(id, key, text));
          b = outcome(() -> jdbc.enqueueContinuation(id, key, text));
        }
        case 4, 5 -> {
          a = outcome(() -> memory.claimNext(company, session));
          b = outcome(() -> jdbc.claimNext(company, session));
        }
        case 6, 7 -> {
          a = outcome(() -> memory.recordResponse(id, session, "<ok/>"));
          b = outcome(() -> jdbc.recordResponse(id, session, "<ok/>"));
        }
        case 8 -> {
          a = outcome(() -> memory.recordFailure(id, session, "0x80040400", "bad"));
          b = outcome(() -> jdbc.recordFailure(id, session, "0x80040400", "bad"));
        }
        case 9 -> {
          if (random.nextInt(3) != 0) {
            continue;
          }
          a = outcome(() -> memory.closeSession(session));
          b = outcome(() -> jdbc.closeSession(session));
        }
        case 10 -> {
          a = outcome(() -> memory.pendingCount(company) + " " + memory.runProgress(run));
          b = outcome(() -> jdbc.pendingCount(company) + " " + jdbc.runProgress(run));
        }
        default -> {
          a =
              outcome(
                  () ->
                      memory.sessionProgress(company, session)
                          + " "
                          + memory.requests(run)
                          + memory.request(id));
          b =
              outcome(
                  () ->
                      jdbc.sessionProgress(company, session)
                          + " "
                          + jdbc.requests(run)
                          + jdbc.request(id));
        }
      }
      assertEquals(a, b, what);
      clock.step();
    }
  }

  @Seeded(tries = 12)
  void answersLikeTheInMemoryQueueOnH2(long seed) {
    StepClock clock = new StepClock();
    String url = "jdbc:h2:mem:queue-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    compare(seed, JdbcWebConnectorQueue.connect(url, clock), clock, 250);
  }

  @Test
  void answersLikeTheInMemoryQueueOnPostgres() throws Exception {
    String url = Services.postgres();
    StepClock clock = new StepClock();
    JdbcWebConnectorQueue queue = JdbcWebConnectorQueue.connect(url, clock);
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
        java.sql.Statement s = c.createStatement()) {
      // the queue's tables are the test's own on this database
      for (String t : List.of("qb_request", "qb_run", "qb_session", "qb_session_run")) {
        s.executeUpdate("DELETE FROM procore_sync_" + t);
      }
    }
    compare(20261202L, queue, clock, 250);
  }
}
