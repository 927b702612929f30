package dev.procoresync.timekeeping.exaktime;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.procoresync.core.origin.OriginId;
import dev.procoresync.core.origin.TimecardOriginIds;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.contract.CancellationBoundary;
import dev.procoresync.testkit.contract.TargetRecord;
import dev.procoresync.testkit.contract.UpsertFlowContract;
import dev.procoresync.testkit.http.Fault;
import dev.procoresync.timekeeping.exaktime.flow.AccountLinxExportFlow;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The AccountLinx export passes the kit's upsert contract: each input is an ExakTime time record
 * (day i, a number of minutes), put into the fake ExakTime before each run.
 */
class AccountLinxExportFlowContractTest
    extends UpsertFlowContract<AccountLinxExportFlowContractTest.Rec> {
  private static final int WINDOW = 5;
  private static final Instant BASE = Instant.parse("2026-01-05T14:00:00Z");
  private ExakTimeWorld w;
  private final Map<Integer, Long> ids = new HashMap<>();
  private final Map<Integer, Integer> minutes = new HashMap<>();

  /** A time record of the contract. */
  record Rec(int day, int minutes) {}

  @BeforeEach
  void setUp() {
    w = new ExakTimeWorld().withProject();
  }

  @AfterEach
  void tearDown() {
    w.close();
  }

  private long seeded(Rec r) {
    Instant in = BASE.plus(Duration.ofDays(r.day()));
    Long id = ids.get(r.day());
    if (id == null) {
      id =
          w.exakTime.givenTimeRecord(
              "E-100", "200", "100", in, in.plus(Duration.ofMinutes(r.minutes())));
      ids.put(r.day(), id);
      minutes.put(r.day(), r.minutes());
    } else if (minutes.get(r.day()) != r.minutes()) {
      w.exakTime.changeTimeRecord(
          id,
          JsonNodeFactory.instance
              .objectNode()
              .put("time_out", in.plus(Duration.ofMinutes(r.minutes())).toString()));
      minutes.put(r.day(), r.minutes());
    }
    return id;
  }

  @Override
  protected Rec input(int i) {
    return new Rec(i, 480);
  }

  @Override
  protected Rec changed(Rec input) {
    return new Rec(input.day(), input.minutes() + 30);
  }

  @Override
  protected String keyOf(Rec input) {
    return OriginId.of("exaktime", "time_record", Long.toString(seeded(input))).format();
  }

  @Override
  protected String digestOf(Rec input) {
    return BigDecimal.valueOf(input.minutes())
        .divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  @Override
  protected SyncReport run(List<Rec> inputs, RunOptions options) {
    inputs.forEach(this::seeded);
    LocalDate first = LocalDate.of(2026, 1, 5);
    return AccountLinxExportFlow.create(w.exak, w.company, w.state, w.clock)
        .withWindowSize(WINDOW)
        .run(first, first.plusDays(inputs.size()), options);
  }

  @Override
  protected List<TargetRecord> targetHolds() {
    TimecardOriginIds originIds = TimecardOriginIds.using(w.state);
    return w.procore.all("timecard_entries").stream()
        .filter(e -> e.hasNonNull("origin_id") && !e.hasNonNull("deleted_at"))
        .map(
            e ->
                new TargetRecord(
                    originIds
                        .originIdOf(e.get("origin_id").asLong())
                        .map(OriginId::format)
                        .orElse("?"),
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
