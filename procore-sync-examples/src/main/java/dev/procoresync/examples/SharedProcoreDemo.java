package dev.procoresync.examples;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.client.ProcoreCredentials;
import dev.procoresync.core.client.ProcoreEnvironment;
import dev.procoresync.core.flow.VendorUpsertFlow;
import dev.procoresync.core.state.RunAttempt;
import dev.procoresync.core.state.RunGuard;
import dev.procoresync.core.state.SyncStateStore;
import dev.procoresync.core.state.TokenPair;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.RemoteClock;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.RateLimit;
import dev.procoresync.testkit.procore.RecordedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Several demo processes on one fake Procore and one store, as hosts on several machines run
 * (README, "Running on many machines"): {@code --serve-procore --state=...} starts the fake
 * Procore, stores its token pair in the store (due, so that the first client refreshes it) and
 * serves until its input ends; {@code --procore=URL --state=...} (any number of processes, on one
 * store) reads the served fake's clock, takes the token pair from the store and syncs the sample
 * export's vendors under a run lease: the processes share one token pair (one refresh in total) and
 * one rate budget, and a process that finds the vendor sync running waits for it, then finds
 * nothing to write.
 *
 * <pre>{@code
 * // first terminal
 * Demo --serve-procore --rate-limit --state=jdbc:postgresql://127.0.0.1:5432/test?user=postgres
 * // two more terminals
 * Demo --procore=http://127.0.0.1:PORT --state=jdbc:postgresql://127.0.0.1:5432/test?user=postgres
 * }</pre>
 */
public final class SharedProcoreDemo {
  /** The refresh token a client names before it finds the stored pair (never spent). */
  private static final String IN_THE_STORE = "in-the-store";

  private SharedProcoreDemo() {}

  /**
   * Runs the served or the client side when the options ask for one.
   *
   * @param out where to print
   * @param options the flags
   * @return true when it ran (the rest of the demo is then skipped)
   */
  static boolean run(PrintStream out, DemoOptions options) {
    if (options.serveProcore()) {
      serve(out, options, System.in);
      return true;
    }
    if (!options.procore().isEmpty()) {
      syncVendors(out, options);
      return true;
    }
    return false;
  }

  /**
   * Stores the fake's token pair in a store, due at once, as the pair every process of one app
   * shares; replaces the pair stored before.
   *
   * @param store the shared store
   * @param procore the fake Procore
   */
  public static void seedToken(SyncStateStore store, FakeProcore procore) {
    String key = credentialKey(procore.apiBaseUrl());
    TokenPair pair =
        TokenPair.of(
            procore.accessToken(), Optional.of(procore.refreshToken()), procore.clock().instant());
    while (!store.compareAndSet(key, store.token(key).orElse(null), pair)) {
      // another process changed it meanwhile: replace that one
    }
  }

  private static String credentialKey(String base) {
    return ProcoreCredentials.refreshToken(
            FakeProcore.DEFAULT_CLIENT_ID, FakeProcore.DEFAULT_CLIENT_SECRET, IN_THE_STORE)
        .credentialKey(ProcoreEnvironment.custom(base, base));
  }

  private static void serve(PrintStream out, DemoOptions options, InputStream in) {
    FakeClock clock = FakeClock.at(Instant.parse("2026-01-17T06:00:00Z"));
    RateLimit limit = options.rateLimit() ? RateLimit.of(3_600, 25) : RateLimit.off();
    try (FakeProcore procore = FakeProcore.builder().clock(clock).rateLimit(limit).start();
        DemoState durable = DemoState.open(options.state(), clock)) {
      seedToken(durable.store(), procore);
      out.println("fake Procore serving at " + procore.apiBaseUrl());
      out.println(
          "  company "
              + procore.companyId()
              + ", "
              + (options.rateLimit() ? "rate limit 25/10s + 3600/h" : "no rate limit")
              + "; its token pair is in "
              + durable
              + " (due, so the first client refreshes it)");
      out.println("  run: Demo --procore=" + procore.apiBaseUrl() + " --state=<the same store>");
      out.println("  end with Ctrl-D (or Ctrl-C)");
      try {
        while (in.read() >= 0) {
          // serve until the input ends
        }
      } catch (IOException e) {
        // the input closed
      }
      List<RecordedRequest> seen = procore.requests();
      out.println(
          "served: "
              + seen.stream().filter(r -> r.path().equals("/oauth/token")).count()
              + " token request(s), "
              + seen.stream().filter(r -> r.path().startsWith("/rest/")).count()
              + " API requests, "
              + seen.stream().filter(r -> r.status() == 429).count()
              + " x 429");
    }
  }

  private static void syncVendors(PrintStream out, DemoOptions options) {
    String base = options.procore();
    RemoteClock clock = RemoteClock.of(base);
    String me = "demo-" + ProcessHandle.current().pid();
    try (DemoState durable = DemoState.open(options.state(), clock)) {
      RequestCounter counter = new RequestCounter();
      ProcoreClient client =
          ProcoreClient.builder()
              .environment(ProcoreEnvironment.custom(base, base))
              .credentials(
                  ProcoreCredentials.refreshToken(
                      FakeProcore.DEFAULT_CLIENT_ID,
                      FakeProcore.DEFAULT_CLIENT_SECRET,
                      IN_THE_STORE))
              .clock(clock)
              .sleeper(clock.sleeper())
              .requestListener(counter)
              .tokenStore(durable.store())
              .rateLimitBudget(durable.budget())
              .build();
      long companyId = client.companies().list().iterator().next().id();
      CompanyClient company = client.forCompany(companyId);
      SampleErpExport erp = SampleErpExport.generate(42, options.vendors());
      out.println(
          me + ": fake Procore at " + base + " (company " + companyId + "), state in " + durable);
      RunGuard guard = RunGuard.of(durable.store(), clock).holder(me);
      VendorUpsertFlow vendors = VendorUpsertFlow.create(company);
      RunOptions runOptions = RunOptions.builder().dryRun(options.dryRun()).build();
      String scope = "company:" + companyId;
      while (true) {
        RunAttempt<SyncReport> attempt =
            guard.tryRun(
                "demo-vendors",
                scope,
                () -> vendors.run(erp.vendors(), Demo::toVendor, runOptions));
        if (!attempt.alreadyRunning()) {
          SyncReport report = attempt.result().orElseThrow();
          out.println(
              me
                  + ": vendors created="
                  + report.count(Outcome.CREATED)
                  + " updated="
                  + report.count(Outcome.UPDATED)
                  + " unchanged="
                  + report.count(Outcome.UNCHANGED)
                  + " skipped="
                  + report.count(Outcome.SKIPPED)
                  + " failed="
                  + report.count(Outcome.FAILED));
          break;
        }
        out.println(me + ": " + attempt.message() + "; waiting");
        try {
          Thread.sleep(200); // real time: the other process is working
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      out.println(me + ": " + counter.drain());
    }
  }
}
