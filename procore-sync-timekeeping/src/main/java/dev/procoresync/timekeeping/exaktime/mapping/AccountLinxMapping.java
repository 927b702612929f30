package dev.procoresync.timekeeping.exaktime.mapping;

import dev.procoresync.core.model.TimecardEntryUpdate;
import dev.procoresync.core.origin.OriginId;
import dev.procoresync.core.validation.Violation;
import dev.procoresync.timekeeping.exaktime.model.ExakTimeTimeRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ExakTime time record as a Procore timecard entry (AccountLinx): its key, where it goes (the
 * location ID {@code 200.005} names project {@code 200} and its sub job {@code 005}), and the
 * entry's body.
 *
 * <pre>{@code
 * String key = AccountLinxMapping.key(record);            // exaktime:time_record:42
 * String project = AccountLinxMapping.projectNumber(record); // "200"
 * }</pre>
 */
public final class AccountLinxMapping {
  private AccountLinxMapping() {}

  /**
   * Returns the key of a time record: {@code exaktime:time_record:<id>}.
   *
   * @param record the record
   * @return the key
   */
  public static String key(ExakTimeTimeRecord record) {
    return OriginId.of("exaktime", "time_record", Long.toString(record.id())).format();
  }

  /**
   * Returns the project number of a record's location: the part before the first dot.
   *
   * @param record the record
   * @return the project number
   */
  public static String projectNumber(ExakTimeTimeRecord record) {
    String id = record.locationId().trim();
    int dot = id.indexOf('.');
    return dot < 0 ? id : id.substring(0, dot);
  }

  /**
   * Returns the sub-job code of a record's location: the part after the first dot.
   *
   * @param record the record
   * @return the sub-job code, or empty for a project location
   */
  public static Optional<String> subJobCode(ExakTimeTimeRecord record) {
    String id = record.locationId().trim();
    int dot = id.indexOf('.');
    return dot < 0 || dot == id.length() - 1
        ? Optional.empty()
        : Optional.of(id.substring(dot + 1));
  }

  /**
   * Returns what keeps a record from being exported by itself: still clocked in, a clock-out not
   * after the clock-in, over 24 hours.
   *
   * @param record the record
   * @return the violations; empty when it can be exported
   */
  public static List<Violation> violations(ExakTimeTimeRecord record) {
    if (record.timeOut().isEmpty()) {
      return List.of(
          Violation.of(
              "accountlinx.time_record.open",
              "time_out",
              null,
              "the employee is still clocked in; the record is exported after the clock-out"));
    }
    Duration length = Duration.between(record.timeIn(), record.timeOut().get());
    if (length.isNegative() || length.isZero() || length.compareTo(Duration.ofHours(24)) > 0) {
      return List.of(
          Violation.of(
              "accountlinx.time_record.length",
              "time_out",
              record.timeOut().get(),
              "the record lasts "
                  + length.toMinutes()
                  + " minutes; Procore takes more than 0 and at most 24 hours an entry"));
    }
    return List.of();
  }

  /**
   * Returns the hours of a closed record, to two decimals.
   *
   * @param record the record
   * @return the hours
   * @throws IllegalArgumentException when the record has no clock-out
   */
  public static BigDecimal hours(ExakTimeTimeRecord record) {
    Instants.check(record);
    long seconds = Duration.between(record.timeIn(), record.timeOut().get()).toSeconds();
    return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
  }

  /**
   * Returns the timecard entry of a record.
   *
   * @param record the record (closed)
   * @param projectId the Procore project
   * @param partyId the Procore person
   * @param costCodeId the Procore cost code, or empty
   * @param subJobId the Procore sub job, or empty
   * @param originId the entry's integer origin id
   * @param zone the zone that gives the entry's date (the day of the clock-in)
   * @return the body
   */
  public static TimecardEntryUpdate entry(
      ExakTimeTimeRecord record,
      long projectId,
      long partyId,
      Optional<Long> costCodeId,
      Optional<Long> subJobId,
      long originId,
      ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return TimecardEntryUpdate.builder()
        .projectId(projectId)
        .date(LocalDate.ofInstant(record.timeIn(), zone))
        .hours(hours(record))
        .partyId(partyId)
        .costCodeId(costCodeId)
        .subJobId(subJobId)
        .originId(originId)
        .originData(key(record))
        .build();
  }

  private static final class Instants {
    static void check(ExakTimeTimeRecord record) {
      if (record.timeOut().isEmpty()) {
        throw new IllegalArgumentException("time record " + record.id() + " has no time_out");
      }
    }
  }
}
