package dev.procoresync.testkit.qbd;

import java.util.Objects;

/**
 * Thrown by a {@link QbXmlEndpoint} when QuickBooks answers a request with an error instead of a
 * qbXML response; the {@code WebConnectorSimulator} passes the HRESULT and message on to the
 * service in {@code receiveResponseXML}, as the Web Connector does.
 *
 * <pre>{@code
 * throw new QbXmlEndpointException("0x80040400", "QuickBooks found an error when parsing the provided XML text stream.");
 * }</pre>
 */
public final class QbXmlEndpointException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The HRESULT QuickBooks gave, such as {@code 0x80040400}. */
  private final String hresult;

  /**
   * Creates the exception.
   *
   * @param hresult the HRESULT, such as {@code "0x80040400"} (not blank)
   * @param message the message QuickBooks gave
   * @throws IllegalArgumentException when {@code hresult} is blank
   */
  public QbXmlEndpointException(String hresult, String message) {
    super(Objects.requireNonNull(message, "message"));
    if (Objects.requireNonNull(hresult, "hresult").isBlank()) {
      throw new IllegalArgumentException("hresult must not be blank");
    }
    this.hresult = hresult;
  }

  /**
   * Returns the HRESULT QuickBooks gave.
   *
   * @return the HRESULT, such as {@code "0x80040400"}
   */
  public String hresult() {
    return hresult;
  }
}
