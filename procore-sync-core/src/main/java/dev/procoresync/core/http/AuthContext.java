package dev.procoresync.core.http;

import dev.procoresync.core.time.Sleeper;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an {@link Authentication} may use from the service it authenticates for: the client for
 * token and login requests, the clock, the sleeper, the retry policy and the request listeners.
 * Created by {@link HttpService}.
 *
 * <pre>{@code
 * Response r = context.tokenClient().newCall(loginRequest).execute();
 * }</pre>
 */
public final class AuthContext {
  private static final Logger LOG = LoggerFactory.getLogger(AuthContext.class);

  private final String serviceName;
  private final OkHttpClient tokenClient;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RetryPolicy retryPolicy;
  private final List<RequestListener> listeners;

  AuthContext(
      String serviceName,
      OkHttpClient tokenClient,
      Clock clock,
      Sleeper sleeper,
      RetryPolicy retryPolicy,
      List<RequestListener> listeners) {
    this.serviceName = Objects.requireNonNull(serviceName, "serviceName");
    this.tokenClient = Objects.requireNonNull(tokenClient, "tokenClient");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    this.listeners = List.copyOf(listeners);
  }

  /**
   * Returns the name of the service being authenticated for.
   *
   * @return the service name
   */
  public String serviceName() {
    return serviceName;
  }

  /**
   * Returns the OkHttp client for token and login requests: it shares the service's connection
   * pool, timeouts and proxy, carries the user agent, and has none of the host's interceptors and
   * none of the service pipeline (no rate limit, no retries, no listener events of its own).
   *
   * @return the token client
   */
  public OkHttpClient tokenClient() {
    return tokenClient;
  }

  /**
   * Returns the service's clock (token expiry is measured on it).
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns the service's sleeper (backoff between token request retries).
   *
   * @return the sleeper
   */
  public Sleeper sleeper() {
    return sleeper;
  }

  /**
   * Returns the service's retry policy.
   *
   * @return the policy
   */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * Reports a token or login request to the service's request listeners, as the pipeline does for
   * the service's own requests. A listener that throws is logged and ignored.
   *
   * @param event the event
   */
  public void report(RequestEvent event) {
    Objects.requireNonNull(event, "event");
    LOG.debug("{}", event);
    for (RequestListener listener : listeners) {
      try {
        listener.onRequest(event);
      } catch (RuntimeException e) {
        LOG.warn("request listener failed on {} {}", event.method(), event.pathTemplate(), e);
      }
    }
  }

  @Override
  public String toString() {
    return "AuthContext{" + serviceName + "}";
  }
}
