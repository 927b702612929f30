package dev.procoresync.it.client;

import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.client.ProcoreCredentials;
import dev.procoresync.core.client.ProcoreEnvironment;
import dev.procoresync.core.http.RequestEvent;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.testkit.procore.FakeProcore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Builds clients wired to a fake Procore: its hosts, its credentials, its clock and sleeper. */
final class FakeClients {
  private FakeClients() {}

  static ProcoreClient.Builder builder(FakeProcore fake) {
    return ProcoreClient.builder()
        .environment(ProcoreEnvironment.custom(fake.loginBaseUrl(), fake.apiBaseUrl()))
        .credentials(ProcoreCredentials.clientCredentials(fake.clientId(), fake.clientSecret()))
        .clock(fake.clock())
        .sleeper(fake.clock().sleeper())
        .retryPolicy(RetryPolicy.defaults().withJitter(0))
        .readTimeout(Duration.ofSeconds(10));
  }

  static ProcoreClient client(FakeProcore fake) {
    return builder(fake).build();
  }

  /** A listener that keeps every event. */
  static final class Events {
    final List<RequestEvent> all = new CopyOnWriteArrayList<>();

    void add(RequestEvent e) {
      all.add(e);
    }

    RequestEvent last() {
      return all.get(all.size() - 1);
    }
  }
}
