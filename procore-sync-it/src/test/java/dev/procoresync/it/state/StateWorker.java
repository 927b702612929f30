package dev.procoresync.it.state;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.client.ProcoreCredentials;
import dev.procoresync.core.client.ProcoreEnvironment;
import dev.procoresync.core.http.RateLimitBudget;
import dev.procoresync.core.http.RateLimitSnapshot;
import dev.procoresync.core.http.SharedRateLimitBudget;
import dev.procoresync.core.model.Vendor;
import dev.procoresync.core.model.VendorUpdate;
import dev.procoresync.core.state.RunAttempt;
import dev.procoresync.core.state.RunGuard;
import dev.procoresync.core.state.SharedValueStore;
import dev.procoresync.core.state.SyncStateStore;
import dev.procoresync.core.time.Sleeper;
import dev.procoresync.state.jdbc.JdbcSyncStateStore;
import dev.procoresync.state.redis.RedisStateStore;
import dev.procoresync.testkit.RemoteClock;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One worker process of the multi-process tests: a host that syncs one company through a durable
 * store, reading the fake Procore's clock. It reads commands from stdin, one per line, and answers
 * each with one line starting with {@code "> "} on stdout.
 *
 * <p>Arguments: store URI ({@code jdbc:...} or {@code redis://...}), the fake's base URL, client
 * id, client secret, company id, budget ({@code shared} or {@code separate}), sleeper ({@code
 * clock}: waits advance the shared fake clock; {@code real}: short real waits, for the refresh test
 * where the clock must stand still while processes wait for each other).
 */
public final class StateWorker {
  private StateWorker() {}

  /**
   * Runs the worker until stdin ends or {@code exit}.
   *
   * @param args see the class comment
   * @throws Exception when anything fails (the parent sees the exit)
   */
  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String storeUri = args[0];
    String base = args[1];
    RemoteClock clock = RemoteClock.of(base);
    SyncStateStore store =
        storeUri.startsWith("jdbc:")
            ? JdbcSyncStateStore.connect(storeUri, clock)
            : RedisStateStore.connect(storeUri, clock, "procore-sync-it:");
    RateLimitBudget shared = SharedRateLimitBudget.on((SharedValueStore) store);
    AtomicReference<RateLimitBudget> budgetNow = new AtomicReference<>();
    AtomicReference<Sleeper> sleeperNow = new AtomicReference<>();
    Sleeper real = d -> Thread.sleep(Math.max(1, Math.min(20, d.toMillis())));
    java.util.function.BiConsumer<String, String> setMode =
        (b, z) -> {
          budgetNow.set(b.equals("shared") ? shared : RateLimitBudget.inMemory());
          sleeperNow.set(z.equals("clock") ? clock.sleeper() : real);
        };
    setMode.accept(args[5], args[6]);
    RateLimitBudget budget =
        new RateLimitBudget() {
          @Override
          public Duration reserve(String key, Instant now) {
            return budgetNow.get().reserve(key, now);
          }

          @Override
          public void record(String key, RateLimitSnapshot snapshot) {
            budgetNow.get().record(key, snapshot);
          }

          @Override
          public void blockUntil(String key, Instant until) {
            budgetNow.get().blockUntil(key, until);
          }
        };
    Sleeper sleeper = d -> sleeperNow.get().sleep(d);
    ProcoreClient client =
        ProcoreClient.builder()
            .environment(ProcoreEnvironment.custom(base, base))
            .credentials(ProcoreCredentials.refreshToken(args[2], args[3], "seeded-in-the-store"))
            .tokenStore(store)
            .rateLimitBudget(budget)
            .clock(clock)
            .sleeper(sleeper)
            .build();
    CompanyClient company = client.forCompany(Long.parseLong(args[4]));
    String me = "worker-" + ProcessHandle.current().pid();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    out.println("> ready " + me);
    String line;
    while ((line = in.readLine()) != null) {
      String[] cmd = line.trim().split(" ");
      try {
        switch (cmd[0]) {
          case "call":
            company.projects().list().forEach(p -> {});
            out.println("> ok");
            break;
          case "calls":
            int n = Integer.parseInt(cmd[1]);
            for (int i = 0; i < n; i++) {
              company.projects().list().forEach(p -> {});
            }
            out.println("> ok " + n);
            break;
          case "run":
            RunAttempt<String> attempt =
                RunGuard.of(store, clock)
                    .holder(me)
                    .leaseTime(Duration.ofMinutes(10))
                    .tryRun(
                        cmd[1],
                        cmd[2],
                        () -> {
                          out.println("> running");
                          try {
                            return in.readLine(); // "finish" (or killed here)
                          } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                          }
                        });
            out.println(
                attempt.alreadyRunning() ? "> already-running " + attempt.message() : "> ran");
            break;
          case "sync":
            out.println(
                "> "
                    + sync(
                        store,
                        company,
                        cmd[1],
                        Integer.parseInt(cmd[2]),
                        Integer.parseInt(cmd[3]),
                        in,
                        out));
            break;
          case "mode":
            setMode.accept(cmd[1], cmd[2]);
            out.println("> mode " + cmd[1] + " " + cmd[2]);
            break;
          case "exit":
            out.println("> bye");
            return;
          default:
            out.println("> error unknown command " + line);
        }
      } catch (RuntimeException e) {
        out.println("> error " + e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
  }

  /**
   * Syncs vendors {@code 0 .. n-1} of a source to Procore: for each, the cross reference in the
   * store, else the vendor Procore holds with its origin id, else a create; then the cross
   * reference and the cursor are committed. With {@code killAt >= 0} the worker stops right after
   * the write of that record, before its commit, and waits to be killed.
   */
  private static String sync(
      SyncStateStore store,
      CompanyClient company,
      String scope,
      int n,
      int killAt,
      BufferedReader in,
      PrintStream out)
      throws java.io.IOException {
    int created = 0;
    int adopted = 0;
    int known = 0;
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < n; i++) {
      String key = "src:vendor:" + i;
      if (store.crossReference("procore:vendor|" + scope, key).isPresent()) {
        known++;
        continue;
      }
      String originId = "it:" + scope + ":" + i;
      Optional<Vendor> existing = company.vendors().findByOriginId(originId);
      Vendor vendor;
      if (existing.isPresent()) {
        vendor = existing.get();
        adopted++;
      } else {
        vendor =
            company
                .vendors()
                .create(VendorUpdate.builder().name("Vendor " + i).originId(originId).build());
        created++;
      }
      if (i == killAt) {
        out.println("> written " + i);
        in.readLine(); // killed here, between the write and the commit
      }
      store.putCrossReference("procore:vendor|" + scope, key, Long.toString(vendor.id()));
      store.putCursor("vendor-sync", scope, start.plusSeconds(i));
    }
    return "synced created=" + created + " adopted=" + adopted + " known=" + known;
  }
}
