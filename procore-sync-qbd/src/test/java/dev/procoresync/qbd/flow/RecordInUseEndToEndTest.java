package dev.procoresync.qbd.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.qbd.model.CostCodeExport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A QuickBooks record in use by another user (statuses 3170, 3175, 3176) through the Web Connector
 * simulator: the Mod is checked and sent again in the next round (decision 0404), so the change
 * lands once the user releases the record; a record held all along ends FAILED with QuickBooks'
 * status after three sends, never sent forever.
 */
class RecordInUseEndToEndTest extends FlowHarness {

  private List<CostCodeExport> changed(List<CostCodeExport> codes) {
    List<CostCodeExport> out = new ArrayList<>(codes);
    out.set(0, codes.get(0).toBuilder().description("Renamed in Procore").build());
    return out;
  }

  @ParameterizedTest
  @ValueSource(ints = {3170, 3175, 3176})
  void aModOfARecordInUseIsSentAgainInTheNextRoundAndLandsOnceReleased(int status) {
    List<CostCodeExport> codes = codes(3);
    CostCodesToItemsFlow flow = CostCodesToItemsFlow.create(qbd, ACCOUNTS);
    drive(flow.start("cc-1", codes), flow::advance);
    String item = qb.records("ItemService").get(0).id();
    qb.lock(item, status);

    QbdFlowRun run = flow.start("cc-2", changed(codes));
    for (int i = 0; i < 2; i++) {
      session();
      run = flow.advance(run);
    }
    assertFalse(run.isFinal(), "still retrying: " + run);
    assertTrue(
        qb.journal().stream().filter("ItemServiceModRq"::equals).count() >= 1,
        "the Mod was sent and refused");
    qb.unlock(item);
    SyncReport report = drive(run, flow::advance);

    assertEquals(1, report.count(Outcome.UPDATED), report.toText());
    assertEquals(2, report.count(Outcome.UNCHANGED), report.toText());
    assertEquals(
        "Renamed in Procore",
        qb.record(item).orElseThrow().fields().get("SalesAndPurchase/SalesDesc"));
  }

  @ParameterizedTest
  @ValueSource(ints = {3170, 3175, 3176})
  void aRecordHeldAllAlongEndsFailedWithTheStatusNotSentForever(int status) {
    List<CostCodeExport> codes = codes(2);
    CostCodesToItemsFlow flow = CostCodesToItemsFlow.create(qbd, ACCOUNTS);
    drive(flow.start("cc-1", codes), flow::advance);
    String item = qb.records("ItemService").get(0).id();
    qb.lock(item, status);

    SyncReport report = drive(flow.start("cc-2", changed(codes)), flow::advance);

    assertEquals(1, report.count(Outcome.FAILED), report.toText());
    assertTrue(
        report.failures().get(0).toString().contains(Integer.toString(status)),
        report.failures().toString());
    assertEquals(1, report.count(Outcome.UNCHANGED), report.toText());
    assertTrue(
        qb.journal().stream().filter("ItemServiceModRq"::equals).count() <= 3,
        "at most three sends: " + qb.journal());
  }
}
