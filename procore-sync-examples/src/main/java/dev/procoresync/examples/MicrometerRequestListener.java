package dev.procoresync.examples;

import dev.procoresync.core.http.RequestEvent;
import dev.procoresync.core.http.RequestListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;

/**
 * The README's Micrometer recipe: records every {@link RequestEvent} the client reports into a
 * {@link MeterRegistry}. It lives in the examples, not in the library, so the library never depends
 * on a metrics API; copy it into your application.
 *
 * <p>Meters, each tagged {@code service}, {@code method}, {@code uri} (the low-cardinality {@link
 * RequestEvent#pathTemplate()}, never the path with ids) and {@code status} ({@code "0"} when no
 * answer came):
 *
 * <ul>
 *   <li>{@code procore_sync.requests}: a timer of each logical request's elapsed time, waits
 *       included;
 *   <li>{@code procore_sync.request.attempts}: a counter of the attempts sent;
 *   <li>{@code procore_sync.request.retries}: a counter of the attempts after the first;
 *   <li>{@code procore_sync.rate_limit.wait}: a timer of the time spent waiting for the rate limit,
 *       recorded only for requests that waited;
 *   <li>{@code procore_sync.backoff.wait}: a timer of the time spent in retry backoff, recorded
 *       only for requests that backed off.
 * </ul>
 *
 * <pre>{@code
 * MeterRegistry registry = ...; // Spring Boot: the injected one
 * ProcoreClient client = ProcoreClient.builder()
 *     .requestListener(new MicrometerRequestListener(registry))
 *     ...
 *     .build();
 * }</pre>
 */
public final class MicrometerRequestListener implements RequestListener {
  /** The timer of every logical request. */
  public static final String REQUESTS = "procore_sync.requests";

  /** The counter of attempts sent. */
  public static final String ATTEMPTS = "procore_sync.request.attempts";

  /** The counter of attempts after the first. */
  public static final String RETRIES = "procore_sync.request.retries";

  /** The timer of time spent waiting for the rate limit. */
  public static final String RATE_LIMIT_WAIT = "procore_sync.rate_limit.wait";

  /** The timer of time spent in retry backoff. */
  public static final String BACKOFF_WAIT = "procore_sync.backoff.wait";

  private final MeterRegistry registry;

  /**
   * Creates a listener that records into {@code registry}.
   *
   * @param registry the registry the meters are registered in
   * @throws NullPointerException when {@code registry} is null
   */
  public MicrometerRequestListener(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Override
  public void onRequest(RequestEvent event) {
    Tags tags =
        Tags.of(
            "service", event.service(),
            "method", event.method(),
            "uri", event.pathTemplate(),
            "status", Integer.toString(event.status()));
    Timer.builder(REQUESTS)
        .description("Logical requests to a service, retries and waits included")
        .tags(tags)
        .register(registry)
        .record(event.elapsed());
    Counter.builder(ATTEMPTS)
        .description("Attempts sent")
        .tags(tags)
        .register(registry)
        .increment(event.attempts());
    Counter.builder(RETRIES)
        .description("Attempts sent after the first")
        .tags(tags)
        .register(registry)
        .increment(event.retries());
    if (!event.rateLimitWait().isZero()) {
      Timer.builder(RATE_LIMIT_WAIT)
          .description("Time spent waiting for the rate limit")
          .tags(tags)
          .register(registry)
          .record(event.rateLimitWait());
    }
    if (!event.backoffWait().isZero()) {
      Timer.builder(BACKOFF_WAIT)
          .description("Time spent in retry backoff")
          .tags(tags)
          .register(registry)
          .record(event.backoffWait());
    }
  }

  @Override
  public String toString() {
    return "MicrometerRequestListener{registry=" + registry.getClass().getSimpleName() + "}";
  }
}
