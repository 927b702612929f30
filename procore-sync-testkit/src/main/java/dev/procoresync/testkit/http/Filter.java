package dev.procoresync.testkit.http;

/**
 * Runs around every handler of a {@link RouteSet}: authentication, rate windows, a lock, the
 * translation of a route's own exceptions into error bodies. A filter either answers itself (a 401,
 * a 429) or calls {@code next} and may change its reply (add rate headers).
 *
 * <pre>{@code
 * Filter apiKey = (exchange, next) ->
 *     exchange.header("X-Api-Key").filter("secret"::equals).isPresent()
 *         ? next.handle(exchange)
 *         : Reply.json(401, errorBody);
 * }</pre>
 */
@FunctionalInterface
public interface Filter {
  /**
   * Handles one request, usually by delegating to {@code next}.
   *
   * @param exchange the request
   * @param next the rest of the chain (later filters, then the route's handler)
   * @return the answer, never null
   */
  Reply filter(Exchange exchange, Handler next);
}
