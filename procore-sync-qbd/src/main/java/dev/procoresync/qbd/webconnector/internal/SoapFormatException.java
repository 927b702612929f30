package dev.procoresync.qbd.webconnector.internal;

/** A request that is not a SOAP 1.1 envelope the service can read; its message names why. */
public final class SoapFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong
   */
  public SoapFormatException(String message) {
    super(message);
  }
}
