package dev.procoresync.testkit.procore.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** One request as the routes see it. */
final class Exchange {
  final String method;
  final String path;
  final String rawQuery;
  final Map<String, List<String>> query;
  final Function<String, @Nullable String> headers;
  final String body;
  final String baseUrl;
  Map<String, String> pathParams = Map.of();
  long companyId;
  private @Nullable JsonNode json;
  private @Nullable Map<String, List<String>> form;

  Exchange(
      String method,
      String url,
      Function<String, @Nullable String> headers,
      String body,
      String baseUrl) {
    this.method = method;
    int q = url.indexOf('?');
    this.path = q < 0 ? url : url.substring(0, q);
    this.rawQuery = q < 0 ? "" : url.substring(q + 1);
    this.query = parseForm(rawQuery);
    this.headers = headers;
    this.body = body;
    this.baseUrl = baseUrl;
  }

  static Map<String, List<String>> parseForm(String encoded) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    if (encoded.isEmpty()) {
      return map;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return map;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  @Nullable String header(String name) {
    return headers.apply(name);
  }

  @Nullable String param(String name) {
    String fromPath = pathParams.get(name);
    if (fromPath != null) {
      return fromPath;
    }
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  List<String> params(String name) {
    List<String> values = new ArrayList<>(query.getOrDefault(name, List.of()));
    values.addAll(query.getOrDefault(name + "[]", List.of()));
    return values;
  }

  /** Path, query, then body (top level), as a long. */
  @Nullable Long longParam(String name) {
    String value = param(name);
    if (value == null && json().isObject()) {
      Long fromBody = Json.longValue(json(), name);
      if (fromBody != null) {
        return fromBody;
      }
    }
    if (value == null) {
      return null;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  long pathId(String name) {
    return Long.parseLong(pathParams.get(name));
  }

  JsonNode json() {
    if (json == null) {
      if (body.isBlank() || isForm()) {
        json = Json.object();
      } else {
        try {
          json = Json.MAPPER.readTree(body);
        } catch (IOException e) {
          throw new BadRequest("Malformed JSON body: " + e.getMessage());
        }
      }
    }
    return json;
  }

  ObjectNode jsonObject(String key) {
    JsonNode node = json().get(key);
    if (node == null || !node.isObject()) {
      throw new BadRequest("param is missing or the value is empty: " + key);
    }
    return (ObjectNode) node;
  }

  private boolean isForm() {
    String type = header("Content-Type");
    return type != null
        && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  Map<String, List<String>> form() {
    if (form == null) {
      form = isForm() ? parseForm(body) : Map.of();
    }
    return form;
  }

  @Nullable String formParam(String name) {
    List<String> values = form().get(name);
    if (values != null && !values.isEmpty()) {
      return values.get(0);
    }
    if (!isForm() && !body.isBlank() && json().isObject()) {
      return Json.text(json(), name);
    }
    return null;
  }

  /** A 400 thrown from deep inside a route. */
  static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message);
    }
  }
}
