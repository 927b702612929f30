package dev.procoresync.core.client;

import dev.procoresync.core.client.internal.ErrorMapper;
import dev.procoresync.core.http.ErrorDecoder;
import dev.procoresync.core.http.RetryAfter;
import java.time.Clock;

/**
 * Procore's {@link ErrorDecoder}: the body read by the error mapper, {@code Retry-After} on a
 * clock.
 */
final class ProcoreErrors {
  private ProcoreErrors() {}

  /**
   * Returns the decoder.
   *
   * @param clock the clock to turn a {@code Retry-After} date into a wait
   * @return the decoder
   */
  static ErrorDecoder decoder(Clock clock) {
    return (request, status, headers, body) ->
        ErrorMapper.toException(
            status,
            request.method(),
            request.url().encodedPath(),
            body,
            headers.get("X-Request-Id"),
            RetryAfter.parse(headers.get("Retry-After"), clock.instant()).orElse(null));
  }
}
