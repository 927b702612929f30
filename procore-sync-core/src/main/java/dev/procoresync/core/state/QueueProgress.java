package dev.procoresync.core.state;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How far the requests of a run, or of a Web Connector session, have come: counts per {@link
 * QueuedRequest.State}, the percent done the service returns to the Web Connector, and when the run
 * became final.
 *
 * <pre>{@code
 * QueueProgress p = queue.runProgress("run-42");
 * if (p.finalAt().isPresent()) { ... } // the run's report is final
 * int percent = p.percentDone();         // 0..100, 100 only when nothing remains
 * }</pre>
 */
@Value.Immutable
public abstract class QueueProgress {
  QueueProgress() {}

  /**
   * Returns a new, empty builder of {@code QueueProgress} values.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset; a setter given {@code null} for a required attribute throws {@link
   * NullPointerException} naming it.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Returns how many requests wait to be claimed.
   *
   * @return the count, at least 0
   */
  public abstract long pending();

  /**
   * Returns how many requests were handed out and await their answer.
   *
   * @return the count, at least 0
   */
  public abstract long claimed();

  /**
   * Returns how many requests were answered.
   *
   * @return the count, at least 0
   */
  public abstract long answered();

  /**
   * Returns how many requests failed.
   *
   * @return the count, at least 0
   */
  public abstract long failed();

  /**
   * Returns when the run became final: when the session that settled its last request closed.
   * Always empty for a session's progress.
   *
   * @return the instant the run became final, if it did
   */
  public abstract Optional<Instant> finalAt();

  /**
   * Returns how many requests are settled (answered or failed).
   *
   * @return {@code answered() + failed()}
   */
  public long settled() {
    return answered() + failed();
  }

  /**
   * Returns how many requests are not settled yet (pending or claimed).
   *
   * @return {@code pending() + claimed()}
   */
  public long remaining() {
    return pending() + claimed();
  }

  /**
   * Returns the percent done as the Web Connector expects it from {@code receiveResponseXML}:
   * {@code 100} exactly when nothing remains, otherwise {@code settled * 100 / (settled +
   * remaining)} rounded down and kept between 0 and 99, so that the Web Connector never stops while
   * work remains.
   *
   * @return 0 to 100
   */
  public int percentDone() {
    if (remaining() == 0) {
      return 100;
    }
    long percent = settled() * 100 / (settled() + remaining());
    return (int) Math.min(99, percent);
  }

  @Value.Check
  void check() {
    if (pending() < 0 || claimed() < 0 || answered() < 0 || failed() < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative: pending="
              + pending()
              + " claimed="
              + claimed()
              + " answered="
              + answered()
              + " failed="
              + failed());
    }
  }

  /**
   * Builds {@code QueueProgress} values: a setter per attribute, {@code from(value)} and {@code
   * build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder is not thread
   * safe.
   */
  public static final class Builder extends QueueProgressBuilder {
    Builder() {}
  }
}
