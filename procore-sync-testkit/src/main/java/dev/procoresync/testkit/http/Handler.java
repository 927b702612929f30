package dev.procoresync.testkit.http;

/**
 * What a fake does for one route: reads the {@link Exchange} and returns the {@link Reply}.
 * Handlers run on the server's threads, several at once: a handler that touches shared state guards
 * it (a {@link RecordStore} does so itself).
 *
 * <pre>{@code
 * Handler hello = exchange -> Reply.text(200, "text/plain", "hello " + exchange.pathParam("name"));
 * }</pre>
 *
 * <p>A handler that finds the request wrong deep inside its own code may throw {@link
 * ReplyException} with the answer to send instead; any other exception becomes a 500 whose body
 * names it (a bug in the fake, not a service answer).
 */
@FunctionalInterface
public interface Handler {
  /**
   * Answers one request.
   *
   * @param exchange the request, with the path parameters of its route
   * @return the answer, never null
   */
  Reply handle(Exchange exchange);
}
