package dev.procoresync.core.http;

import java.io.IOException;
import okhttp3.Request;

/**
 * The one wording of "a request got no answer", shared by the service client, the paged reader and
 * the batch runner, so that a {@link dev.procoresync.core.error.TransportException} reads the same
 * wherever the call was made.
 */
final class NoAnswer {
  private NoAnswer() {}

  /**
   * Describes a request that got no answer: method, path (never the query, which may carry a
   * cursor) and the I/O failure.
   *
   * @param request the request
   * @param e the I/O failure
   * @return the message
   */
  static String message(Request request, IOException e) {
    return request.method()
        + " "
        + request.url().encodedPath()
        + " got no answer: "
        + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
  }
}
