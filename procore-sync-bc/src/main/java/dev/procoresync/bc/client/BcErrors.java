package dev.procoresync.bc.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.procoresync.core.http.ErrorDecoder;
import okhttp3.Headers;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * Reads Business Central's error body {@code {"error":{"code","message"}}} into a {@link
 * BcServiceException}. Never throws: a body that is not that shape still gives an exception naming
 * the status.
 */
final class BcErrors implements ErrorDecoder {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_TEXT = 500;

  /** The decoder. */
  public static final BcErrors INSTANCE = new BcErrors();

  private BcErrors() {}

  @Override
  public BcServiceException decode(Request request, int status, Headers headers, String body) {
    String code = null;
    String message = null;
    try {
      JsonNode error = JSON.readTree(body == null ? "" : body);
      if (error != null) {
        JsonNode e = error.path("error");
        code = text(e.get("code"));
        message = text(e.get("message"));
      }
    } catch (Exception | StackOverflowError e) {
      // not JSON: keep the status
    }
    String requestId = headers.get("request-id");
    if (requestId == null) {
      requestId = headers.get("ms-correlation-x");
    }
    boolean retryable = status == 429 || status == 502 || status == 503 || status == 504;
    StringBuilder text =
        new StringBuilder()
            .append(request.method())
            .append(' ')
            .append(request.url().encodedPath())
            .append(" failed with ")
            .append(status);
    if (code != null) {
      text.append(' ').append(code);
    }
    if (message != null) {
      text.append(": ")
          .append(message.length() > MAX_TEXT ? message.substring(0, MAX_TEXT) + "..." : message);
    }
    return new BcServiceException(status, code, requestId, retryable, text.toString(), null);
  }

  private static @Nullable String text(@Nullable JsonNode n) {
    return n != null && n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
  }

  @Override
  public String toString() {
    return "BcErrors";
  }
}
