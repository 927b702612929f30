package dev.procoresync.testkit.procore.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One served operation: a method, a path template with {param} placeholders, a handler. */
final class Route {
  final String method;
  final String template;
  final List<String> segments;
  final Handler handler;
  final boolean companyHeaderRequired;

  Route(String method, String template, Handler handler, boolean companyHeaderRequired) {
    this.method = method;
    this.template = template;
    this.segments = List.of(template.substring(1).split("/"));
    this.handler = handler;
    this.companyHeaderRequired = companyHeaderRequired;
  }

  /** The path parameters when {@code pathSegments} fit the template, else null. */
  @Nullable Map<String, String> match(List<String> pathSegments) {
    if (pathSegments.size() != segments.size()) {
      return null;
    }
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      String expected = segments.get(i);
      String actual = pathSegments.get(i);
      if (expected.startsWith("{")) {
        if (actual.isEmpty()) {
          return null;
        }
        if (expected.endsWith("id}") && !actual.chars().allMatch(Character::isDigit)) {
          return null;
        }
        params.put(expected.substring(1, expected.length() - 1), actual);
      } else if (!expected.equals(actual)) {
        return null;
      }
    }
    return params;
  }

  /** How specific the template is: literal segments count, for ordering. */
  int literalCount() {
    return (int) segments.stream().filter(s -> !s.startsWith("{")).count();
  }

  /** The handler of a route. */
  @FunctionalInterface
  interface Handler {
    Reply handle(Exchange exchange);
  }
}
