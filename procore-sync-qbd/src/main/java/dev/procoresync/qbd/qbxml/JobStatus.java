package dev.procoresync.qbd.qbxml;

/** A QuickBooks job's status ({@code JobStatus}). */
public enum JobStatus {
  /** Awarded. */
  AWARDED("Awarded"),
  /** Closed. */
  CLOSED("Closed"),
  /** In progress. */
  IN_PROGRESS("InProgress"),
  /** None. */
  NONE("None"),
  /** Not awarded. */
  NOT_AWARDED("NotAwarded"),
  /** Pending. */
  PENDING("Pending");

  private final String wire;

  JobStatus(String wire) {
    this.wire = wire;
  }

  /**
   * Returns the value as qbXML writes it.
   *
   * @return such as {@code "InProgress"}
   */
  public String wire() {
    return wire;
  }
}
