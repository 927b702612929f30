package dev.procoresync.qbd.webconnector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.state.InMemoryWebConnectorQueue;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The servlet adapter against a minimal stand-in of the container's request and response (no
 * servlet container runs here): what it reads and what it writes.
 */
class WebConnectorServletTest {
  private static final String NS = "http://developer.intuit.com/";

  private final WebConnectorServlet servlet =
      new WebConnectorServlet(
          WebConnectorService.builder()
              .queue(InMemoryWebConnectorQueue.create())
              .credentials(
                  WebConnectorCredentials.of(
                      List.of(
                          WebConnectorAccount.builder()
                              .userName("u")
                              .password("p")
                              .companyKey("c")
                              .build())))
              .build());

  /** What the servlet wrote. */
  private static final class Captured {
    int status;
    String contentType;
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
  }

  private static HttpServletRequest request(
      String method, String query, Map<String, String> headers, byte[] body) {
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    ServletInputStream stream =
        new ServletInputStream() {
          @Override
          public int read() {
            return in.read();
          }

          @Override
          public boolean isFinished() {
            return in.available() == 0;
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException();
          }
        };
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            WebConnectorServletTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, m, args) ->
                switch (m.getName()) {
                  case "getMethod" -> method;
                  case "getQueryString" -> query;
                  case "getHeader" -> headers.get((String) args[0]);
                  case "getContentLengthLong" -> (long) body.length;
                  case "getInputStream" -> stream;
                  case "getRequestURL" -> new StringBuffer("https://host.example/qbwc");
                  case "getProtocol" -> "HTTP/1.1";
                  default -> throw new UnsupportedOperationException(m.getName());
                });
  }

  private static HttpServletResponse response(Captured c) {
    ServletOutputStream out =
        new ServletOutputStream() {
          @Override
          public void write(int b) {
            c.body.write(b);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException();
          }
        };
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            WebConnectorServletTest.class.getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, m, args) -> {
              switch (m.getName()) {
                case "setStatus" -> c.status = (Integer) args[0];
                case "setContentType" -> c.contentType = (String) args[0];
                case "setContentLength" -> {}
                case "getOutputStream" -> {
                  return out;
                }
                default -> throw new UnsupportedOperationException(m.getName());
              }
              return null;
            });
  }

  private Captured call(String method, String query, Map<String, String> headers, String body)
      throws Exception {
    Captured c = new Captured();
    servlet.service(
        request(method, query, headers, body.getBytes(StandardCharsets.UTF_8)), response(c));
    return c;
  }

  @Test
  void postsSoapAndServesTheWsdlAtItsOwnUrl() throws Exception {
    Map<String, String> headers = new HashMap<>();
    headers.put("SOAPAction", "\"" + NS + "authenticate\"");
    Captured auth =
        call(
            "POST",
            null,
            headers,
            "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
                + "<authenticate xmlns=\""
                + NS
                + "\"><strUserName>u</strUserName><strPassword>p</strPassword></authenticate>"
                + "</s:Body></s:Envelope>");
    assertEquals(200, auth.status);
    assertEquals("text/xml; charset=utf-8", auth.contentType);
    assertTrue(auth.body.toString(StandardCharsets.UTF_8).contains("<string>none</string>"));

    Captured wsdl = call("GET", "wsdl", Map.of(), "");
    assertEquals(200, wsdl.status);
    assertTrue(
        wsdl.body
            .toString(StandardCharsets.UTF_8)
            .contains("location=\"https://host.example/qbwc\""));
    assertEquals(404, call("GET", null, Map.of(), "").status);
    assertEquals(500, call("POST", null, Map.of(), "garbage").status);
  }
}
