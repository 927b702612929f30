package dev.procoresync.core.client.internal;

/**
 * A request tag that marks a POST as safe to send again (a batch sync action whose items are
 * matched by id or origin id), so the transport retries it like a PATCH.
 */
public final class RetrySafe {
  /** The one instance. */
  public static final RetrySafe INSTANCE = new RetrySafe();

  private RetrySafe() {}
}
