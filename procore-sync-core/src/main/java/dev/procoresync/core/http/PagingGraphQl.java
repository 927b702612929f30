package dev.procoresync.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.internal.RetrySafe;
import dev.procoresync.core.error.ServiceException;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/** What the two GraphQL kinds share: moving the cursor variable, the safe-POST tag, errors. */
final class PagingGraphQl {
  static final String FIRST_ERROR = "/errors/0/message";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MediaType MEDIA = MediaType.get("application/json; charset=utf-8");

  private PagingGraphQl() {}

  /**
   * Rewrites the first request's {@code {"query", "variables"}} body with the page size and cursor
   * variables, as a POST marked safe to resend (a query writes nothing).
   */
  static Request request(
      Request first,
      @Nullable PagePosition position,
      String sizeVariable,
      int pageSize,
      String cursorVariable) {
    ObjectNode body = bodyOf(first);
    JsonNode vars = body.get("variables");
    ObjectNode variables = vars instanceof ObjectNode ? (ObjectNode) vars : JSON.createObjectNode();
    variables.put(sizeVariable, pageSize);
    if (position != null) {
      variables.put(cursorVariable, position.value());
    }
    body.set("variables", variables);
    return first
        .newBuilder()
        .post(RequestBody.create(body.toString(), MEDIA))
        .tag(RetrySafe.class, RetrySafe.INSTANCE)
        .build();
  }

  private static ObjectNode bodyOf(Request first) {
    RequestBody body = first.body();
    if (!"POST".equals(first.method()) || body == null) {
      throw new IllegalArgumentException(
          "first must be a GraphQL POST with a JSON body {query, variables}, got "
              + first.method());
    }
    try (Buffer buffer = new Buffer()) {
      body.writeTo(buffer);
      JsonNode node = JSON.readTree(buffer.readUtf8());
      if (node instanceof ObjectNode && node.path("query").isTextual()) {
        return ((ObjectNode) node).deepCopy();
      }
    } catch (IOException | RuntimeException e) {
      // refused below
    }
    throw new IllegalArgumentException(
        "first must be a GraphQL POST with a JSON body {query, variables}");
  }

  /** Throws the first GraphQL error of a 200 answer, if any, as a {@link ServiceException}. */
  static void throwErrors(PagingResponse response) {
    Optional<JsonNode> message = response.bodyValue(FIRST_ERROR);
    if (message.isPresent()) {
      throw new ServiceException(
          response.service(),
          200,
          "graphql",
          response.headers().get("X-Request-Id"),
          false,
          "POST "
              + response.request().url().encodedPath()
              + ": GraphQL error: "
              + PagingUrls.clip(message.get().asText()),
          null);
    }
  }

  static String nonBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }
}
