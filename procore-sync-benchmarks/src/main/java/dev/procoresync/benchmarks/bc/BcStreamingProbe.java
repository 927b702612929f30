package dev.procoresync.benchmarks.bc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.procoresync.bc.client.BcClient;
import dev.procoresync.bc.client.BcEntitySet;
import dev.procoresync.bc.client.ODataQuery;
import dev.procoresync.bc.model.BcPlanningLine;
import dev.procoresync.bc.model.BcProject;
import dev.procoresync.core.http.RateLimiter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * The reading side of {@link BcStreamingMemoryFigure}, run in a JVM of its own (the figure starts
 * it with {@code -Xmx256m}): builds a {@link BcClient} for the fake Business Central another
 * process serves, streams every project and then every job planning line through the client's paged
 * read ({@code @odata.nextLink}, the default page size), and prints one line {@code PROJECTS <n>
 * LINES <n> PEAK_AFTER_GC <bytes> MILLIS <ms> QUANTITY <sum>}. The peak is the largest heap
 * occupancy right after a collection forced every 10,000 records, so the figure is not at the mercy
 * of when the JVM chooses to collect. The client's pacing is switched off (the fake is on loopback
 * and BC's limits are not what is measured); everything else is the client as a host builds it.
 *
 * <pre>
 * java -Xmx256m -cp ... dev.procoresync.benchmarks.bc.BcStreamingProbe '{"baseUrl":...}'
 * </pre>
 */
public final class BcStreamingProbe {
  /** Records between two forced collections. */
  static final int SAMPLE_EVERY = 10_000;

  private BcStreamingProbe() {}

  /**
   * Streams the fake's company.
   *
   * @param args one argument: the JSON line {@code FakeBusinessCentralServer} printed
   * @throws IOException when the argument is not JSON
   * @throws IllegalArgumentException when the argument is missing
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: BcStreamingProbe '<the fake's JSON line>'");
    }
    JsonNode fake = new ObjectMapper().readTree(args[0]);
    try (BcClient bc =
        BcClient.builder()
            .tenant(fake.path("tenant").asText())
            .environment(fake.path("environment").asText())
            .companyId(fake.path("companyId").asText())
            .clientId(fake.path("clientId").asText())
            .clientSecret(fake.path("clientSecret").asText())
            .apiBase(fake.path("apiBaseUrl").asText())
            .loginBase(fake.path("baseUrl").asText())
            .rateLimiter(RateLimiter.none())
            .readTimeout(Duration.ofSeconds(60))
            .build()) {
      System.gc();
      long peak = heapAfterLastGc();
      long start = System.nanoTime();
      long projects = 0;
      for (BcProject p : bc.list(BcEntitySet.PROJECTS, ODataQuery.all())) {
        if (!p.number().isEmpty()) {
          projects++;
        }
        if (projects % SAMPLE_EVERY == 0) {
          System.gc();
          peak = Math.max(peak, heapAfterLastGc());
        }
      }
      long lines = 0;
      BigDecimal quantity = BigDecimal.ZERO;
      for (BcPlanningLine l : bc.list(BcEntitySet.JOB_PLANNING_LINES, ODataQuery.all())) {
        lines++;
        quantity = quantity.add(l.quantity().orElse(BigDecimal.ZERO));
        if (lines % SAMPLE_EVERY == 0) {
          System.gc();
          peak = Math.max(peak, heapAfterLastGc());
        }
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.gc();
      peak = Math.max(peak, heapAfterLastGc());
      System.out.println(
          "PROJECTS "
              + projects
              + " LINES "
              + lines
              + " PEAK_AFTER_GC "
              + peak
              + " MILLIS "
              + millis
              + " QUANTITY "
              + quantity.toPlainString());
    }
  }

  /** The heap in use right after the last collection, over every heap pool. */
  static long heapAfterLastGc() {
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
}
