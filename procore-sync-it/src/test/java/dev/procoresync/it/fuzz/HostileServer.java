package dev.procoresync.it.fuzz;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A loopback server that answers every API request with the response planned for the current input
 * (any status, any headers, any body) and every token request with a valid token.
 */
final class HostileServer implements AutoCloseable {

  /** One planned answer. */
  record Answer(int status, List<Map.Entry<String, String>> headers, String body) {
    @Override
    public String toString() {
      StringBuilder b = new StringBuilder().append(status);
      headers.forEach(h -> b.append(" | ").append(h.getKey()).append(": ").append(h.getValue()));
      return b.append(" | body ").append(body).toString();
    }
  }

  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private final AtomicReference<Answer> next = new AtomicReference<>();
  private final AtomicInteger requests = new AtomicInteger();

  HostileServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/oauth/token",
        ex ->
            send(
                ex,
                new Answer(
                    200,
                    List.of(Map.entry("Content-Type", "application/json")),
                    "{\"access_token\":\"a\",\"token_type\":\"bearer\",\"expires_in\":5400}")));
    server.createContext(
        "/",
        ex -> {
          requests.incrementAndGet();
          send(ex, next.get());
        });
    server.setExecutor(pool);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Plans the answer to every API request until the next call; resets the request count. */
  void answer(Answer answer) {
    next.set(answer);
    requests.set(0);
  }

  /** API requests served since the last {@link #answer}. */
  int requests() {
    return requests.get();
  }

  private static void send(HttpExchange ex, Answer answer) throws IOException {
    try (ex) {
      ex.getRequestBody().readAllBytes();
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      for (Map.Entry<String, String> h : answer.headers()) {
        ex.getResponseHeaders().add(h.getKey(), h.getValue());
      }
      boolean noBody = answer.status() == 204 || answer.status() == 304 || answer.status() < 200;
      ex.sendResponseHeaders(answer.status(), noBody ? -1 : body.length == 0 ? -1 : body.length);
      if (!noBody && body.length > 0) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        }
      }
    } catch (IOException | RuntimeException clientWentAway) {
      // the client may close early (a redirect, an error): nothing to answer
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
