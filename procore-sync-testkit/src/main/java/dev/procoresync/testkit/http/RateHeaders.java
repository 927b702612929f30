package dev.procoresync.testkit.http;

import java.util.Objects;

/**
 * How a fake tells its clients where their rate window stands: adds headers to a reply, given the
 * window that matters most (the one with fewest requests left, or the one that refused).
 *
 * <pre>{@code
 * RateHeaders procoreStyle = RateHeaders.xRateLimit();   // X-Rate-Limit-Limit/-Remaining/-Reset
 * RateHeaders businessCentral = RateHeaders.none();     // BC sends none
 * }</pre>
 */
@FunctionalInterface
public interface RateHeaders {
  /**
   * Adds the headers that describe {@code window} to {@code reply}.
   *
   * @param reply the answer so far
   * @param window the window to describe
   * @return the answer with the headers
   */
  Reply addTo(Reply reply, RateWindowState window);

  /**
   * Sends no rate headers.
   *
   * @return the strategy
   */
  static RateHeaders none() {
    return (reply, window) -> reply;
  }

  /**
   * Procore's headers: {@code X-Rate-Limit-Limit}, {@code X-Rate-Limit-Remaining} and {@code
   * X-Rate-Limit-Reset} (unix seconds, rounded up).
   *
   * @return the strategy
   */
  static RateHeaders xRateLimit() {
    return named("X-Rate-Limit-Limit", "X-Rate-Limit-Remaining", "X-Rate-Limit-Reset");
  }

  /**
   * Headers of other names with the same meaning (the reset in unix seconds, rounded up).
   *
   * @param limit the header of the window's limit
   * @param remaining the header of the requests left
   * @param reset the header of the reset time
   * @return the strategy
   */
  static RateHeaders named(String limit, String remaining, String reset) {
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(remaining, "remaining");
    Objects.requireNonNull(reset, "reset");
    return (reply, window) ->
        reply
            .withHeader(limit, Integer.toString(window.limit()))
            .withHeader(remaining, Integer.toString(window.remaining()))
            .withHeader(reset, Long.toString(window.resetEpochSecondCeiling()));
  }
}
