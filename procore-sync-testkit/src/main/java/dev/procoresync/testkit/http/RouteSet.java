package dev.procoresync.testkit.http;

/**
 * A service's routes, added to a {@link FakeServer}: a fake is one or more route sets on the engine
 * (Procore's login host and API, a Business Central OData service, a GraphQL endpoint). A server
 * may carry several route sets; each keeps its own {@linkplain Routes#filter(Filter) filters}.
 *
 * <pre>{@code
 * RouteSet echo = routes -> routes
 *     .filter(apiKeyFilter)
 *     .add("GET", "/echo/{word}", ex -> Reply.text(200, "text/plain", ex.pathParam("word")));
 * FakeServer server = FakeServer.builder().routes(echo).start();
 * }</pre>
 */
@FunctionalInterface
public interface RouteSet {
  /**
   * Adds this set's filters and routes.
   *
   * @param routes the registry of this set on the server being built
   */
  void addTo(Routes routes);
}
