package dev.procoresync.timekeeping.servicetrade;

import dev.procoresync.core.origin.OriginId;
import dev.procoresync.core.origin.TimecardOriginIds;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.contract.CancellationBoundary;
import dev.procoresync.testkit.contract.TargetRecord;
import dev.procoresync.testkit.contract.UpsertFlowContract;
import dev.procoresync.testkit.http.Fault;
import dev.procoresync.timekeeping.servicetrade.flow.ClockEventTimesheetFlow;
import dev.procoresync.timekeeping.servicetrade.mapping.ClockEventMapping;
import dev.procoresync.timekeeping.servicetrade.model.ClockEvent;
import dev.procoresync.timekeeping.servicetrade.model.ClockEventPair;
import dev.procoresync.timekeeping.servicetrade.model.ClockEventSelection;
import dev.procoresync.timekeeping.servicetrade.model.ClockEventUser;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The clock-event flow passes the kit's upsert contract against the fake Procore. */
class ClockEventTimesheetFlowContractTest extends UpsertFlowContract<ClockEventPair> {
  private static final int WINDOW = 5;
  private static final long JOB = 77;
  private static final Instant BASE = Instant.parse("2026-01-05T14:00:00Z");
  private ServiceTradeWorld w;
  private long tech;

  @BeforeEach
  void setUp() {
    w = new ServiceTradeWorld().withBudget();
    w.givenEmployee("Ada", "E-100");
    tech = w.serviceTrade.givenUser("Ada Tech", "E-100");
  }

  @AfterEach
  void tearDown() {
    w.close();
  }

  private ClockEventPair pair(Instant in, Instant out) {
    ClockEventUser user = ClockEventUser.builder().id(tech).name("Ada Tech").build();
    return ClockEventPair.builder()
        .start(ClockEvent.builder().eventTime(in).user(user).activity("onsite").build())
        .end(ClockEvent.builder().eventTime(out).user(user).activity("onsite").build())
        .build();
  }

  @Override
  protected ClockEventPair input(int i) {
    Instant in = BASE.plus(Duration.ofHours(i * 25L));
    return pair(in, in.plus(Duration.ofHours(8)));
  }

  @Override
  protected ClockEventPair changed(ClockEventPair input) {
    return pair(
        input.start().eventTime(),
        input.end().orElseThrow().eventTime().plus(Duration.ofMinutes(30)));
  }

  @Override
  protected String keyOf(ClockEventPair input) {
    return ClockEventMapping.key(JOB, input);
  }

  @Override
  protected String digestOf(ClockEventPair input) {
    long minutes =
        Duration.between(input.start().eventTime(), input.end().orElseThrow().eventTime())
            .toMinutes();
    return BigDecimal.valueOf(minutes)
        .divide(BigDecimal.valueOf(60))
        .stripTrailingZeros()
        .toPlainString();
  }

  @Override
  protected SyncReport run(List<ClockEventPair> inputs, RunOptions options) {
    return ClockEventTimesheetFlow.create(w.st, w.company, w.state, w.clock)
        .withWindowSize(WINDOW)
        .run(
            ClockEventSelection.builder()
                .projectId(w.projectId)
                .jobId(JOB)
                .events(inputs)
                .costCodeId(w.laborCode)
                .lineItemTypeId(w.labor)
                .zone(ZoneId.of("America/Chicago"))
                .build(),
            options)
        .report();
  }

  @Override
  protected List<TargetRecord> targetHolds() {
    TimecardOriginIds ids = TimecardOriginIds.using(w.state);
    return w.entries().stream()
        .filter(e -> e.hasNonNull("origin_id") && !e.hasNonNull("deleted_at"))
        .map(
            e ->
                new TargetRecord(
                    ids.originIdOf(e.get("origin_id").asLong()).map(OriginId::format).orElse("?"),
                    new BigDecimal(e.path("hours").asText()).stripTrailingZeros().toPlainString()))
        .toList();
  }

  @Override
  protected long writeCount() {
    return w.procoreWrites();
  }

  @Override
  protected void failNextWrite() {
    String entries = "/rest/v1.0/projects/" + w.projectId + "/timecard_entries";
    w.procore.failNext("POST " + entries, 5, Fault.status(422));
    w.procore.failNext("PATCH " + entries + "/{id}", 5, Fault.status(422));
    w.procore.failNext(
        "POST /rest/v1.0/companies/" + w.procore.companyId() + "/timesheets", 5, Fault.status(422));
  }

  @Override
  protected CancellationBoundary cancellationBoundary() {
    return CancellationBoundary.writeWindow(WINDOW);
  }
}
