package dev.procoresync.qbd.webconnector;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a {@link WebConnectorService} on the JDK's own HTTP server ({@code
 * com.sun.net.httpserver}), for the demo and small hosts: {@code POST path} takes SOAP, {@code GET
 * path?wsdl} returns the WSDL. Bodies over {@link #MAX_BODY_BYTES} are refused with 413.
 *
 * <p>It speaks plain HTTP: the Web Connector accepts that only for {@code localhost}, so anything
 * else must sit behind a TLS-terminating proxy (or use the servlet adapter in a container with
 * HTTPS).
 *
 * <pre>{@code
 * try (WebConnectorHttpServer server = WebConnectorHttpServer.start(service, "localhost", 8085, "/qbwc")) {
 *   URI url = server.url(); // http://localhost:8085/qbwc
 * }
 * }</pre>
 */
public final class WebConnectorHttpServer implements AutoCloseable {
  /** The largest request body accepted: 16 MiB. */
  public static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

  private final HttpServer server;
  private final ExecutorService executor;
  private final URI url;

  private WebConnectorHttpServer(HttpServer server, ExecutorService executor, URI url) {
    this.server = server;
    this.executor = executor;
    this.url = url;
  }

  /**
   * Starts serving.
   *
   * @param service the service
   * @param host the host name or address to bind, such as {@code "localhost"}
   * @param port the port, or 0 for any free one
   * @param path the path, starting with {@code /}
   * @return the running server
   * @throws IllegalArgumentException when the path does not start with {@code /} or the port is out
   *     of range
   * @throws IOException when the port cannot be bound
   */
  public static WebConnectorHttpServer start(
      WebConnectorService service, String host, int port, String path) throws IOException {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(host, "host");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with /, was " + path);
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, was " + port);
    }
    HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
    ExecutorService executor = Executors.newFixedThreadPool(4);
    server.setExecutor(executor);
    URI url = URI.create("http://" + host + ":" + server.getAddress().getPort() + path);
    server.createContext(path, exchange -> serve(service, url, exchange));
    server.start();
    return new WebConnectorHttpServer(server, executor, url);
  }

  /**
   * Returns the URL the service answers at (the {@code AppURL} of the {@code .qwc} file).
   *
   * @return the URL
   */
  public URI url() {
    return url;
  }

  private static void serve(WebConnectorService service, URI url, HttpExchange exchange)
      throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if ("GET".equals(method)) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null && query.equalsIgnoreCase("wsdl")) {
          send(exchange, 200, "text/xml; charset=utf-8", WebConnectorService.wsdl(url.toString()));
        } else {
          send(exchange, 404, "text/plain; charset=utf-8", "POST SOAP here, or GET ?wsdl");
        }
        return;
      }
      if (!"POST".equals(method)) {
        exchange.getResponseHeaders().add("Allow", "GET, POST");
        send(exchange, 405, "text/plain; charset=utf-8", "method not allowed");
        return;
      }
      byte[] body = readAtMost(exchange.getRequestBody(), MAX_BODY_BYTES);
      if (body == null) {
        send(exchange, 413, "text/plain; charset=utf-8", "request body too large");
        return;
      }
      SoapReply reply =
          service.handle(
              exchange.getRequestHeaders().getFirst("SOAPAction"),
              new String(body, StandardCharsets.UTF_8));
      send(exchange, reply.status(), reply.contentType(), reply.body());
    }
  }

  private static byte[] readAtMost(InputStream in, int max) throws IOException {
    byte[] bytes = in.readNBytes(max + 1);
    return bytes.length > max ? null : bytes;
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Stops the server at once and releases its threads. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
