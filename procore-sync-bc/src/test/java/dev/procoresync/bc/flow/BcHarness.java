package dev.procoresync.bc.flow;

import dev.procoresync.bc.client.BcClient;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.testkit.bc.FakeBusinessCentral;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** A Business Central client wired to a fake Business Central. */
public final class BcHarness {
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  private BcHarness() {}

  /**
   * A builder of a client of the fake's company, on the fake's clock.
   *
   * @param fake the fake
   * @return the builder
   */
  public static BcClient.Builder builder(FakeBusinessCentral fake) {
    return BcClient.builder()
        .tenant(fake.tenant())
        .environment(fake.environment())
        .companyId(fake.companyId())
        .clientId(fake.clientId())
        .clientSecret(fake.clientSecret())
        .apiBase(fake.apiBaseUrl())
        .loginBase(fake.loginBaseUrl())
        .clock(fake.clock())
        .sleeper(fake.clock().sleeper())
        .retryPolicy(RetryPolicy.defaults().withJitter(0))
        .readTimeout(Duration.ofSeconds(10));
  }

  /**
   * A client of the fake's company.
   *
   * @param fake the fake
   * @return the client
   */
  public static BcClient client(FakeBusinessCentral fake) {
    return builder(fake).build();
  }

  /**
   * The API writes the fake received (token requests left out).
   *
   * @param fake the fake
   * @return the writes
   */
  public static List<dev.procoresync.testkit.http.RecordedRequest> writes(
      FakeBusinessCentral fake) {
    return fake.requests().stream()
        .filter(r -> r.path().contains("/api/") && WRITES.contains(r.method()))
        .toList();
  }

  /**
   * The API requests the fake received (token requests left out).
   *
   * @param fake the fake
   * @return the requests
   */
  public static List<dev.procoresync.testkit.http.RecordedRequest> apiRequests(
      FakeBusinessCentral fake) {
    return fake.requests().stream().filter(r -> r.path().contains("/api/")).toList();
  }

  /**
   * The pattern of the fake's {@code $batch} requests on the custom API pages (a fault pattern's
   * {@code **} matches only at the end, so the path is spelled out).
   *
   * @param fake the fake
   * @return e.g. {@code POST /v2.0/{tenant}/{environment}/api/projectPro/procoreSync/v1.0/$batch}
   */
  public static String customBatch(FakeBusinessCentral fake) {
    return "POST " + java.net.URI.create(fake.customApiUrl()).getRawPath() + "/$batch";
  }
}
