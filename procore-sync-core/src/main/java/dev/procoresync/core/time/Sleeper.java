package dev.procoresync.core.time;

import java.time.Duration;

/**
 * Waits. Every pause of the library (rate-limit pacing, Retry-After, backoff) goes through a
 * sleeper, so that a test can substitute one that advances a fake clock instead of blocking.
 *
 * <pre>{@code
 * Sleeper real = Sleeper.system();
 * real.sleep(Duration.ofMillis(250));
 * }</pre>
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits for {@code duration}.
   *
   * @param duration how long to wait; zero or negative returns at once
   * @throws InterruptedException when the waiting thread is interrupted
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Returns the sleeper that blocks the calling thread with {@link Thread#sleep(long)}.
   *
   * @return the real-time sleeper
   */
  static Sleeper system() {
    return duration -> {
      if (!duration.isNegative() && !duration.isZero()) {
        Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
      }
    };
  }
}
