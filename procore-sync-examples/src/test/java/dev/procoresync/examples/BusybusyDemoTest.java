package dev.procoresync.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.timekeeping.busybusy.BusybusyFirstSync;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The busybusy first-sync part of the demo links, copies, reports look-alikes and reruns idle. */
class BusybusyDemoTest {

  @Test
  void theFirstSyncCopiesBothWaysReportsLookAlikesAndTheRerunWritesNothing() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    List<BusybusyFirstSync.Result> results = BusybusyDemo.run(out, RunOptions.defaults());

    String text = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(2, results.size(), text);
    BusybusyFirstSync.Result first = results.get(0);
    assertEquals(2, first.people().count(Outcome.SKIPPED), "Eve (ambiguous), Carl: " + text);
    assertEquals(1, first.people().count(Outcome.CREATED), "Ben: " + text);
    assertEquals(1, first.members().count(Outcome.CREATED), "Dee: " + text);
    assertEquals(1, first.projectsToProcore().count(Outcome.CREATED), "Yard: " + text);
    assertTrue(text.contains(BusybusyFirstSync.AMBIGUOUS), text);
    assertTrue(text.contains("wrote 0 to Procore and 0 to busybusy"), text);
    for (SyncReport r : results.get(1).reports()) {
      assertEquals(0, r.count(Outcome.CREATED) + r.count(Outcome.UPDATED), r.toText());
    }
    assertEquals(first.links(), results.get(1).links());
  }
}
