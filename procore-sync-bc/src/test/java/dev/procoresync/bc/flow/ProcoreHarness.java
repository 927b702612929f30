package dev.procoresync.bc.flow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.client.ProcoreCredentials;
import dev.procoresync.core.client.ProcoreEnvironment;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.Fixtures;
import dev.procoresync.testkit.procore.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A Procore company client wired to a fake Procore, and journal helpers. */
final class ProcoreHarness {
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  private ProcoreHarness() {}

  static CompanyClient company(FakeProcore fake) {
    return company(fake, Duration.ofSeconds(10));
  }

  /** A company client that waits {@code timeout} for an answer (figures of 1,000 records). */
  static CompanyClient company(FakeProcore fake, Duration timeout) {
    return ProcoreClient.builder()
        .environment(ProcoreEnvironment.custom(fake.loginBaseUrl(), fake.apiBaseUrl()))
        .credentials(ProcoreCredentials.clientCredentials(fake.clientId(), fake.clientSecret()))
        .clock(fake.clock())
        .sleeper(fake.clock().sleeper())
        .retryPolicy(RetryPolicy.defaults().withJitter(0))
        .readTimeout(timeout)
        .build()
        .forCompany(fake.companyId());
  }

  /** A project with budget codes {@code segment.task.type} for each given flat code. */
  static long project(FakeProcore fake, String name, String... flatCodes) {
    long project = fake.givenProject(Fixtures.project(name));
    for (String code : flatCodes) {
      fake.given(
          Fixtures.of("wbs_codes").with("flat_code", code).with("description", code).in(project));
    }
    return project;
  }

  static List<RecordedRequest> writes(FakeProcore fake) {
    return fake.requests().stream()
        .filter(r -> r.path().startsWith("/rest/") && WRITES.contains(r.method()))
        .toList();
  }

  static List<RecordedRequest> apiRequests(FakeProcore fake) {
    return fake.requests().stream().filter(r -> r.path().startsWith("/rest/")).toList();
  }

  static Map<String, Long> duplicateOriginIds(FakeProcore fake, String resource) {
    return fake.all(resource).stream()
        .filter(n -> n.hasNonNull("origin_id"))
        .collect(Collectors.groupingBy(n -> n.get("origin_id").asText(), Collectors.counting()))
        .entrySet()
        .stream()
        .filter(e -> e.getValue() > 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  static JsonNode byOrigin(FakeProcore fake, String resource, String originId) {
    return fake.all(resource).stream()
        .filter(n -> originId.equals(n.path("origin_id").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + resource + " with origin_id " + originId));
  }
}
