package dev.procoresync.it.state;

import dev.procoresync.bc.client.BcClient;
import dev.procoresync.bc.client.BcEntitySet;
import dev.procoresync.bc.client.ODataQuery;
import dev.procoresync.core.http.RateLimiter;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.http.SharedInFlightLimiter;
import dev.procoresync.core.state.LeaseStore;
import dev.procoresync.core.state.SyncStateStore;
import dev.procoresync.state.jdbc.JdbcSyncStateStore;
import dev.procoresync.state.redis.RedisStateStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * One worker process of the Business Central in-flight test: a host with several threads reading
 * one principal's Business Central company, its requests limited to 5 in flight either across all
 * processes (a {@link SharedInFlightLimiter} over the durable store) or per process only (the
 * baseline). Line protocol as {@link StateWorker}: {@code go <threads> <calls> shared|separate}
 * answers {@code ok <requests>}.
 *
 * <p>Arguments: store URI, the fake's login base, API base, tenant, environment, company id, client
 * id, client secret.
 */
public final class BcWorker {
  private BcWorker() {}

  /**
   * Runs the worker until stdin ends or {@code exit}.
   *
   * @param args see the class comment
   * @throws Exception when anything fails (the parent sees the exit)
   */
  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String storeUri = args[0];
    Clock clock = Clock.systemUTC();
    SyncStateStore store =
        storeUri.startsWith("jdbc:")
            ? JdbcSyncStateStore.connect(storeUri, clock)
            : RedisStateStore.connect(storeUri, clock, "procore-sync-it:");
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    out.println("> ready bc-worker-" + ProcessHandle.current().pid());
    String line;
    while ((line = in.readLine()) != null) {
      String[] cmd = line.trim().split(" ");
      try {
        if (cmd[0].equals("exit")) {
          out.println("> bye");
          return;
        }
        if (!cmd[0].equals("go")) {
          out.println("> error unknown command " + line);
          continue;
        }
        int threads = Integer.parseInt(cmd[1]);
        int calls = Integer.parseInt(cmd[2]);
        RateLimiter limiter =
            cmd[3].equals("shared")
                ? SharedInFlightLimiter.builder()
                    .leases((LeaseStore) store)
                    .maxInFlight(5)
                    .clock(clock)
                    .build()
                : dev.procoresync.core.http.ClientSideRateLimiter.builder().maxInFlight(5).build();
        BcClient bc =
            BcClient.builder()
                .loginBase(args[1])
                .apiBase(args[2])
                .tenant(args[3])
                .environment(args[4])
                .companyId(args[5])
                .clientId(args[6])
                .clientSecret(args[7])
                .clock(clock)
                .retryPolicy(RetryPolicy.defaults().withJitter(0))
                .readTimeout(Duration.ofSeconds(30))
                .rateLimiter(limiter)
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
          CyclicBarrier together = new CyclicBarrier(threads);
          List<Future<Integer>> done = new ArrayList<>();
          for (int t = 0; t < threads; t++) {
            done.add(
                pool.submit(
                    () -> {
                      together.await(60, TimeUnit.SECONDS);
                      int n = 0;
                      for (int i = 0; i < calls; i++) {
                        bc.list(BcEntitySet.PROJECTS, ODataQuery.all()).stream().count();
                        n++;
                      }
                      return n;
                    }));
          }
          int total = 0;
          for (Future<Integer> f : done) {
            total += f.get(300, TimeUnit.SECONDS);
          }
          out.println("> ok " + total);
        } finally {
          pool.shutdownNow();
          bc.close();
        }
      } catch (Exception e) {
        out.println("> error " + e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
  }
}
