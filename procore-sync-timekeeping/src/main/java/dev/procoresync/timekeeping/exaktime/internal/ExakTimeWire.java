package dev.procoresync.timekeeping.exaktime.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.procoresync.core.error.ServiceException;
import dev.procoresync.core.http.ErrorDecoder;
import java.io.IOException;

/** ExakTime's wire conventions: snake_case JSON and the {@code {"code","message"}} errors. */
public final class ExakTimeWire {
  /** The service name in events and exceptions. */
  public static final String SERVICE = "exaktime";

  private ExakTimeWire() {}

  /**
   * The JSON mapper: snake_case names, absent values left out, unknown fields ignored, times as
   * ISO-8601 text.
   *
   * @return a new mapper
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(
                JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .build();
  }

  /**
   * Decodes an error answer: {@code message} (or {@code statusCode}/{@code message} of the gateway)
   * and {@code code}.
   *
   * @param mapper the mapper
   * @return the decoder
   */
  public static ErrorDecoder errors(ObjectMapper mapper) {
    return (request, status, headers, body) -> {
      JsonNode node;
      try {
        node = mapper.readTree(body);
      } catch (IOException | RuntimeException e) {
        node = null;
      }
      String code = node == null ? null : node.path("code").asText(null);
      String message = node == null ? null : node.path("message").asText(null);
      if (message == null) {
        message = body.isBlank() ? "(no body)" : body.substring(0, Math.min(300, body.length()));
      }
      String requestId = headers.get("Request-Id");
      return new ServiceException(
          SERVICE,
          status,
          code,
          requestId,
          status == 408 || status == 429 || status >= 500,
          "ExakTime answered "
              + status
              + " to "
              + request.method()
              + " "
              + request.url().encodedPath()
              + ": "
              + message
              + (requestId == null ? "" : " (request id " + requestId + ")"),
          null);
    };
  }
}
