package dev.procoresync.it.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.flow.VendorUpsertFlow;
import dev.procoresync.core.model.VendorUpdate;
import dev.procoresync.core.sync.CancellationToken;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fault;
import dev.procoresync.testkit.procore.Fixtures;
import dev.procoresync.testkit.procore.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

@FakeProcoreTest
class VendorUpsertFlowTest {
  private static final String SYNC = "PATCH /rest/v1.0/vendors/sync";

  /** A host's vendor record. */
  record ErpVendor(@Nullable String number, @Nullable String name, @Nullable String abbreviation) {
    static ErpVendor of(int i) {
      return new ErpVendor(String.format("V-%05d", i), "Vendor " + i, null);
    }
  }

  static final Function<ErpVendor, VendorUpdate> MAPPING =
      v ->
          VendorUpdate.builder()
              .originId(Optional.ofNullable(v.number()).map(n -> "erp:vendor:" + n))
              .name(Optional.ofNullable(v.name()))
              .abbreviatedName(Optional.ofNullable(v.abbreviation()))
              .build();

  static List<ErpVendor> vendors(int from, int to) {
    List<ErpVendor> out = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      out.add(ErpVendor.of(i));
    }
    return out;
  }

  private static VendorUpsertFlow flow(FakeProcore fake) {
    return VendorUpsertFlow.create(FlowHarness.company(fake), fake.clock());
  }

  @Test
  void createsThenARerunWritesNothingAndReportsUnchanged(FakeProcore fake) {
    List<ErpVendor> erp = vendors(1, 5);
    VendorUpsertFlow flow = flow(fake);

    SyncReport first = flow.run(erp, MAPPING, RunOptions.defaults());

    assertEquals(SyncReport.Status.COMPLETED, first.status());
    assertEquals(5, first.count(Outcome.CREATED));
    assertEquals(1, fake.requestCount(SYNC));
    assertEquals(5, fake.all("vendors").size());
    assertEquals(
        "Vendor 3",
        fake.all("vendors").stream()
            .filter(n -> "erp:vendor:V-00003".equals(n.path("origin_id").asText()))
            .findFirst()
            .orElseThrow()
            .get("name")
            .asText());

    fake.clearRequests();
    SyncReport second = flow.run(erp, MAPPING, RunOptions.defaults());

    assertEquals(5, second.count(Outcome.UNCHANGED));
    assertEquals(5, second.totalInputs());
    assertEquals(List.of(), FlowHarness.writes(fake), "a rerun over unchanged data writes nothing");
    assertEquals(5, fake.all("vendors").size());
  }

  @Test
  void onlyChangedVendorsAreWrittenAndMatchedByOriginId(FakeProcore fake) {
    long existing = fake.givenVendor(Fixtures.vendor("Old name").originId("erp:vendor:V-00002"));
    fake.givenVendor(Fixtures.vendor("Vendor 1").originId("erp:vendor:V-00001"));

    SyncReport report = flow(fake).run(vendors(1, 3), MAPPING, RunOptions.defaults());

    assertEquals(1, report.count(Outcome.UNCHANGED));
    assertEquals(1, report.count(Outcome.UPDATED));
    assertEquals(1, report.count(Outcome.CREATED));
    RecordedRequest sync = fake.requests(SYNC).get(0);
    JsonNode updates = sync.bodyJson().get("updates");
    assertEquals(2, updates.size(), "the unchanged vendor is not sent: " + updates);
    assertEquals(existing, updates.get(0).get("id").asLong(), "the update carries Procore's id");
    assertEquals("Vendor 2", fake.find("vendors", existing).orElseThrow().get("name").asText());
    assertEquals(3, fake.all("vendors").size(), "no duplicate");
  }

  @Test
  void aVendorWrittenWithAParentIsUnchangedOnTheRerun(FakeProcore fake) {
    long group = fake.givenVendor(Fixtures.vendor("Acme Group").originId("erp:vendor:G-1"));
    VendorUpdate east =
        VendorUpdate.builder().originId("erp:vendor:V-1").name("Acme East").parentId(group).build();

    SyncReport first = flow(fake).run(List.of(east), v -> v, RunOptions.defaults());
    fake.clearRequests();
    SyncReport rerun = flow(fake).run(List.of(east), v -> v, RunOptions.defaults());

    assertEquals(1, first.count(Outcome.CREATED));
    assertEquals(1, rerun.count(Outcome.UNCHANGED), "parent{id} read back equals parent_id sent");
    assertEquals(List.of(), FlowHarness.writes(fake));
  }

  @Test
  void aVendorUnderAParentIsUnchangedWhenItsParentIs(FakeProcore fake) {
    long group = fake.givenVendor(Fixtures.vendor("Acme Group").originId("erp:vendor:G-1"));
    fake.givenVendor(
        Fixtures.vendor("Acme East")
            .originId("erp:vendor:V-1")
            .with("parent_id", group)
            .with(
                "parent",
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                    .objectNode()
                    .put("id", group)
                    .put("name", "Acme Group")));
    VendorUpdate east =
        VendorUpdate.builder().originId("erp:vendor:V-1").name("Acme East").parentId(group).build();

    SyncReport report = flow(fake).run(List.of(east), v -> v, RunOptions.defaults());

    assertEquals(1, report.count(Outcome.UNCHANGED), "the parent's id is compared as an id");
    assertEquals(List.of(), FlowHarness.writes(fake));
  }

  @Test
  void everySkipRuleSkipsBeforeAnyRequest(FakeProcore fake) {
    List<ErpVendor> erp =
        List.of(
            new ErpVendor(null, "No key", null),
            new ErpVendor("", "Blank key", null),
            new ErpVendor("V-1", "", null),
            new ErpVendor("V-2", "x".repeat(256), null),
            new ErpVendor("V-3", "First", null),
            new ErpVendor("V-3", "Second with the same key", null));
    Function<ErpVendor, VendorUpdate> mapping =
        v ->
            "Blank key".equals(v.name())
                ? VendorUpdate.builder().originId("Not An Origin").name("x").build()
                : MAPPING.apply(v);

    SyncReport report = flow(fake).run(erp, mapping, RunOptions.defaults());

    assertEquals(5, report.count(Outcome.SKIPPED));
    assertEquals(1, report.count(Outcome.CREATED));
    Map<String, String> reasons =
        report.skips().stream()
            .collect(Collectors.toMap(RecordOutcome::key, o -> o.reason().orElseThrow()));
    assertEquals("origin_id.missing", reasons.get("vendor (no origin_id)"));
    assertTrue(
        reasons.get("vendor Not An Origin").startsWith("origin_id."),
        "malformed origin id: " + reasons);
    assertEquals("name.blank", reasons.get("vendor erp:vendor:V-1"));
    assertEquals("name.too_long", reasons.get("vendor erp:vendor:V-2"));
    assertEquals("origin_id.duplicate", reasons.get("vendor erp:vendor:V-3"));
    JsonNode sent = fake.requests(SYNC).get(0).bodyJson().get("updates");
    assertEquals(1, sent.size(), "only the valid vendor is sent: " + sent);
    assertEquals("First", sent.get(0).get("name").asText());
  }

  @Test
  void aMappingThatThrowsFailsThatRecordOnly(FakeProcore fake) {
    Function<ErpVendor, VendorUpdate> mapping =
        v -> {
          if (v.number().endsWith("2")) {
            throw new IllegalStateException("no tax id for " + v.number());
          }
          return MAPPING.apply(v);
        };

    SyncReport report = flow(fake).run(vendors(1, 3), mapping, RunOptions.defaults());

    assertEquals(2, report.count(Outcome.CREATED));
    RecordOutcome failed = report.failures().get(0);
    assertEquals("record #2", failed.key());
    assertEquals("no tax id for V-00002", failed.message().orElseThrow());
  }

  @Test
  void aSkippedOnlyRunSendsNoRequestBeyondTheRead(FakeProcore fake) {
    SyncReport report =
        flow(fake).run(List.of(new ErpVendor(null, null, null)), MAPPING, RunOptions.defaults());

    assertEquals(1, report.count(Outcome.SKIPPED));
    assertEquals(List.of(), FlowHarness.writes(fake));
  }

  @Test
  void perItemSyncErrorsAreFailedWithProcoresMessage(FakeProcore fake) {
    List<ErpVendor> erp =
        List.of(
            ErpVendor.of(1),
            new ErpVendor("V-00002", "Vendor 2", "FAR-TOO-LONG-ABBREVIATION"),
            ErpVendor.of(3));

    SyncReport report = flow(fake).run(erp, MAPPING, RunOptions.defaults());

    assertEquals(2, report.count(Outcome.CREATED));
    assertEquals(1, report.count(Outcome.FAILED));
    RecordOutcome failed = report.failures().get(0);
    assertEquals("vendor erp:vendor:V-00002", failed.key());
    assertTrue(
        failed.message().orElseThrow().contains("abbreviated_name"),
        "Procore's message: " + failed.message());
    assertEquals(1, fake.requestCount(SYNC), "one call, per-item errors in its answer");
  }

  @Test
  void aFailureHalfWayIsCompletedByARerunWithoutDuplicates(FakeProcore fake) {
    List<ErpVendor> erp = vendors(1, 2_500);
    // the second sync call fails beyond the retry budget (1 try + 4 retries)
    FlowHarness.Recorder recorder =
        new FlowHarness.Recorder().at(1_000, n -> fake.failNext(SYNC, 5, Fault.serverError()));

    SyncReport first =
        flow(fake).run(erp, MAPPING, RunOptions.builder().listener(recorder).build());

    assertEquals(SyncReport.Status.COMPLETED, first.status());
    assertEquals(1_500, first.count(Outcome.CREATED));
    assertEquals(1_000, first.count(Outcome.FAILED));
    assertEquals("vendor erp:vendor:V-01001", first.failures().get(0).key());
    assertEquals(1_500, fake.all("vendors").size());

    fake.clearRequests();
    SyncReport rerun = flow(fake).run(erp, MAPPING, RunOptions.defaults());

    assertEquals(1_500, rerun.count(Outcome.UNCHANGED));
    assertEquals(1_000, rerun.count(Outcome.CREATED));
    assertEquals(1, fake.requestCount(SYNC), "only the failed window is sent again");
    assertEquals(2_500, fake.all("vendors").size());
    assertEquals(Map.of(), FlowHarness.duplicateOriginIds(fake, "vendors"));
  }

  @Test
  void aSyncCallWhoseAnswerNeverCameIsReportedAsWhatProcoreHolds(FakeProcore fake) {
    // every attempt is stored by Procore, and every answer is lost (the client times out)
    fake.failNext(SYNC, 5, Fault.timeoutAfterWrite(Duration.ofMillis(300)));
    CompanyClient company =
        FlowHarness.builder(fake)
            .readTimeout(Duration.ofMillis(100))
            .build()
            .forCompany(fake.companyId());

    SyncReport report =
        VendorUpsertFlow.create(company, fake.clock())
            .run(vendors(1, 3), MAPPING, RunOptions.defaults());

    assertEquals(SyncReport.Status.COMPLETED, report.status());
    assertEquals(3, report.count(Outcome.CREATED), "Procore holds them: " + report.toText());
    assertEquals(0, report.count(Outcome.FAILED));
    assertEquals(3, fake.all("vendors").size());
    assertEquals(Map.of(), FlowHarness.duplicateOriginIds(fake, "vendors"));
  }

  @Test
  void aSourceThatThrowsHalfWayEndsTheRunAbortedWithEveryRecordTakenAccountedFor(FakeProcore fake) {
    List<ErpVendor> erp = vendors(1, 5);
    Iterable<ErpVendor> failing =
        () ->
            new java.util.Iterator<>() {
              int taken;

              @Override
              public boolean hasNext() {
                return true;
              }

              @Override
              public ErpVendor next() {
                if (taken == 3) {
                  throw new IllegalStateException("the ERP closed the cursor");
                }
                return erp.get(taken++);
              }
            };

    SyncReport report = flow(fake).run(failing, MAPPING, RunOptions.defaults());

    assertEquals(SyncReport.Status.ABORTED, report.status());
    assertEquals(3, report.count(Outcome.CREATED));
    assertEquals(3, fake.all("vendors").size());
    assertEquals(
        "java.lang.IllegalStateException: the ERP closed the cursor",
        report.abortReason().orElseThrow());
    assertEquals("3", report.resumeFrom().orElseThrow().token());
  }

  @Test
  void aDryRunWritesNothingAndReportsWhatItWouldDo(FakeProcore fake) {
    fake.givenVendor(Fixtures.vendor("Old name").originId("erp:vendor:V-00001"));

    SyncReport report =
        flow(fake).run(vendors(1, 3), MAPPING, RunOptions.builder().dryRun(true).build());

    assertTrue(report.dryRun());
    assertEquals(1, report.count(Outcome.UPDATED));
    assertEquals(2, report.count(Outcome.CREATED));
    assertEquals(List.of(), FlowHarness.writes(fake), "a dry run writes nothing");
    assertEquals(1, fake.all("vendors").size());
  }

  @Test
  void aCancelledRunResumesWhereItStopped(FakeProcore fake) {
    List<ErpVendor> erp = vendors(1, 2_500);
    CancellationToken cancel = CancellationToken.create();
    FlowHarness.Recorder recorder = new FlowHarness.Recorder().at(1_000, n -> cancel.cancel());

    SyncReport cancelled =
        flow(fake)
            .run(
                erp, MAPPING, RunOptions.builder().listener(recorder).cancellation(cancel).build());

    assertEquals(SyncReport.Status.CANCELLED, cancelled.status());
    assertEquals(1_000, cancelled.count(Outcome.CREATED));
    assertEquals("1000", cancelled.resumeFrom().orElseThrow().token());
    assertEquals(1_000, fake.all("vendors").size());

    SyncReport resumed =
        flow(fake)
            .run(erp, MAPPING, RunOptions.builder().resumeFrom(cancelled.resumeFrom()).build());

    assertEquals(SyncReport.Status.COMPLETED, resumed.status());
    assertEquals(1_000, resumed.resumedPast(), "resumed past, not skipped");
    assertEquals(0, resumed.count(Outcome.SKIPPED));
    assertEquals(1_500, resumed.count(Outcome.CREATED));
    assertEquals(2_500, resumed.inputs());
    assertEquals(2_500, fake.all("vendors").size());
    assertEquals(Map.of(), FlowHarness.duplicateOriginIds(fake, "vendors"));
  }

  @Test
  void progressSeesEveryRecord(FakeProcore fake) {
    FlowHarness.Recorder recorder = new FlowHarness.Recorder();

    SyncReport report =
        flow(fake).run(vendors(1, 7), MAPPING, RunOptions.builder().listener(recorder).build());

    assertEquals(7, recorder.outcomes.size());
    assertEquals(7, report.totalInputs());
  }

  @Test
  void aCompanyClientIsRequired() {
    CompanyClient none = null;
    NullPointerException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            NullPointerException.class, () -> VendorUpsertFlow.create(none));
    assertEquals("company", e.getMessage());
  }
}
