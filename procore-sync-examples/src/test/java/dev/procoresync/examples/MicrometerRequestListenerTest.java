package dev.procoresync.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.flow.VendorUpsertFlow;
import dev.procoresync.core.model.VendorUpdate;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fault;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's Micrometer recipe against a real client and the fake Procore over loopback. */
@FakeProcoreTest
class MicrometerRequestListenerTest {
  private static final String SYNC = "/rest/v1.0/vendors/sync";
  private static final List<VendorUpdate> VENDORS =
      List.of(
          VendorUpdate.builder().originId("erp:vendor:V-1").name("Acme Concrete").build(),
          VendorUpdate.builder().originId("erp:vendor:V-2").name("Bolt Steel").build());

  private static String dump(SimpleMeterRegistry registry) {
    return registry.getMeters().stream()
        .map(m -> m.getId().toString())
        .collect(Collectors.joining("\n"));
  }

  @Test
  void recordsEachRequestByPathTemplateAndStatusWithRetriesAndBackoff(FakeProcore procore) {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    ProcoreClient client =
        procore.clientBuilder().requestListener(new MicrometerRequestListener(registry)).build();
    procore.failNext("PATCH " + SYNC, 2, Fault.serverError());

    SyncReport report =
        VendorUpsertFlow.create(client.forCompany(procore.companyId()))
            .run(VENDORS, v -> v, RunOptions.defaults());

    assertEquals(2, report.count(Outcome.CREATED));
    String meters = dump(registry);
    // one logical PATCH, answered 200 on its third attempt
    Timer sync =
        registry
            .find(MicrometerRequestListener.REQUESTS)
            .tags("service", "procore", "method", "PATCH", "uri", SYNC, "status", "200")
            .timer();
    assertTrue(sync != null, "no PATCH sync timer among:\n" + meters);
    assertEquals(1, sync.count());
    Counter attempts =
        registry.find(MicrometerRequestListener.ATTEMPTS).tags("uri", SYNC).counter();
    Counter retries = registry.find(MicrometerRequestListener.RETRIES).tags("uri", SYNC).counter();
    assertEquals(3.0, attempts.count());
    assertEquals(2.0, retries.count());
    assertEquals(
        1, registry.find(MicrometerRequestListener.BACKOFF_WAIT).tags("uri", SYNC).timer().count());
    assertTrue(
        registry
                .find(MicrometerRequestListener.BACKOFF_WAIT)
                .tags("uri", SYNC)
                .timer()
                .totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)
            > 0);
    // the 500s are not separate requests: the event is the logical request's final answer
    assertNull(registry.find(MicrometerRequestListener.REQUESTS).tags("status", "500").timer());
    // every request is counted once under its template, and no tag carries an id
    assertEquals(
        procore.requestCount() - 2,
        registry.find(MicrometerRequestListener.REQUESTS).timers().stream()
            .mapToLong(Timer::count)
            .sum(),
        meters);
    for (Meter meter : registry.getMeters()) {
      String uri = meter.getId().getTag("uri");
      assertFalse(
          uri.contains(Long.toString(procore.companyId())) || uri.matches(".*/\\d+(/.*)?"),
          "an id in a uri tag: " + meter.getId());
    }
  }

  @Test
  void rerunCountsTheReadAgainAndNoWrite(FakeProcore procore) {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    ProcoreClient client =
        procore.clientBuilder().requestListener(new MicrometerRequestListener(registry)).build();
    VendorUpsertFlow flow = VendorUpsertFlow.create(client.forCompany(procore.companyId()));

    flow.run(VENDORS, v -> v, RunOptions.defaults());
    flow.run(VENDORS, v -> v, RunOptions.defaults());

    String meters = dump(registry);
    assertEquals(
        1,
        registry.find(MicrometerRequestListener.REQUESTS).tags("uri", SYNC).timer().count(),
        meters);
    assertEquals(
        0.0, registry.find(MicrometerRequestListener.RETRIES).tags("uri", SYNC).counter().count());
    assertNull(registry.find(MicrometerRequestListener.BACKOFF_WAIT).timer(), meters);
    long reads =
        registry.find(MicrometerRequestListener.REQUESTS).tags("method", "GET").timers().stream()
            .mapToLong(Timer::count)
            .sum();
    assertTrue(reads >= 2, "each run reads what exists:\n" + meters);
  }
}
