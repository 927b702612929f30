package dev.procoresync.timekeeping.servicetrade.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.procoresync.core.error.DecodingException;
import dev.procoresync.core.error.ServiceException;
import dev.procoresync.core.http.ErrorDecoder;
import dev.procoresync.core.http.RequestEvent;
import dev.procoresync.core.http.Session;
import dev.procoresync.core.http.SessionLogin;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** ServiceTrade's wire conventions: its JSON, its login and its error envelope. */
public final class ServiceTradeWire {
  /** The service name in events and exceptions. */
  public static final String SERVICE = "servicetrade";

  /** The session cookie. */
  public static final String SESSION_COOKIE = "PHPSESSID";

  private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

  private ServiceTradeWire() {}

  /**
   * The JSON mapper: camelCase names, absent values left out, unknown fields ignored, times as Unix
   * seconds.
   *
   * @return a new mapper
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(
                JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .build();
  }

  /**
   * The login: {@code POST auth} with the user name and password as JSON; the session is the {@code
   * PHPSESSID} cookie (or {@code data.authToken} when no cookie is set).
   *
   * @param base the API base URL
   * @param username the user name
   * @param password the password (never printed)
   * @param mapper the mapper
   * @return the login
   */
  public static SessionLogin login(
      HttpUrl base, String username, String password, ObjectMapper mapper) {
    HttpUrl url = base.resolve("auth");
    return context -> {
      String body =
          mapper.writeValueAsString(
              mapper.createObjectNode().put("username", username).put("password", password));
      Request request =
          new Request.Builder().url(url).post(RequestBody.create(body, JSON_TYPE)).build();
      try (Response response = context.tokenClient().newCall(request).execute()) {
        context.report(
            RequestEvent.builder(SERVICE, "POST", url.encodedPath())
                .status(response.code())
                .build());
        ResponseBody answer = response.body();
        String text = answer == null ? "" : answer.string();
        if (!response.isSuccessful()) {
          throw new ServiceException(
              SERVICE,
              response.code(),
              null,
              null,
              response.code() >= 500,
              "ServiceTrade refused the login of "
                  + username
                  + " with "
                  + response.code()
                  + ": "
                  + firstError(mapper, text),
              null);
        }
        for (String setCookie : response.headers("Set-Cookie")) {
          String pair = setCookie.split(";", 2)[0].trim();
          int eq = pair.indexOf('=');
          if (eq > 0 && pair.substring(0, eq).trim().equals(SESSION_COOKIE)) {
            return Session.cookie(SESSION_COOKIE, pair.substring(eq + 1).trim());
          }
        }
        String token = readTree(mapper, text).path("data").path("authToken").asText("");
        if (token.isBlank()) {
          throw new DecodingException(
              SERVICE,
              "the login answer carries neither a session cookie nor data.authToken",
              null);
        }
        return Session.cookie(SESSION_COOKIE, token);
      }
    };
  }

  /**
   * Decodes an error answer: the first of {@code messages.error} is the message.
   *
   * @param mapper the mapper
   * @return the decoder
   */
  public static ErrorDecoder errors(ObjectMapper mapper) {
    return (request, status, headers, body) -> {
      String requestId = headers.get("X-Request-Id");
      return new ServiceException(
          SERVICE,
          status,
          null,
          requestId,
          status == 408 || status == 429 || status >= 500,
          "ServiceTrade answered "
              + status
              + " to "
              + request.method()
              + " "
              + request.url().encodedPath()
              + ": "
              + firstError(mapper, body)
              + (requestId == null ? "" : " (request id " + requestId + ")"),
          null);
    };
  }

  static String firstError(ObjectMapper mapper, String body) {
    JsonNode errors = readTree(mapper, body).path("messages").path("error");
    if (errors.isArray() && errors.size() > 0 && errors.get(0).isTextual()) {
      return truncate(errors.get(0).asText());
    }
    return body.isBlank() ? "(no body)" : truncate(body);
  }

  private static String truncate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  private static JsonNode readTree(ObjectMapper mapper, String text) {
    try {
      JsonNode node = mapper.readTree(text);
      return node == null ? mapper.missingNode() : node;
    } catch (IOException | RuntimeException e) {
      return mapper.missingNode();
    }
  }
}
