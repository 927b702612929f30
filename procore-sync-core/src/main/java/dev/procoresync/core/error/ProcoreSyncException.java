package dev.procoresync.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The root of the library's own exceptions: a service refused ({@link ServiceException}) or the
 * client failed on its side ({@link ClientException}).
 *
 * <p>All of them are unchecked. Business rules never throw: they return violations. Arguments a
 * caller got wrong are not wrapped in this type: they stay {@link IllegalArgumentException} or
 * {@link NullPointerException} with a message naming the argument. Around a whole sync run a host
 * can catch this one type for every failure of a service or of the transport:
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
