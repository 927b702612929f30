package dev.procoresync.testkit.http;

import dev.procoresync.testkit.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Serves a {@link FakeClock} to other processes, so that forked JVMs under test read (and advance)
 * one clock: {@code GET /__testkit/clock} answers the instant in ISO-8601 ({@code text/plain}), and
 * {@code POST /__testkit/clock/advance-to} with an ISO-8601 instant as its body moves the clock
 * forward to it (never back; an earlier instant leaves it where it is) and answers the instant
 * after the call. {@link dev.procoresync.testkit.RemoteClock} is the client side.
 *
 * <pre>{@code
 * FakeServer server = FakeServer.builder().clock(clock).routes(ClockRoutes.of(clock)).start();
 * Clock shared = RemoteClock.of(server.baseUrl()); // in the forked process
 * }</pre>
 */
public final class ClockRoutes implements RouteSet {
  /** The path of the clock. */
  public static final String PATH = "/__testkit/clock";

  private final FakeClock clock;

  private ClockRoutes(FakeClock clock) {
    this.clock = clock;
  }

  /**
   * Returns the routes serving {@code clock}.
   *
   * @param clock the clock
   * @return the route set
   * @throws NullPointerException when {@code clock} is {@code null}
   */
  public static ClockRoutes of(FakeClock clock) {
    return new ClockRoutes(Objects.requireNonNull(clock, "clock"));
  }

  @Override
  public void addTo(Routes routes) {
    routes.get(PATH, ex -> Reply.text(200, "text/plain", clock.instant().toString()));
    routes.post(
        PATH + "/advance-to",
        ex -> {
          Instant target;
          try {
            target = Instant.parse(ex.body().trim());
          } catch (DateTimeParseException e) {
            return Reply.text(400, "text/plain", "body must be an ISO-8601 instant");
          }
          synchronized (clock) {
            Instant now = clock.instant();
            if (target.isAfter(now)) {
              clock.advance(Duration.between(now, target));
            }
            return Reply.text(200, "text/plain", clock.instant().toString());
          }
        });
  }

  @Override
  public String toString() {
    return "ClockRoutes{" + PATH + "}";
  }
}
