package dev.procoresync.testkit.procore.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/** The routes of the fake; literal segments win over placeholders ({@code /sync} over {id}). */
final class Router {
  private final List<Route> routes = new CopyOnWriteArrayList<>();

  void add(String method, String template, Route.Handler handler) {
    add(method, template, handler, true);
  }

  void add(String method, String template, Route.Handler handler, boolean companyHeaderRequired) {
    for (Route existing : routes) {
      if (existing.method.equals(method) && existing.template.equals(template)) {
        throw new IllegalStateException("route registered twice: " + method + " " + template);
      }
    }
    routes.add(new Route(method, template, handler, companyHeaderRequired));
  }

  /** The route and its path parameters, or null. */
  @Nullable Match find(String method, String path) {
    List<String> segments = List.of(path.substring(1).split("/", -1));
    Match best = null;
    for (Route route : routes) {
      if (!route.method.equals(method)) {
        continue;
      }
      Map<String, String> params = route.match(segments);
      if (params != null && (best == null || route.literalCount() > best.route.literalCount())) {
        best = new Match(route, params);
      }
    }
    return best;
  }

  /** {@code "METHOD /template"} of every route, sorted. */
  List<String> templates() {
    List<String> list = new ArrayList<>();
    routes.stream()
        .sorted(Comparator.comparing((Route r) -> r.template).thenComparing(r -> r.method))
        .forEach(r -> list.add(r.method + " " + r.template));
    return List.copyOf(list);
  }

  /** A matched route. */
  static final class Match {
    final Route route;
    final Map<String, String> params;

    Match(Route route, Map<String, String> params) {
      this.route = route;
      this.params = params;
    }
  }
}
