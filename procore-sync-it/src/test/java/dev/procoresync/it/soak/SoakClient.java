package dev.procoresync.it.soak;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.client.ProcoreCredentials;
import dev.procoresync.core.client.ProcoreEnvironment;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.state.InMemorySyncStateStore;
import dev.procoresync.testkit.procore.FakeProcore;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * A client for one soak seed: short real-time socket timeouts, the fake's clock and sleeper, and
 * (drawn from the seed) client-credentials or rotating refresh-token credentials and a short or
 * normal access-token lifetime.
 */
final class SoakClient {
  final CompanyClient company;
  final String auth;
  final Duration tokenLifetime;

  private SoakClient(CompanyClient company, String auth, Duration tokenLifetime) {
    this.company = company;
    this.auth = auth;
    this.tokenLifetime = tokenLifetime;
  }

  static SoakClient of(SplittableRandom rng, FakeProcore fake) {
    Duration lifetime =
        switch (rng.nextInt(3)) {
          case 0 -> Duration.ofSeconds(30 + rng.nextInt(90));
          case 1 -> Duration.ofSeconds(300 + rng.nextInt(600));
          default -> FakeProcore.DEFAULT_ACCESS_TOKEN_LIFETIME;
        };
    fake.accessTokenLifetime(lifetime);
    boolean rotating = rng.nextBoolean();
    ProcoreClient.Builder builder =
        ProcoreClient.builder()
            .environment(ProcoreEnvironment.custom(fake.loginBaseUrl(), fake.apiBaseUrl()))
            .clock(fake.clock())
            .sleeper(fake.clock().sleeper())
            .retryPolicy(RetryPolicy.defaults().withJitter(0))
            .connectTimeout(FaultMix.READ_TIMEOUT)
            .readTimeout(FaultMix.READ_TIMEOUT)
            .writeTimeout(FaultMix.READ_TIMEOUT);
    if (rotating) {
      builder
          .credentials(
              ProcoreCredentials.refreshToken(
                  fake.clientId(), fake.clientSecret(), fake.refreshToken()))
          .tokenStore(InMemorySyncStateStore.create(fake.clock()));
    } else {
      builder.credentials(
          ProcoreCredentials.clientCredentials(fake.clientId(), fake.clientSecret()));
    }
    return new SoakClient(
        builder.build().forCompany(fake.companyId()),
        rotating ? "refresh-rotation" : "client-credentials",
        lifetime);
  }

  @Override
  public String toString() {
    return auth + ", token lifetime " + tokenLifetime.toSeconds() + " s";
  }
}
