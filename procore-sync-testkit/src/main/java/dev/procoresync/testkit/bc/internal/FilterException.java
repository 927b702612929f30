package dev.procoresync.testkit.bc.internal;

/** A {@code $filter} the fake cannot read or apply; the message names the position or the field. */
public final class FilterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, with the position or the field
   */
  public FilterException(String message) {
    super(message, null, false, false);
  }
}
