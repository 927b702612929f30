package dev.procoresync.testkit.procore.internal;

import dev.procoresync.testkit.http.Filter;
import dev.procoresync.testkit.http.RouteSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** The Procore routes, collected before the engine starts and handed to it as route sets. */
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

  /** {@code "METHOD /template"} of the routes that do not need {@code Procore-Company-Id}. */
  Set<String> withoutCompanyHeader() {
    return routes.stream()
        .filter(r -> !r.companyHeaderRequired)
        .map(r -> r.method + " " + r.template)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** The routes {@code which} selects as one route set, behind {@code filters}. */
  RouteSet routeSet(Predicate<Route> which, Filter... filters) {
    return registry -> {
      for (Filter filter : filters) {
        registry.filter(filter);
      }
      for (Route route : routes) {
        if (which.test(route)) {
          registry.add(
              route.method, route.engineTemplate(), ex -> route.handler.handle(new Exchange(ex)));
        }
      }
    };
  }
}
