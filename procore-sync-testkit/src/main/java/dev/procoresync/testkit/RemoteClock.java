package dev.procoresync.testkit;

import dev.procoresync.core.time.Sleeper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A {@link Clock} that reads the {@link FakeClock} another process serves with {@link
 * dev.procoresync.testkit.http.ClockRoutes} (the fake Procore serves its clock so): forked JVMs
 * under test then share one fake clock, and nothing sleeps. Every {@link #instant()} is one HTTP
 * call on loopback. {@link #sleeper()} moves the shared clock forward instead of blocking.
 *
 * <pre>{@code
 * // in a forked process, given the fake's base URL
 * RemoteClock clock = RemoteClock.of(args[0]);
 * ProcoreClient client = ProcoreClient.builder()...clock(clock).sleeper(clock.sleeper()).build();
 * }</pre>
 */
public final class RemoteClock extends Clock {
  private final URI uri;
  private final HttpClient http;
  private final ZoneId zone;

  private RemoteClock(URI uri, HttpClient http, ZoneId zone) {
    this.uri = uri;
    this.http = http;
    this.zone = zone;
  }

  /**
   * Returns a clock reading the fake clock served at {@code baseUrl}.
   *
   * @param baseUrl the serving fake's base URL, such as {@code http://127.0.0.1:53117}
   * @return the clock, in UTC
   * @throws IllegalArgumentException when the URL is not a valid URI
   */
  public static RemoteClock of(String baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    URI uri = URI.create(baseUrl.replaceAll("/+$", "") + "/__testkit/clock");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    return new RemoteClock(uri, http, ZoneOffset.UTC);
  }

  private String send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "the clock at " + uri + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body().trim();
    } catch (IOException e) {
      throw new UncheckedIOException("the clock at " + uri + " did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the clock at " + uri, e);
    }
  }

  @Override
  public Instant instant() {
    return Instant.parse(send(HttpRequest.newBuilder(uri).GET().build()));
  }

  /**
   * Moves the shared clock forward to {@code target} (never back).
   *
   * @param target the instant
   * @return the shared clock's instant after the call
   */
  public Instant advanceTo(Instant target) {
    Objects.requireNonNull(target, "target");
    URI advance = URI.create(uri + "/advance-to");
    return Instant.parse(
        send(
            HttpRequest.newBuilder(advance)
                .POST(HttpRequest.BodyPublishers.ofString(target.toString()))
                .build()));
  }

  /**
   * Returns a sleeper that moves the shared clock forward by each pause (to the instant this
   * process read plus the pause; other processes' pauses to earlier instants do not add up).
   *
   * @return the sleeper
   */
  public Sleeper sleeper() {
    return duration -> {
      if (!duration.isNegative() && !duration.isZero()) {
        advanceTo(instant().plus(duration));
      }
    };
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new RemoteClock(uri, http, Objects.requireNonNull(zone, "zone"));
  }

  @Override
  public String toString() {
    return "RemoteClock{" + uri + "}";
  }
}
