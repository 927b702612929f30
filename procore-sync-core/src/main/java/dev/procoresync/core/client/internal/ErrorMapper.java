package dev.procoresync.core.client.internal;

import dev.procoresync.core.error.ProcoreApiException;
import dev.procoresync.core.error.ProcoreConflictException;
import dev.procoresync.core.error.ProcoreForbiddenException;
import dev.procoresync.core.error.ProcoreNotFoundException;
import dev.procoresync.core.error.ProcorePayloadTooLargeException;
import dev.procoresync.core.error.ProcoreRateLimitedException;
import dev.procoresync.core.error.ProcoreServerException;
import dev.procoresync.core.error.ProcoreUnauthorizedException;
import dev.procoresync.core.error.ProcoreValidationException;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Turns an error answer into the matching exception of the library's hierarchy. */
public final class ErrorMapper {
  private ErrorMapper() {}

  /**
   * Builds the exception for an error answer.
   *
   * @param status the HTTP status
   * @param method the HTTP method
   * @param path the path without query
   * @param body the raw body (possibly empty)
   * @param requestId the {@code X-Request-Id}, or null
   * @param retryAfter the wait the service asked for, or null
   * @return the exception to throw
   */
  public static ProcoreApiException toException(
      int status,
      String method,
      String path,
      String body,
      @Nullable String requestId,
      @Nullable Duration retryAfter) {
    ErrorBody parsed = ErrorBody.parse(body);
    String message = parsed.message();
    String code = parsed.code().isEmpty() ? null : parsed.code();
    List<String> details = parsed.details();
    switch (status) {
      case 400:
      case 422:
        return new ProcoreValidationException(
            status, method, path, message, code, requestId, details);
      case 401:
        return new ProcoreUnauthorizedException(
            status, method, path, message, code, requestId, details);
      case 403:
        return new ProcoreForbiddenException(
            status, method, path, message, code, requestId, details);
      case 404:
        return new ProcoreNotFoundException(
            status, method, path, message, code, requestId, details);
      case 409:
        return new ProcoreConflictException(
            status, method, path, message, code, requestId, details);
      case 413:
        return new ProcorePayloadTooLargeException(
            status, method, path, message, code, requestId, details);
      case 429:
        return new ProcoreRateLimitedException(
            status, method, path, message, requestId, details, retryAfter);
      default:
        if (status == 503 && retryAfter != null) {
          return new ProcoreRateLimitedException(
              status, method, path, message, requestId, details, retryAfter);
        }
        if (status >= 500) {
          return new ProcoreServerException(
              status, method, path, message, code, requestId, details);
        }
        return new ProcoreApiException(status, method, path, message, code, requestId, details);
    }
  }
}
