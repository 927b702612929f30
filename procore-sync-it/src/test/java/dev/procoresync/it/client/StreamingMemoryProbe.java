package dev.procoresync.it.client;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ListOptions;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.client.ProcoreCredentials;
import dev.procoresync.core.client.ProcoreEnvironment;
import dev.procoresync.core.model.TimecardEntry;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * The client side of {@link ClientStreamingMemoryTest}, run in its own JVM (with {@code -Xmx128m}):
 * streams every timecard entry of the company and prints {@code COUNT <n> PEAK_AFTER_GC <bytes>
 * MILLIS <ms>}, where the peak is the largest heap occupancy measured right after a collection
 * forced every 10,000 entries (so the time includes those collections).
 */
public final class StreamingMemoryProbe {
  private StreamingMemoryProbe() {}

  private static long heapAfterLastGc() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        MemoryUsage after = pool.getCollectionUsage();
        if (after != null) {
          used += after.getUsed();
        }
      }
    }
    return used;
  }

  /**
   * Streams the entries.
   *
   * @param args the server's port
   */
  public static void main(String[] args) {
    String base = "http://127.0.0.1:" + args[0];
    ProcoreClient client =
        ProcoreClient.builder()
            .environment(ProcoreEnvironment.custom(base, base))
            .credentials(ProcoreCredentials.clientCredentials("probe", "probe-secret"))
            .build();
    CompanyClient company = client.forCompany(1);
    long start = System.nanoTime();
    long count = 0;
    long peak = 0;
    for (TimecardEntry e : company.timecardEntries().listForCompany(ListOptions.none())) {
      if (e.id() > 0) {
        count++;
      }
      if (count % 10_000 == 0) {
        // collect now: the heap measured after the last collection the JVM chose to run can
        // predate a buffered list (nothing is allocated while a buffered list is iterated)
        System.gc();
        peak = Math.max(peak, heapAfterLastGc());
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.gc();
    peak = Math.max(peak, heapAfterLastGc());
    System.out.println("COUNT " + count + " PEAK_AFTER_GC " + peak + " MILLIS " + millis);
  }
}
