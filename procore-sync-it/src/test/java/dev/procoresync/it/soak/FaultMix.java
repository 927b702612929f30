package dev.procoresync.it.soak;

import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.Fault;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A random mix of faults, drawn from one seed and injected into a fake Procore: 429 with and
 * without Retry-After, 503 with Retry-After, 500/502/504, connection resets and timeouts after a
 * write (the fake stores, then answers after the client's read timeout).
 */
final class FaultMix {
  /**
   * Whether timeouts after a write are injected (on by default; {@code
   * -Dprocoresync.soak.timeoutAfterWrite=false} leaves them out). A sync call that times out after
   * Procore stored its records is an unknown outcome: the template looks the records up before it
   * reports them, so what the report says matches what the fake holds.
   */
  static final boolean TIMEOUT_AFTER_WRITE =
      Boolean.parseBoolean(System.getProperty("procoresync.soak.timeoutAfterWrite", "true"));

  /**
   * The client's socket timeouts (real time): 1.5 s when timeouts after a write are injected (long
   * enough that a busy 2-core build machine never times out a call the fake answered, short enough
   * to keep the soak within the build's budget), else 10 s.
   */
  static final Duration READ_TIMEOUT =
      TIMEOUT_AFTER_WRITE ? Duration.ofMillis(1500) : Duration.ofSeconds(10);

  /** How long a timed-out write's answer is held back (real time, beyond the read timeout). */
  static final Duration HELD_ANSWER = Duration.ofMillis(2000);

  private final List<String> injected = new ArrayList<>();
  private final Set<String> targets = new LinkedHashSet<>();

  /**
   * Injects between 0 and {@code maxFaults} faults.
   *
   * @param rng the seed's generator
   * @param fake the fake
   * @param patterns request patterns a fault may target (reads and writes)
   * @param writePattern the write a timeout-after-write targets, or null for a read-only flow
   * @param maxFaults the most faults
   */
  FaultMix inject(
      SplittableRandom rng,
      FakeProcore fake,
      List<String> patterns,
      String writePattern,
      int maxFaults) {
    int count = rng.nextInt(maxFaults + 1);
    for (int i = 0; i < count; i++) {
      int times = 1 + rng.nextInt(rng.nextInt(8) == 0 ? 6 : 3);
      Fault fault;
      String pattern = patterns.get(rng.nextInt(patterns.size()));
      int kind = rng.nextInt(writePattern == null || !TIMEOUT_AFTER_WRITE ? 8 : 9);
      switch (kind) {
        case 0:
          fault = Fault.tooManyRequests();
          break;
        case 1:
          fault = Fault.tooManyRequests(Duration.ofSeconds(1 + rng.nextInt(60)));
          break;
        case 2:
          fault = Fault.serviceUnavailable(Duration.ofSeconds(1 + rng.nextInt(120)));
          break;
        case 3:
          fault = Fault.status(500);
          break;
        case 4:
          fault = Fault.status(502);
          break;
        case 5:
          fault = Fault.status(504);
          break;
        case 6:
        case 7:
          fault = Fault.connectionReset();
          break;
        default:
          fault = Fault.timeoutAfterWrite(HELD_ANSWER);
          pattern = writePattern;
          times = 1;
      }
      fake.failNext(pattern, times, fault);
      targets.add(pattern);
      injected.add(times + "x " + pattern + " " + fault);
    }
    return this;
  }

  /**
   * Consumes the faults a run left unused, so that the clean reruns see none: sends each targeted
   * request without credentials (a fault is applied before authentication; a request that meets no
   * fault is refused with 401 and changes nothing).
   *
   * @param fake the fake
   */
  void drain(FakeProcore fake) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    for (int round = 0; round < 100 && fake.pendingFaults() > 0; round++) {
      for (String pattern : targets) {
        String[] parts = pattern.split(" ", 2);
        String method = parts.length == 2 ? parts[0] : "GET";
        String path = parts.length == 2 ? parts[1] : parts[0];
        path = path.replace("/**", "/v1.0/vendors").replace("*", "");
        String base = path.startsWith("/oauth") ? fake.loginBaseUrl() : fake.apiBaseUrl();
        HttpRequest request =
            HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(2))
                .method(
                    method,
                    "GET".equals(method)
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json")
                .build();
        try {
          http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
          // a reset or a held answer: the fault was consumed
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted while draining faults", e);
        }
      }
    }
    if (fake.pendingFaults() > 0) {
      throw new AssertionError(fake.pendingFaults() + " faults could not be drained: " + this);
    }
  }

  int count() {
    return injected.size();
  }

  @Override
  public String toString() {
    return injected.toString();
  }
}
