package dev.procoresync.core.http;

/**
 * Sees every logical request the client makes, once it is over (after its retries), for metrics or
 * audit logs.
 *
 * <p>Called on the requesting thread; keep it fast and never throw from it (an exception thrown by
 * a listener is logged and ignored).
 *
 * <pre>{@code
 * ProcoreClient.builder()
 *     .requestListener(e -> log.info("procore {}", e))
 *     ...
 * }</pre>
 */
@FunctionalInterface
public interface RequestListener {

  /**
   * Receives the outcome of one request.
   *
   * @param event what happened
   */
  void onRequest(RequestEvent event);

  /**
   * Returns a listener that does nothing.
   *
   * @return the no-op listener
   */
  static RequestListener none() {
    return event -> {};
  }
}
