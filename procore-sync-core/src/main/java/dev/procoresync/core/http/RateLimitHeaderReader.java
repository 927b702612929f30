package dev.procoresync.core.http;

import java.time.Instant;
import java.util.Optional;
import okhttp3.Headers;

/**
 * Reads a service's rate-limit window from an answer's headers, for {@link
 * RateLimiter#fromHeaders}. Must never throw on what a server sends: an unreadable or absent value
 * is empty.
 *
 * <pre>{@code
 * RateLimitHeaderReader reader = (headers, now) -> Optional.empty(); // a service without headers
 * }</pre>
 */
@FunctionalInterface
public interface RateLimitHeaderReader {

  /**
   * Reads the window.
   *
   * @param headers the answer's headers
   * @param now the current instant
   * @return the window, or empty when the headers do not describe one
   */
  Optional<RateLimitSnapshot> read(Headers headers, Instant now);
}
