package dev.procoresync.it.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A stand-alone process that serves a company's timecard entries page by page, generating each page
 * on demand (so it holds no records), plus a token endpoint. Used by {@link
 * ClientStreamingMemoryTest} to stream a million entries through a client in another JVM. Prints
 * {@code PORT <n>} once listening.
 */
public final class PageGeneratorServer {
  private PageGeneratorServer() {}

  /**
   * Starts the server.
   *
   * @param args the number of entries to serve
   * @throws IOException when the port cannot be bound
   */
  public static void main(String[] args) throws IOException {
    long count = Long.parseLong(args[0]);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/oauth/token",
        ex ->
            send(
                ex,
                200,
                "{\"access_token\":\"generated-token\",\"token_type\":\"bearer\",\"expires_in\":5400}",
                null,
                -1));
    server.createContext("/rest/v1.0/companies/", ex -> page(ex, count));
    server.setExecutor(Executors.newFixedThreadPool(2));
    server.start();
    System.out.println("PORT " + server.getAddress().getPort());
    System.out.flush();
  }

  private static void page(HttpExchange ex, long count) throws IOException {
    URI uri = ex.getRequestURI();
    Map<String, String> q = new HashMap<>();
    if (uri.getRawQuery() != null) {
      for (String kv : uri.getRawQuery().split("&")) {
        int eq = kv.indexOf('=');
        q.put(eq < 0 ? kv : kv.substring(0, eq), eq < 0 ? "" : kv.substring(eq + 1));
      }
    }
    long page = Long.parseLong(q.getOrDefault("page", "1"));
    int perPage = Math.min(1000, Integer.parseInt(q.getOrDefault("per_page", "100")));
    long from = (page - 1) * perPage;
    long to = Math.min(count, from + perPage);
    StringBuilder sb = new StringBuilder(perPage * 700).append('[');
    LocalDate day = LocalDate.of(2026, 11, 2);
    for (long i = from; i < to; i++) {
      if (i > from) {
        sb.append(',');
      }
      LocalDate d = day.plusDays(i % 7);
      sb.append("{\"id\":")
          .append(50_000_000L + i)
          .append(",\"date\":\"")
          .append(d)
          .append("\",\"hours\":\"")
          .append(i % 9)
          .append(".50\",\"time_in\":\"")
          .append(d)
          .append("T07:00:00-05:00\",\"time_out\":\"")
          .append(d)
          .append("T15:30:00-05:00\",\"lunch_time\":30,\"billable\":true,")
          .append("\"description\":\"Framing\",\"approval_status\":\"pending\",")
          .append("\"timesheet\":{\"id\":7000,\"date\":\"")
          .append(d)
          .append("\",\"name\":\"")
          .append(d)
          .append(" - 01\",\"number\":1,\"status\":\"pending\"},")
          .append(
              "\"cost_code\":{\"id\":300,\"name\":\"Rough Carpentry\",\"full_code\":\"06-100\"},")
          .append("\"line_item_type_id\":12,\"timecard_time_type\":{\"id\":1,")
          .append("\"time_type\":\"Regular Time\",\"abbreviated_time_type\":\"REG\"},")
          .append("\"party\":{\"id\":")
          .append(900 + i % 50)
          .append(",\"name\":\"Worker\"},\"signed\":false,\"origin_id\":")
          .append(100_000 + i)
          .append(",\"created_at\":\"2026-11-02T12:00:00Z\",")
          .append("\"updated_at\":\"2026-11-03T08:15:30Z\"}");
    }
    sb.append(']');
    String next = null;
    if (to < count) {
      next =
          "<http://"
              + ex.getLocalAddress().getAddress().getHostAddress()
              + ":"
              + ex.getLocalAddress().getPort()
              + uri.getRawPath()
              + "?page="
              + (page + 1)
              + "&per_page="
              + perPage
              + ">; rel=\"next\"";
    }
    send(ex, 200, sb.toString(), next, count);
  }

  private static void send(HttpExchange ex, int status, String body, String link, long total)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    if (link != null) {
      ex.getResponseHeaders().add("Link", link);
    }
    if (total >= 0) {
      ex.getResponseHeaders().add("Total", Long.toString(total));
    }
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }
}
