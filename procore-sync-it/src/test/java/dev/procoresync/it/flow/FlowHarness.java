package dev.procoresync.it.flow;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.client.ProcoreCredentials;
import dev.procoresync.core.client.ProcoreEnvironment;
import dev.procoresync.core.http.RequestEvent;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.ProgressListener;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Clients wired to a fake Procore (its hosts, credentials, clock and sleeper) and journal helpers.
 */
final class FlowHarness {
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  private FlowHarness() {}

  static ProcoreClient.Builder builder(FakeProcore fake) {
    return ProcoreClient.builder()
        .environment(ProcoreEnvironment.custom(fake.loginBaseUrl(), fake.apiBaseUrl()))
        .credentials(ProcoreCredentials.clientCredentials(fake.clientId(), fake.clientSecret()))
        .clock(fake.clock())
        .sleeper(fake.clock().sleeper())
        .retryPolicy(RetryPolicy.defaults().withJitter(0))
        // Generous: the figures count requests, and a 1,000-record sync answered late on a build
        // machine shared by other builds must not turn into a retry that changes the count.
        .readTimeout(Duration.ofSeconds(60));
  }

  static CompanyClient company(FakeProcore fake) {
    return builder(fake).build().forCompany(fake.companyId());
  }

  /** The write requests to the API (the token request is not one). */
  static List<RecordedRequest> writes(FakeProcore fake) {
    return fake.requests().stream()
        .filter(r -> r.path().startsWith("/rest/") && WRITES.contains(r.method()))
        .toList();
  }

  /** Every origin id stored more than once in a resource. */
  static Map<String, Long> duplicateOriginIds(FakeProcore fake, String resource) {
    return fake.all(resource).stream()
        .filter(n -> n.hasNonNull("origin_id"))
        .collect(Collectors.groupingBy(n -> n.get("origin_id").asText(), Collectors.counting()))
        .entrySet()
        .stream()
        .filter(e -> e.getValue() > 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  static long count(SyncReport report, Outcome outcome) {
    return report.count(outcome);
  }

  /** Keeps every outcome and request event; runs an action once a number of records is reached. */
  static final class Recorder implements ProgressListener {
    final List<RecordOutcome> outcomes = new CopyOnWriteArrayList<>();
    final List<RequestEvent> events = new CopyOnWriteArrayList<>();
    private volatile long trigger = -1;
    private volatile LongConsumer action = n -> {};

    Recorder at(long processed, LongConsumer then) {
      this.trigger = processed;
      this.action = then;
      return this;
    }

    void request(RequestEvent e) {
      events.add(e);
    }

    @Override
    public void onRecord(RecordOutcome outcome, long processed, OptionalLong total) {
      outcomes.add(outcome);
      if (processed == trigger) {
        action.accept(processed);
      }
    }

    RecordOutcome outcome(String key) {
      return outcomes.stream()
          .filter(o -> o.key().equals(key))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no outcome for '" + key + "' in " + outcomes));
    }
  }
}
