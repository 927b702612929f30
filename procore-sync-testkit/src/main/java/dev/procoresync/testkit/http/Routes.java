package dev.procoresync.testkit.http;

import dev.procoresync.testkit.http.internal.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The registry a {@link RouteSet} adds its routes and filters to. A route is a method and a path
 * template; a template's placeholder {@code {name}} matches any non-empty text inside one segment,
 * {@code {name:regex}} only text matching the regex (e.g. {@code {id:\d+}}), and a segment may hold
 * several ({@code /companies({company})/items}). When several routes fit a path, the one with more
 * literal segments wins, then the one added first. Filters wrap every route of their set, the first
 * added outermost.
 *
 * <pre>{@code
 * RouteSet api = routes -> routes
 *     .filter(authentication)
 *     .get("/items", this::list)
 *     .get("/items/{id:\\d+}", this::show)
 *     .post("/items", this::create);
 * }</pre>
 */
public final class Routes {
  private final List<Filter> filters = new ArrayList<>();
  private final List<Route> routes = new ArrayList<>();

  Routes() {}

  /**
   * Adds a filter that runs around every route of this set (also routes added before it).
   *
   * @param filter the filter
   * @return this registry
   */
  public Routes filter(Filter filter) {
    filters.add(Objects.requireNonNull(filter, "filter"));
    return this;
  }

  /**
   * Adds a route.
   *
   * @param method the HTTP method, e.g. {@code GET} (case-insensitive)
   * @param template the path template, starting with {@code /}
   * @param handler what answers it
   * @return this registry
   * @throws IllegalArgumentException when the method is blank or the template malformed
   * @throws IllegalStateException when the same method and template were added before
   */
  public Routes add(String method, String template, Handler handler) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(handler, "handler");
    if (method.isBlank()) {
      throw new IllegalArgumentException("method must not be blank");
    }
    Route route =
        new Route(method.trim().toUpperCase(Locale.ROOT), Template.parse(template), handler, this);
    for (Route existing : routes) {
      if (existing.name().equals(route.name())) {
        throw new IllegalStateException("route added twice: " + route.name());
      }
    }
    routes.add(route);
    return this;
  }

  /**
   * Adds a {@code GET} route.
   *
   * @param template the path template
   * @param handler what answers it
   * @return this registry
   */
  public Routes get(String template, Handler handler) {
    return add("GET", template, handler);
  }

  /**
   * Adds a {@code POST} route.
   *
   * @param template the path template
   * @param handler what answers it
   * @return this registry
   */
  public Routes post(String template, Handler handler) {
    return add("POST", template, handler);
  }

  /**
   * Adds a {@code PUT} route.
   *
   * @param template the path template
   * @param handler what answers it
   * @return this registry
   */
  public Routes put(String template, Handler handler) {
    return add("PUT", template, handler);
  }

  /**
   * Adds a {@code PATCH} route.
   *
   * @param template the path template
   * @param handler what answers it
   * @return this registry
   */
  public Routes patch(String template, Handler handler) {
    return add("PATCH", template, handler);
  }

  /**
   * Adds a {@code DELETE} route.
   *
   * @param template the path template
   * @param handler what answers it
   * @return this registry
   */
  public Routes delete(String template, Handler handler) {
    return add("DELETE", template, handler);
  }

  List<Route> routes() {
    return List.copyOf(routes);
  }

  /** Runs the set's filters around {@code handler}. */
  Reply run(Exchange exchange, Handler handler) {
    return chain(0, handler).handle(exchange);
  }

  private Handler chain(int index, Handler handler) {
    if (index >= filters.size()) {
      return handler;
    }
    Filter filter = filters.get(index);
    Handler next = chain(index + 1, handler);
    return exchange -> filter.filter(exchange, next);
  }

  /** One registered route. */
  static final class Route {
    final String method;
    final Template template;
    final Handler handler;
    final Routes set;

    Route(String method, Template template, Handler handler, Routes set) {
      this.method = method;
      this.template = template;
      this.handler = handler;
      this.set = set;
    }

    String name() {
      return method + " " + template.display();
    }
  }
}
