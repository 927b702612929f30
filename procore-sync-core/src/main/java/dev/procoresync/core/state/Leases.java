package dev.procoresync.core.state;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Argument checks and arithmetic shared by the lease implementations. */
final class Leases {
  private Leases() {}

  /**
   * Returns {@code now + leaseTime} after checking both.
   *
   * @throws IllegalArgumentException when the lease time is not positive
   */
  static Instant expiry(Instant now, Duration leaseTime) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(leaseTime, "leaseTime");
    if (leaseTime.isNegative() || leaseTime.isZero()) {
      throw new IllegalArgumentException("leaseTime must be positive, got " + leaseTime);
    }
    return now.plus(leaseTime);
  }
}
