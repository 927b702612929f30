package dev.procoresync.qbd.webconnector;

import java.util.Objects;

/**
 * What the service answers to one HTTP request: the status, the content type and the body, for an
 * adapter to write unchanged.
 *
 * <pre>{@code
 * SoapReply reply = service.handle(soapAction, body);
 * response.setStatus(reply.status());
 * }</pre>
 */
public final class SoapReply {
  private final int status;
  private final String contentType;
  private final String body;

  private SoapReply(int status, String contentType, String body) {
    this.status = status;
    this.contentType = contentType;
    this.body = body;
  }

  /**
   * Creates a reply.
   *
   * @param status the HTTP status
   * @param contentType the content type
   * @param body the body
   * @return the reply
   * @throws NullPointerException when an argument is {@code null}
   */
  public static SoapReply of(int status, String contentType, String body) {
    return new SoapReply(
        status,
        Objects.requireNonNull(contentType, "contentType"),
        Objects.requireNonNull(body, "body"));
  }

  /**
   * Returns the HTTP status: 200, or 500 for a SOAP fault.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * Returns the content type, such as {@code text/xml; charset=utf-8}.
   *
   * @return the content type
   */
  public String contentType() {
    return contentType;
  }

  /**
   * Returns the body.
   *
   * @return the body
   */
  public String body() {
    return body;
  }

  @Override
  public String toString() {
    return "SoapReply[status=" + status + ", contentType=" + contentType + "]";
  }
}
