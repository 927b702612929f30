package dev.procoresync.qbd.qbxml;

/**
 * The {@code iterator} attribute of a query: start an iterator, continue one (with its iteratorID),
 * or stop one. An iterator lives only as long as the QuickBooks session that started it.
 */
public enum IteratorStep {
  /** Start an iterator; {@code MaxReturned} sets the page size. */
  START("Start"),
  /** Fetch the next page of the iterator named by {@code iteratorID}. */
  CONTINUE("Continue"),
  /** Abandon the iterator. */
  STOP("Stop");

  private final String wire;

  IteratorStep(String wire) {
    this.wire = wire;
  }

  /**
   * Returns the value as qbXML writes it.
   *
   * @return such as {@code "Start"}
   */
  public String wire() {
    return wire;
  }
}
