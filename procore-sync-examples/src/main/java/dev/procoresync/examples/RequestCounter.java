package dev.procoresync.examples;

import dev.procoresync.core.http.RequestEvent;
import dev.procoresync.core.http.RequestListener;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counts what the client spent, from its request listener: requests by kind, 429 answers and the
 * time waited for the rate limit. The demo prints one line of it after each flow.
 */
public final class RequestCounter implements RequestListener {
  private final AtomicLong reads = new AtomicLong();
  private final AtomicLong writes = new AtomicLong();
  private final AtomicLong tokens = new AtomicLong();
  private final AtomicLong tooMany = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();
  private final AtomicReference<Duration> waited = new AtomicReference<>(Duration.ZERO);

  /** Creates a counter at zero. */
  public RequestCounter() {}

  @Override
  public void onRequest(RequestEvent event) {
    if (event.path().startsWith("/oauth/")) {
      tokens.incrementAndGet();
    } else if (event.method().equals("GET")) {
      reads.incrementAndGet();
    } else {
      writes.incrementAndGet();
    }
    if (event.status() == 429) {
      tooMany.incrementAndGet();
    }
    retries.addAndGet(event.retries());
    waited.accumulateAndGet(event.rateLimitWait().plus(event.backoffWait()), Duration::plus);
  }

  /**
   * Returns the number of write requests (anything but GET, token requests excluded).
   *
   * @return writes seen so far
   */
  public long writes() {
    return writes.get();
  }

  /**
   * Returns a snapshot and resets the counter to zero.
   *
   * @return one line: reads, writes, token requests, 429s, retries, time waited
   */
  public String drain() {
    return "requests: "
        + plural(reads.getAndSet(0), "read")
        + ", "
        + plural(writes.getAndSet(0), "write")
        + ", "
        + plural(tokens.getAndSet(0), "token request")
        + "; "
        + tooMany.getAndSet(0)
        + " answered 429, "
        + plural(retries.getAndSet(0), "retry", "retries")
        + ", "
        + human(waited.getAndSet(Duration.ZERO))
        + " waited for the rate limit or backoff (fake clock)";
  }

  /**
   * Returns {@code count} followed by the noun, in the singular for one.
   *
   * @param count how many
   * @param noun the singular noun; the plural adds "s"
   * @return for example {@code "1 read"} or {@code "2 reads"}
   */
  static String plural(long count, String noun) {
    return plural(count, noun, noun + "s");
  }

  private static String plural(long count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }

  private static String human(Duration d) {
    long seconds = d.toSeconds();
    return seconds >= 60
        ? String.format("%dm%02ds", seconds / 60, seconds % 60)
        : String.format("%.1fs", d.toMillis() / 1000.0);
  }

  @Override
  public String toString() {
    return "RequestCounter{writes=" + writes.get() + "}";
  }
}
