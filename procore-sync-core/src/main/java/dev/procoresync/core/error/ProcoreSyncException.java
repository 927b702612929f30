package dev.procoresync.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception procore-sync throws.
 *
 * <p>All of the library's exceptions are unchecked. Business rules never throw: they return
 * violations. Exceptions signal programming errors (a bad argument, a misconfigured client) and
 * transport or service failures, so a host can catch this one type around a whole sync run:
 *
 * <pre>{@code
 * try {
 *   return Optional.of(flow.run(records, v -> v, RunOptions.defaults()));
 * } catch (ProcoreSyncException e) {
 *   log.error("sync aborted: {}", e.getMessage());
 *   return Optional.empty();
 * }
 * }</pre>
 *
 * <p>Messages never contain secrets (client secrets, tokens or passwords).
 */
public class ProcoreSyncException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, in words a user can act on; never a secret
   */
  public ProcoreSyncException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and its cause.
   *
   * @param message what went wrong, in words a user can act on; never a secret
   * @param cause the underlying failure, or {@code null}
   */
  public ProcoreSyncException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
