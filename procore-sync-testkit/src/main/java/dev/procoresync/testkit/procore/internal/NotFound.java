package dev.procoresync.testkit.procore.internal;

/** Thrown by a route when the record or its scope does not exist (or is not visible): 404. */
final class NotFound extends RuntimeException {
  private static final long serialVersionUID = 1L;

  NotFound(String message) {
    super(message, null, false, false);
  }
}
