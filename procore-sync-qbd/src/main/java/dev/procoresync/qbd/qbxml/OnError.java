package dev.procoresync.qbd.qbxml;

/** What QuickBooks does with the rest of a message when one request fails ({@code onError}). */
public enum OnError {
  /** Stop: the requests after the failing one get no answer and must be sent again. */
  STOP_ON_ERROR("stopOnError"),
  /** Go on with the next request; every request gets its own answer. */
  CONTINUE_ON_ERROR("continueOnError"),
  /** Undo what the message did and stop. */
  ROLLBACK_ON_ERROR("rollbackOnError");

  private final String wire;

  OnError(String wire) {
    this.wire = wire;
  }

  /**
   * Returns the value as qbXML writes it.
   *
   * @return such as {@code "continueOnError"}
   */
  public String wire() {
    return wire;
  }
}
