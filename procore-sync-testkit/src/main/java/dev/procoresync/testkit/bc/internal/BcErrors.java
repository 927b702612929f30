package dev.procoresync.testkit.bc.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.testkit.http.Reply;
import dev.procoresync.testkit.http.ReplyException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Business Central's error bodies: {@code {"error":{"code","message"}}}. */
public final class BcErrors {
  private static final AtomicLong CORRELATION = new AtomicLong();

  private BcErrors() {}

  /**
   * A BC error answer; the message ends in a correlation id, as Business Central's do.
   *
   * @param status the HTTP status
   * @param code e.g. {@code Request_EntityChanged}
   * @param message the text
   * @return the reply
   */
  public static Reply reply(int status, String code, String message) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    String correlation =
        UUID.nameUUIDFromBytes(
                ("bc-fake-correlation:" + CORRELATION.incrementAndGet())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .toString();
    body.putObject("error")
        .put("code", code)
        .put("message", message + "  CorrelationId:  " + correlation + ".");
    return Reply.json(status, body);
  }

  /**
   * The exception that makes a handler answer with a BC error.
   *
   * @param status the HTTP status
   * @param code the code
   * @param message the text
   * @return the exception, to throw
   */
  public static ReplyException fail(int status, String code, String message) {
    return new ReplyException(reply(status, code, message));
  }

  /**
   * 400 {@code BadRequest}: a request Business Central cannot read.
   *
   * @param message the text
   * @return the exception, to throw
   */
  public static ReplyException badRequest(String message) {
    return fail(400, "BadRequest", message);
  }

  /**
   * 400 {@code BadRequest_NotFound}: a malformed query ({@code $filter}, key syntax).
   *
   * @param message the text
   * @return the exception, to throw
   */
  public static ReplyException badQuery(String message) {
    return fail(400, "BadRequest_NotFound", message);
  }

  /**
   * 404 {@code BadRequest_ResourceNotFound}: an unknown path segment.
   *
   * @param segment the segment
   * @return the exception, to throw
   */
  public static ReplyException noSegment(String segment) {
    return fail(
        404,
        "BadRequest_ResourceNotFound",
        "Resource not found for the segment '" + segment + "'.");
  }
}
