package dev.procoresync.core.error;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Procore answered with an error status: the {@link ServiceException} of the service {@code
 * "procore"}.
 *
 * <p>The message carries the HTTP status, method, path, Procore's own message and its request id,
 * so that a log line alone is enough to open a support ticket. Where Procore's body has the shape
 * {@code {"code":"...","message":"...","error":"..."}}, the specific {@code error} text is the
 * message, {@code code} is the {@link #serviceErrorCode()}, and a string {@code fields} or {@code
 * reason} is kept among the {@link #details()}. Subclasses name the common cases (not found,
 * unauthorized, rate limited, validation, ...); catch this type for all of them.
 *
 * <pre>{@code
 * try {
 *   scope.projects().get(42L);
 * } catch (ProcoreNotFoundException e) {
 *   log.warn("gone: {} (request {})", e.getMessage(), e.requestId().orElse("-"));
 * }
 * }</pre>
 */
public class ProcoreApiException extends ServiceException {
  private static final long serialVersionUID = 1L;

  /** The service name every Procore exception carries. */
  public static final String SERVICE = "procore";

  /** The HTTP method of the failed request, or empty when unknown. */
  private final String method;

  /** The path of the failed request (no query string), or empty when unknown. */
  private final String path;

  /** Procore's own message, or empty when the body carried none. */
  private final String procoreMessage;

  /** Detail lines from the error body, such as {@code "name: can't be blank"}. */
  private final List<String> details;

  /**
   * Creates an API failure.
   *
   * @param status the HTTP status the service answered with (400 to 599)
   * @param message the full message: status, method, path, the service's message, request id
   */
  public ProcoreApiException(int status, String message) {
    super(
        SERVICE,
        status,
        null,
        null,
        retryable(status),
        Objects.requireNonNull(message, "message"),
        null);
    this.method = "";
    this.path = "";
    this.procoreMessage = "";
    this.details = List.of();
  }

  /**
   * Creates an API failure from the parts of the failed exchange; the message is composed from
   * them, for example {@code "404 on GET /rest/v1.0/projects/7: Project not found (request id
   * 9f2c)"}.
   *
   * @param status the HTTP status the service answered with
   * @param method the HTTP method, such as {@code "GET"}
   * @param path the request path without its query string
   * @param procoreMessage Procore's own message from the body, or empty
   * @param requestId Procore's request id, or {@code null}
   * @param details detail lines from the body (field errors), possibly empty
   */
  public ProcoreApiException(
      int status,
      String method,
      String path,
      String procoreMessage,
      @Nullable String requestId,
      List<String> details) {
    this(status, method, path, procoreMessage, null, requestId, details);
  }

  /**
   * Creates an API failure from the parts of the failed exchange, with Procore's error code.
   *
   * @param status the HTTP status the service answered with
   * @param method the HTTP method, such as {@code "GET"}
   * @param path the request path without its query string
   * @param procoreMessage Procore's own message from the body, or empty
   * @param code Procore's error code from the body (such as {@code "BAD_REQUEST"}), or {@code null}
   * @param requestId Procore's request id, or {@code null}
   * @param details detail lines from the body (field errors), possibly empty
   */
  public ProcoreApiException(
      int status,
      String method,
      String path,
      String procoreMessage,
      @Nullable String code,
      @Nullable String requestId,
      List<String> details) {
    super(
        SERVICE,
        status,
        code == null || code.isEmpty() ? null : code,
        requestId,
        retryable(status),
        compose(status, method, path, procoreMessage, requestId, details),
        null);
    this.method = Objects.requireNonNull(method, "method");
    this.path = Objects.requireNonNull(path, "path");
    this.procoreMessage = Objects.requireNonNull(procoreMessage, "procoreMessage");
    this.details = List.copyOf(Objects.requireNonNull(details, "details"));
  }

  private static boolean retryable(int status) {
    return status == 408 || status == 429 || status >= 500;
  }

  private static String compose(
      int status,
      String method,
      String path,
      String procoreMessage,
      @Nullable String requestId,
      List<String> details) {
    StringBuilder sb = new StringBuilder();
    sb.append(status).append(" on ").append(method).append(' ').append(path);
    if (!procoreMessage.isEmpty()) {
      sb.append(": ").append(procoreMessage);
    }
    if (!details.isEmpty()) {
      sb.append(" [").append(String.join("; ", details)).append(']');
    }
    sb.append(" (request id ").append(requestId == null ? "none" : requestId).append(')');
    return sb.toString();
  }

  /**
   * Returns the HTTP method of the failed request.
   *
   * @return the method, such as {@code "PATCH"}; empty when unknown
   */
  public String method() {
    return method;
  }

  /**
   * Returns the path of the failed request, without its query string.
   *
   * @return the path, such as {@code "/rest/v1.0/vendors/sync"}; empty when unknown
   */
  public String path() {
    return path;
  }

  /**
   * Returns Procore's own message from the error body (the specific {@code error} text where the
   * body has both a generic {@code message} and an {@code error}).
   *
   * @return the message; empty when the body carried none
   */
  public String procoreMessage() {
    return procoreMessage;
  }

  /**
   * Returns the detail lines of the error body (field errors, a {@code fields} or {@code reason}
   * string, the generic message where the specific one is the {@link #procoreMessage()}).
   *
   * @return the details, possibly empty, unmodifiable
   */
  public List<String> details() {
    return details;
  }
}
