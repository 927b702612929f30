package dev.procoresync.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.SyncReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each connector part of the demo runs on its fakes, reports every record and reruns writing
 * nothing.
 */
class ConnectorDemosTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static long writes(SyncReport report) {
    return report.count(Outcome.CREATED) + report.count(Outcome.UPDATED);
  }

  @Test
  void businessCentralOrdersBecomeCommitmentsOnceAndTheRerunWritesNothing() {
    List<SyncReport> reports = BusinessCentralDemo.run(out, DemoOptions.parse(List.of()));
    String text = printed();
    assertEquals(2, reports.size(), text);
    SyncReport first = reports.get(0);
    assertEquals(12, first.inputs(), first.toText());
    assertEquals(10, first.count(Outcome.CREATED), first.toText());
    assertEquals(2, first.count(Outcome.SKIPPED), first.toText());
    SyncReport rerun = reports.get(1);
    assertEquals(0, writes(rerun), rerun.toText());
    assertEquals(10, rerun.count(Outcome.UNCHANGED), rerun.toText());
    assertTrue(text.contains("writes: 0 to Procore, 0 to Business Central"), text);
    assertTrue(text.contains("] 12  created 10 skipped 2"), "progress is printed: " + text);
    // the other six flows of the guide run on the same fakes and print their reports
    for (String flow :
        List.of(
            "bc-posted-purchase-invoices",
            "bc-project-journal",
            "bc-project-push",
            "bc-crew-time-sheets",
            "bc-approved-change-orders",
            "bc-npc-change-orders")) {
      assertTrue(text.contains(flow + " (company:"), flow + " is not in the demo: " + text);
    }
    assertTrue(
        text.contains(
            "3 inputs: 0 created, 0 updated, 2 unchanged, 0 archived, 1 skipped, 0 failed"),
        "the invoice rerun writes nothing: " + text);
    assertTrue(
        text.contains(
            "4 inputs: 0 created, 0 updated, 3 unchanged, 0 archived, 1 skipped, 0 failed"),
        "the journal rerun writes nothing: " + text);
  }

  @Test
  void everyTimekeepingVendorWritesOnceAndItsRerunWritesNothing() {
    List<SyncReport> reports = TimekeepingDemo.run(out, DemoOptions.parse(List.of()));
    String text = printed();
    // busybusy 2, SyncLinx 2 x 6 imports, AccountLinx 2, ServiceTrade project -> job 2,
    // ServiceTrade clock events 2
    assertEquals(20, reports.size(), text);
    int[][] runs = {{0, 1}, {14, 15}, {16, 17}, {18, 19}};
    for (int[] pair : runs) {
      SyncReport first = reports.get(pair[0]);
      SyncReport rerun = reports.get(pair[1]);
      assertTrue(writes(first) > 0, first.toText());
      assertEquals(0, writes(rerun), rerun.toText());
      assertEquals(first.inputs(), rerun.inputs(), rerun.toText());
    }
    long synclinx = 0;
    for (int i = 2; i < 8; i++) {
      SyncReport first = reports.get(i);
      SyncReport rerun = reports.get(i + 6);
      synclinx += writes(first);
      assertEquals(0, writes(rerun), rerun.toText());
      assertEquals(first.inputs(), rerun.inputs(), rerun.toText());
    }
    assertTrue(synclinx > 0, text);
    assertTrue(reports.get(0).count(Outcome.SKIPPED) > 0, "the unlinked busybusy member");
    assertTrue(reports.get(5).count(Outcome.SKIPPED) > 0, "the employee without an ID");
    assertTrue(reports.get(14).count(Outcome.SKIPPED) > 0, "the sub job Procore lacks");
    assertTrue(reports.get(16).count(Outcome.SKIPPED) > 0, "the project without a zip");
    assertTrue(reports.get(18).count(Outcome.SKIPPED) > 0, "the technician without an id");
    assertTrue(text.contains("ExakTime SyncLinx"), text);
    assertTrue(text.contains("ExakTime AccountLinx"), text);
    assertTrue(text.contains("clock events -> Procore timesheet"), text);
    assertEquals(5, text.split("writes: 0\\R", -1).length - 1, text);
  }

  @Test
  void onlyRunsOnePartAndRefusesAnUnknownOne() {
    DemoOptions bc = DemoOptions.parse(List.of("--only=bc"));
    assertTrue(bc.runs("bc"));
    assertTrue(!bc.runs("procore") && !bc.runs("qbd") && !bc.runs("timekeeping"));
    assertTrue(DemoOptions.parse(List.of()).runs("procore"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> DemoOptions.parse(List.of("--only=sage")));
    assertTrue(e.getMessage().contains("'sage'"), e.getMessage());
  }
}
