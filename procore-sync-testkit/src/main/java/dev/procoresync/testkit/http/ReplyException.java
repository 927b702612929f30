package dev.procoresync.testkit.http;

import java.util.Objects;

/**
 * Thrown by a {@link Handler} (or by {@link Exchange#bodyJson()}) to stop handling a request and
 * send {@link #reply()} instead: the way deep route code answers 400 or 404 without threading a
 * reply back through every call.
 *
 * <pre>{@code
 * JsonNode record = store.get("vendors", id)
 *     .orElseThrow(() -> new ReplyException(Reply.json(404, notFoundBody)));
 * }</pre>
 */
public final class ReplyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The answer; a Reply is immutable but not serializable, so it is not serialized. */
  private final transient Reply reply;

  /**
   * Creates the exception.
   *
   * @param reply the answer to send
   * @throws NullPointerException when {@code reply} is null
   */
  public ReplyException(Reply reply) {
    super("reply " + Objects.requireNonNull(reply, "reply").status(), null, false, false);
    this.reply = reply;
  }

  /**
   * Returns the answer to send.
   *
   * @return the reply
   */
  public Reply reply() {
    return reply;
  }
}
