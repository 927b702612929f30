package dev.procoresync.it.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.procoresync.core.http.Page;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.http.Paging;
import dev.procoresync.it.kit.KitHttp.Row;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A long OData pull keeps the heap flat: the peak heap after collection while reading 10n pages is
 * within a small margin of the peak at n pages (compared, not timed). A control pull that keeps
 * every item shows the probe sees buffering of that size.
 */
class PagingMemoryTest {
  private static final int PAGE = 1000;
  private static final int N = 15;
  private static final long MARGIN = 12L * 1024 * 1024;
  private static final String FILLER = "x".repeat(200);

  private HttpServer server;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/rows", this::page);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  /** Generates page {@code p} of {@code pages} on demand; holds no records. */
  private void page(HttpExchange ex) throws IOException {
    String q = ex.getRequestURI().getRawQuery();
    int pages = Integer.parseInt(q.replaceAll(".*pages=(\\d+).*", "$1"));
    int p = q.contains("p=") ? Integer.parseInt(q.replaceAll(".*[?&]?p=(\\d+).*", "$1")) : 0;
    StringBuilder sb = new StringBuilder(PAGE * 260).append("{\"value\":[");
    for (int i = 0; i < PAGE; i++) {
      sb.append(i == 0 ? "" : ",")
          .append("{\"id\":\"")
          .append(p * PAGE + i)
          .append("\",\"name\":\"")
          .append(FILLER)
          .append(i)
          .append("\"}");
    }
    sb.append(']');
    if (p + 1 < pages) {
      sb.append(",\"@odata.nextLink\":\"http://127.0.0.1:")
          .append(server.getAddress().getPort())
          .append("/rows?pages=")
          .append(pages)
          .append("&p=")
          .append(p + 1)
          .append('"');
    }
    byte[] bytes = sb.append('}').toString().getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  private PagedIterable<Row> rows(int pages) {
    return KitHttp.pages(
            new Request.Builder()
                .url("http://127.0.0.1:" + server.getAddress().getPort() + "/rows?pages=" + pages)
                .build(),
            Paging.odata(PAGE))
        .itemsAt("/value")
        .build()
        .list(Row.class);
  }

  private static long heapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Reads every page, keeping items only when asked; returns the peak heap after collection. */
  private long peak(int pages, List<Row> keep) {
    long peak = heapAfterGc();
    long count = 0;
    int read = 0;
    for (Page<Row> page : rows(pages).byPage()) {
      count += page.items().size();
      if (keep != null) {
        keep.addAll(page.items());
      }
      if (++read % 5 == 0) {
        peak = Math.max(peak, heapAfterGc());
      }
    }
    assertEquals((long) pages * PAGE, count);
    return Math.max(peak, heapAfterGc());
  }

  @Test
  void peakHeapAtTenTimesThePagesStaysWithinAMarginOfThePeakAtN() {
    peak(2, null); // warm up classes and connections
    long atN = peak(N, null);
    long atTenN = peak(10 * N, null);
    System.out.printf(
        "paging memory: peak heap after GC %.1f MB at %d pages, %.1f MB at %d pages%n",
        atN / 1048576.0, N, atTenN / 1048576.0, 10 * N);
    assertTrue(atTenN < atN + MARGIN, "flat: " + atN + " vs " + atTenN);

    List<Row> kept = new ArrayList<>();
    long buffered = peak(10 * N, kept);
    assertTrue(
        buffered > atN + MARGIN,
        "the probe sees a pull that holds every item: " + atN + " vs " + buffered);
    assertEquals(10 * N * PAGE, kept.size());
  }
}
