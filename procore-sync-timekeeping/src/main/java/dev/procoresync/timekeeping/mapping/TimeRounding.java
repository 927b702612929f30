package dev.procoresync.timekeeping.mapping;

import dev.procoresync.timekeeping.model.RoundingPolicy;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Rounds clock times by the company's {@link RoundingPolicy}, clock-in and clock-out separately, on
 * the grid of the project's local time (docs/decisions/0300).
 *
 * <ul>
 *   <li>{@code DOWN}: both to the increment at or before the punch; {@code UP}: both to the one at
 *       or after it.
 *   <li>{@code FAVOR_EMPLOYEE}: clock-in down, clock-out up.
 *   <li>{@code NEAREST}: up when the punch is at least {@code floor(increment / 2)} whole minutes
 *       past the increment before it, else down. This is Procore's own published example (11:37
 *       becomes 11:45 with 15 minutes); for 6 and 10 minutes it is plain half-up.
 *   <li>A punch already on the grid (to the second) stays where it is, whatever the rule.
 *   <li>A clock-out at 23:59 local (any second of that minute) becomes the next midnight, whatever
 *       the rule, as Procore does; a clock-in at 23:59 follows the rule.
 *   <li>With the policy {@link RoundingPolicy#off() off}, times are returned unchanged.
 * </ul>
 *
 * <p>The grid is the project's local minutes: the local time of the punch is rounded and mapped
 * back with the punch's own offset, so a zone at {@code +05:45} rounds on its own quarter hours and
 * the result is a real instant on daylight-saving days too.
 *
 * <pre>{@code
 * RoundingPolicy p = RoundingPolicy.of(15, RoundingRule.FAVOR_EMPLOYEE);
 * ZoneId zone = ZoneId.of("America/Chicago");
 * RoundedTimes t = TimeRounding.round(Instant.parse("2026-03-09T12:55:00Z"),
 *     Instant.parse("2026-03-09T16:37:00Z"), zone, p);   // 07:45 and 11:45 local
 * }</pre>
 */
public final class TimeRounding {
  private static final long DAY = 86_400;
  private static final long LAST_MINUTE = DAY - 60;

  private TimeRounding() {}

  /**
   * Rounds a clock-in.
   *
   * @param punch the clock-in as punched
   * @param zone the project's zone
   * @param policy the company's policy
   * @return the rounded clock-in
   * @throws NullPointerException when an argument is {@code null}
   */
  public static Instant roundIn(Instant punch, ZoneId zone, RoundingPolicy policy) {
    return round(punch, zone, policy, false);
  }

  /**
   * Rounds a clock-out.
   *
   * @param punch the clock-out as punched
   * @param zone the project's zone
   * @param policy the company's policy
   * @return the rounded clock-out
   * @throws NullPointerException when an argument is {@code null}
   */
  public static Instant roundOut(Instant punch, ZoneId zone, RoundingPolicy policy) {
    return round(punch, zone, policy, true);
  }

  /**
   * Rounds a clock-in and clock-out and keeps both the actual and the rounded times.
   *
   * @param start the clock-in as punched
   * @param end the clock-out as punched
   * @param zone the project's zone
   * @param policy the company's policy
   * @return the actual and rounded times
   * @throws NullPointerException when an argument is {@code null}
   */
  public static RoundedTimes round(Instant start, Instant end, ZoneId zone, RoundingPolicy policy) {
    return RoundedTimes.builder()
        .actualStart(start)
        .actualEnd(end)
        .roundedStart(roundIn(start, zone, policy))
        .roundedEnd(roundOut(end, zone, policy))
        .build();
  }

  private static Instant round(Instant punch, ZoneId zone, RoundingPolicy policy, boolean out) {
    Objects.requireNonNull(punch, "punch");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(policy, "policy");
    if (!policy.enabled()) {
      return punch;
    }
    long offset = zone.getRules().getOffset(punch).getTotalSeconds();
    long local = punch.getEpochSecond() + offset;
    int nanos = punch.getNano();
    if (out && Math.floorMod(local, DAY) >= LAST_MINUTE) {
      return Instant.ofEpochSecond(local - Math.floorMod(local, DAY) + DAY - offset);
    }
    long increment = policy.incrementMinutes() * 60L;
    long past = Math.floorMod(local, increment);
    if (past == 0 && nanos == 0) {
      return punch;
    }
    long down = local - past;
    boolean up;
    switch (policy.rule()) {
      case UP:
        up = true;
        break;
      case DOWN:
        up = false;
        break;
      case FAVOR_EMPLOYEE:
        up = out;
        break;
      case NEAREST:
        up = past >= (policy.incrementMinutes() / 2) * 60L;
        break;
      default:
        throw new IllegalStateException("rounding rule " + policy.rule() + " cannot be applied");
    }
    return Instant.ofEpochSecond((up ? down + increment : down) - offset);
  }
}
