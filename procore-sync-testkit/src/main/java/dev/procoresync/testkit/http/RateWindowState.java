package dev.procoresync.testkit.http;

import java.time.Instant;
import java.util.Objects;

/**
 * Where one fixed rate window of one key stands after a request: what {@link RateHeaders} turn into
 * response headers.
 *
 * @param limit requests the window allows
 * @param remaining requests left in it (0 on a refusal)
 * @param reset when it closes, on the fake clock
 */
public record RateWindowState(int limit, int remaining, Instant reset) {
  /**
   * Checks the state.
   *
   * @throws IllegalArgumentException when {@code limit} is below 1 or {@code remaining} outside
   *     0..limit
   * @param limit requests the window allows
   * @param remaining requests left in it (0 on a refusal)
   * @param reset when it closes, on the fake clock
   */
  public RateWindowState {
    Objects.requireNonNull(reset, "reset");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got: " + limit);
    }
    if (remaining < 0 || remaining > limit) {
      throw new IllegalArgumentException("remaining must be 0.." + limit + ", got: " + remaining);
    }
  }

  /**
   * Returns the reset as whole unix seconds, rounded up (a window closing at 12.3 s is reported as
   * 13 s: a client that waits until then is never early).
   *
   * @return epoch seconds
   */
  public long resetEpochSecondCeiling() {
    return reset.getNano() == 0 ? reset.getEpochSecond() : reset.getEpochSecond() + 1;
  }
}
