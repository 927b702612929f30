package dev.procoresync.testkit.procore.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One request as the Procore routes see it: the engine's exchange plus Procore's helpers. */
final class Exchange {
  final String method;
  final String path;
  final String rawQuery;
  final Map<String, List<String>> query;
  final String body;
  final String baseUrl;
  final Map<String, String> pathParams;
  final long companyId;
  private final dev.procoresync.testkit.http.Exchange exchange;
  private @Nullable JsonNode json;
  private @Nullable Map<String, List<String>> form;

  Exchange(dev.procoresync.testkit.http.Exchange exchange) {
    this.exchange = exchange;
    this.method = exchange.method();
    this.path = exchange.path();
    this.rawQuery = exchange.rawQuery();
    this.query = exchange.queryParams();
    this.body = exchange.body();
    this.baseUrl = exchange.baseUrl();
    this.pathParams = exchange.pathParams();
    this.companyId = companyId(exchange);
  }

  /** The company of {@code Procore-Company-Id}, or 0 when it is missing or not a number. */
  static long companyId(dev.procoresync.testkit.http.Exchange exchange) {
    String company = exchange.header("Procore-Company-Id").orElse("").trim();
    try {
      return company.isEmpty() ? 0 : Long.parseLong(company);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  static Map<String, List<String>> parseForm(String encoded) {
    return dev.procoresync.testkit.http.Exchange.parseForm(encoded);
  }

  @Nullable String header(String name) {
    return exchange.header(name).orElse(null);
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
    String value = pathParams.get(name);
    try {
      return Long.parseLong(value == null ? "" : value);
    } catch (NumberFormatException e) {
      throw new NotFound(name + " " + value);
    }
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
