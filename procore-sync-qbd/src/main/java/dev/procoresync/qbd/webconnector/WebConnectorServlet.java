package dev.procoresync.qbd.webconnector;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Mounts a {@link WebConnectorService} in a Jakarta Servlet 6 container (Spring Boot 3, Tomcat
 * 10.1+, Jetty 12): {@code POST} takes SOAP, {@code GET ?wsdl} returns the WSDL with the request's
 * own URL as the address. Bodies over {@link WebConnectorHttpServer#MAX_BODY_BYTES} are refused
 * with 413.
 *
 * <pre>{@code
 * // Spring Boot
 * @Bean
 * ServletRegistrationBean<WebConnectorServlet> qbwc(WebConnectorService service) {
 *   return new ServletRegistrationBean<>(new WebConnectorServlet(service), "/qbwc");
 * }
 * }</pre>
 */
public class WebConnectorServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** The service; a servlet is serialized only by containers that persist sessions, never here. */
  private final transient WebConnectorService service;

  /**
   * Creates the servlet.
   *
   * @param service the service it mounts
   * @throws NullPointerException when {@code service} is {@code null}
   */
  public WebConnectorServlet(WebConnectorService service) {
    this.service = Objects.requireNonNull(service, "service");
  }

  /**
   * Serves the WSDL at {@code ?wsdl}; 404 otherwise.
   *
   * @param req the request
   * @param resp the response
   * @throws IOException when the response cannot be written
   */
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String query = req.getQueryString();
    if (query != null && query.equalsIgnoreCase("wsdl")) {
      write(
          resp,
          200,
          "text/xml; charset=utf-8",
          WebConnectorService.wsdl(req.getRequestURL().toString()));
    } else {
      write(resp, 404, "text/plain; charset=utf-8", "POST SOAP here, or GET ?wsdl");
    }
  }

  /**
   * Handles one SOAP call.
   *
   * @param req the request
   * @param resp the response
   * @throws IOException when the body cannot be read or the response written
   */
  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    int max = WebConnectorHttpServer.MAX_BODY_BYTES;
    if (req.getContentLengthLong() > max) {
      write(resp, 413, "text/plain; charset=utf-8", "request body too large");
      return;
    }
    byte[] body;
    try (InputStream in = req.getInputStream()) {
      body = in.readNBytes(max + 1);
    }
    if (body.length > max) {
      write(resp, 413, "text/plain; charset=utf-8", "request body too large");
      return;
    }
    SoapReply reply =
        service.handle(req.getHeader("SOAPAction"), new String(body, StandardCharsets.UTF_8));
    write(resp, reply.status(), reply.contentType(), reply.body());
  }

  private static void write(HttpServletResponse resp, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    resp.setStatus(status);
    resp.setContentType(type);
    resp.setContentLength(bytes.length);
    resp.getOutputStream().write(bytes);
  }
}
