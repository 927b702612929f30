package dev.procoresync.state.redis;

import dev.procoresync.core.error.ClientException;

/** Redis behind a {@link RedisStateStore} refused or could not be reached; the cause tells why. */
public final class RedisStateException extends ClientException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param what what the store was doing, such as {@code "store a token pair"}
   * @param cause the client's exception
   */
  public RedisStateException(String what, RuntimeException cause) {
    super("state-redis", what + ": " + cause.getMessage(), cause);
  }
}
