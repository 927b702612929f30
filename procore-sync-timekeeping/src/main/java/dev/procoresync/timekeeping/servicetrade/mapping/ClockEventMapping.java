package dev.procoresync.timekeeping.servicetrade.mapping;

import dev.procoresync.core.model.TimecardEntryUpdate;
import dev.procoresync.core.origin.OriginId;
import dev.procoresync.core.validation.Violation;
import dev.procoresync.timekeeping.mapping.RoundedTimes;
import dev.procoresync.timekeeping.mapping.TimeRounding;
import dev.procoresync.timekeeping.model.RoundingPolicy;
import dev.procoresync.timekeeping.servicetrade.model.ClockEventPair;
import dev.procoresync.timekeeping.servicetrade.model.ClockEventTimes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A ServiceTrade clock-in/clock-out pair as a Procore timecard entry: its key, its actual and
 * rounded times (the company's rounding rule applied to clock-in and clock-out separately, by
 * {@link TimeRounding}) and the entry's body.
 *
 * <pre>{@code
 * String key = ClockEventMapping.key(jobId, pair);
 * ClockEventTimes times = ClockEventMapping.times(key, pair, zone, policy);
 * }</pre>
 */
public final class ClockEventMapping {
  /** The most hours Procore takes on one entry. */
  public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(24);

  private ClockEventMapping() {}

  /**
   * Returns the key of a pair: {@code servicetrade:clock_event:<job>-<technician>-<clock-in Unix
   * seconds>} (ServiceTrade names no id for a pair; a technician clocks in at most once a second on
   * a job).
   *
   * @param jobId the job
   * @param pair the pair
   * @return the key
   */
  public static String key(long jobId, ClockEventPair pair) {
    Objects.requireNonNull(pair, "pair");
    long user = pair.start().user().map(u -> u.id()).orElse(0L);
    return OriginId.of(
            "servicetrade",
            "clock_event",
            jobId + "-" + user + "-" + pair.start().eventTime().getEpochSecond())
        .format();
  }

  /**
   * Returns what keeps a pair from becoming an entry: no clock-out yet, a clock-out not after the
   * clock-in, or more than 24 hours.
   *
   * @param pair the pair
   * @return the violations; empty when the pair can be sent
   */
  public static List<Violation> violations(ClockEventPair pair) {
    Objects.requireNonNull(pair, "pair");
    if (pair.end().isEmpty()) {
      return List.of(
          Violation.of(
              "servicetrade.clock_event.open",
              "end",
              null,
              "the technician is still clocked in; sync the event after the clock-out"));
    }
    Duration length = Duration.between(pair.start().eventTime(), pair.end().get().eventTime());
    if (length.isNegative() || length.isZero()) {
      return List.of(
          Violation.of(
              "servicetrade.clock_event.order",
              "end.eventTime",
              pair.end().get().eventTime(),
              "the clock-out is not after the clock-in ("
                  + pair.start().eventTime()
                  + "); correct the event in ServiceTrade"));
    }
    if (length.compareTo(Duration.ofHours(24)) > 0) {
      return List.of(
          Violation.of(
              "servicetrade.clock_event.too_long",
              "end.eventTime",
              pair.end().get().eventTime(),
              "the pair lasts "
                  + length.toMinutes()
                  + " minutes; Procore takes at most 24 hours an entry (a forgotten clock-out?)"));
    }
    return List.of();
  }

  /**
   * Returns the actual and rounded times of a closed pair.
   *
   * @param key the pair's key
   * @param pair the pair; it must have a clock-out
   * @param zone the project's zone (rounding and the entry's date are local to it)
   * @param policy the company's rounding rule ({@link RoundingPolicy#off()} for none)
   * @return the times
   * @throws IllegalArgumentException when the pair has no clock-out
   */
  public static ClockEventTimes times(
      String key, ClockEventPair pair, ZoneId zone, RoundingPolicy policy) {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(policy, "policy");
    if (pair.end().isEmpty()) {
      throw new IllegalArgumentException("pair " + key + " has no clock-out");
    }
    RoundedTimes rounded =
        TimeRounding.round(pair.start().eventTime(), pair.end().get().eventTime(), zone, policy);
    BigDecimal hours =
        BigDecimal.valueOf(Math.max(0, rounded.roundedDuration().toSeconds()))
            .divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    return ClockEventTimes.builder()
        .key(key)
        .actualIn(rounded.actualStart())
        .actualOut(rounded.actualEnd())
        .roundedIn(rounded.roundedStart())
        .roundedOut(rounded.roundedEnd())
        .date(LocalDate.ofInstant(rounded.roundedStart(), zone))
        .hours(hours.min(MAX_HOURS))
        .build();
  }

  /**
   * Returns the timecard entry of a pair.
   *
   * @param times the pair's times
   * @param partyId the Procore person (the technician's employee)
   * @param costCodeId the cost code
   * @param lineItemTypeId the cost type
   * @param originId the entry's integer origin id
   * @param zone the project's zone (start and stop times carry its offset)
   * @param startStop whether the project takes start and stop times (else total hours)
   * @return the entry's body
   */
  public static TimecardEntryUpdate entry(
      ClockEventTimes times,
      long partyId,
      long costCodeId,
      long lineItemTypeId,
      long originId,
      ZoneId zone,
      boolean startStop) {
    TimecardEntryUpdate.Builder b =
        TimecardEntryUpdate.builder()
            .date(times.date())
            .hours(times.hours())
            .partyId(partyId)
            .costCodeId(costCodeId)
            .lineItemTypeId(lineItemTypeId)
            .originId(originId)
            .originData(originData(times));
    if (startStop) {
      b.timeIn(times.roundedIn().atZone(zone).toOffsetDateTime())
          .timeOut(times.roundedOut().atZone(zone).toOffsetDateTime());
    }
    return b.build();
  }

  /**
   * Returns the entry's {@code origin_data}: the pair's key with its actual and rounded times, so
   * that Procore users see both.
   *
   * @param times the pair's times
   * @return the text
   */
  public static String originData(ClockEventTimes times) {
    return times.key()
        + " actual "
        + times.actualIn()
        + ".."
        + times.actualOut()
        + " rounded "
        + times.roundedIn()
        + ".."
        + times.roundedOut();
  }
}
