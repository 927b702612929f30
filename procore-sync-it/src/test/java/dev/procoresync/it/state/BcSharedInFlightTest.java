package dev.procoresync.it.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.testkit.bc.FakeBusinessCentral;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Business Central's "at most 5 requests in flight for one principal across all machines": worker
 * JVMs (forked processes, several threads each) read one fake Business Central through a {@link
 * dev.procoresync.core.http.SharedInFlightLimiter} over one PostgreSQL or one Redis, and the fake,
 * which holds every request 20 ms so that they overlap, never sees more than 5 at once. With {@code
 * -Dprocoresync.figures=true} the baseline (a limit of 5 per process only) is printed too.
 */
class BcSharedInFlightTest {
  private static final int PROCESSES = 3;
  private static final int THREADS = 4;
  private static final int CALLS = 15;

  @Test
  void onPostgresNeverMoreThanFiveInFlightAcrossProcesses() throws Exception {
    run("postgresql", Services.postgres());
  }

  @Test
  void onRedisNeverMoreThanFiveInFlightAcrossProcesses() throws Exception {
    run("redis", Services.redis());
  }

  private void run(String name, String storeUri) throws Exception {
    try (FakeBusinessCentral bc = FakeBusinessCentral.start()) {
      bc.rateLimitOff();
      bc.holdInFlight(Duration.ofMillis(20));
      try (Workers workers =
          Workers.start(
              BcWorker.class,
              PROCESSES,
              List.of(
                  storeUri,
                  bc.loginBaseUrl(),
                  bc.apiBaseUrl(),
                  bc.tenant(),
                  bc.environment(),
                  bc.companyId(),
                  bc.clientId(),
                  bc.clientSecret()))) {
        int shared = spend(bc, workers, "shared");
        System.out.println(
            "[figures] BcSharedInFlightTest "
                + name
                + ": shared limit, "
                + PROCESSES
                + " processes x "
                + THREADS
                + " threads: at most "
                + shared
                + " in flight at the fake");
        assertTrue(shared <= 5, shared + " requests in flight at once");
        if (Boolean.getBoolean("procoresync.figures")) {
          int separate = spend(bc, workers, "separate");
          System.out.println(
              "[figures] BcSharedInFlightTest "
                  + name
                  + ": a limit of 5 per process only: at most "
                  + separate
                  + " in flight at the fake");
        }
      }
    }
  }

  private static int spend(FakeBusinessCentral bc, Workers workers, String mode) {
    bc.resetMaxConcurrentRequests();
    List<String> answers = workers.all("go " + THREADS + " " + CALLS + " " + mode);
    assertEquals(Collections.nCopies(PROCESSES, "ok " + THREADS * CALLS), answers);
    return bc.maxConcurrentRequests();
  }
}
