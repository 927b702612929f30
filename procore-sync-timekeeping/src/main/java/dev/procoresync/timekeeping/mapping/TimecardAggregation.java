package dev.procoresync.timekeeping.mapping;

import dev.procoresync.core.mapping.timesheet.EntryViolation;
import dev.procoresync.core.mapping.timesheet.TimeEntryView;
import dev.procoresync.core.mapping.timesheet.TimesheetRules;
import dev.procoresync.core.validation.Violation;
import dev.procoresync.timekeeping.model.TimeBreak;
import dev.procoresync.timekeeping.model.TimeEntry;
import dev.procoresync.timekeeping.model.TimecardMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns time entries into the Procore timecard lines to write (docs/decisions/0301).
 *
 * <ol>
 *   <li>Entries Procore cannot take are skipped with a violation: open entries ({@link
 *       TimesheetRules#OPEN_ENTRY}), entries without a project ({@link
 *       TimesheetRules#PROJECT_MISSING}) or whose project rolls up to nothing ({@link
 *       #PROJECT_UNKNOWN}), entries whose worked time is zero, negative or over 24 hours ({@link
 *       TimesheetRules#HOURS_ZERO}, {@link TimesheetRules#HOURS_NEGATIVE}, {@link
 *       TimesheetRules#HOURS_OVER_24}: a forgotten clock-out), and hours-only entries on a
 *       start/stop project ({@link #NEEDS_CLOCK_TIMES}).
 *   <li>Clock-in and clock-out are rounded separately by the company's policy; the worked time is
 *       rounded out minus rounded in minus breaks, on instants (23- and 25-hour days count their
 *       real length).
 *   <li>An entry crossing midnight goes on its clock-in date, or is cut at each local midnight, as
 *       {@link MidnightPolicy} says.
 *   <li>On a {@link TimecardMode#TOTAL_HOURS} project the entries of one worker, project, cost code
 *       and date become one line with their total; on a {@link TimecardMode#START_STOP} project
 *       each entry is its own line with its rounded times.
 * </ol>
 *
 * <p>Pure and single-pass: memory grows with the number of lines, not with the entries' breaks.
 *
 * <pre>{@code
 * TimecardPlan plan = TimecardAggregation.plan(entries, AggregationOptions.builder()
 *     .rounding(policy).projectOf(rollUp::get).build());
 * }</pre>
 */
public final class TimecardAggregation {
  /** The entry's project is not known to the roll-up. */
  public static final String PROJECT_UNKNOWN = "timekeeping.project_unknown";

  /** A start/stop project needs clock times; the entry has only hours. */
  public static final String NEEDS_CLOCK_TIMES = "timekeeping.needs_clock_times";

  private static final Duration DAY = Duration.ofHours(24);

  private TimecardAggregation() {}

  /**
   * Plans the timecard lines for a set of entries.
   *
   * @param entries the entries, of any workers and projects
   * @param options rounding, midnight, modes and roll-up
   * @return the lines and the skipped entries; every entry is accounted for exactly once
   * @throws NullPointerException when an argument or entry is {@code null}
   */
  public static TimecardPlan plan(Iterable<TimeEntry> entries, AggregationOptions options) {
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(options, "options");
    Map<String, Total> totals = new LinkedHashMap<>();
    List<TimecardLine> lines = new ArrayList<>();
    List<EntryViolation<TimeEntry>> skipped = new ArrayList<>();
    for (TimeEntry e : entries) {
      Objects.requireNonNull(e, "entry");
      if (e.isOpen()) {
        skip(
            skipped,
            e,
            TimesheetRules.OPEN_ENTRY,
            "end",
            null,
            "started " + e.start().orElseThrow() + " and has no end (still open)");
        continue;
      }
      if (e.projectId().isEmpty() || e.projectId().get().isBlank()) {
        skip(
            skipped,
            e,
            TimesheetRules.PROJECT_MISSING,
            "projectId",
            null,
            "has no project; Procore needs one on every timecard entry");
        continue;
      }
      String project = options.projectOf().apply(e.projectId().get());
      if (project == null) {
        skip(
            skipped,
            e,
            PROJECT_UNKNOWN,
            "projectId",
            e.projectId().get(),
            "project " + e.projectId().get() + " is not known (not linked to a Procore project)");
        continue;
      }
      TimecardMode mode = options.modeOf().apply(project);
      if (!e.hasClockTimes()) {
        if (mode == TimecardMode.START_STOP) {
          skip(
              skipped,
              e,
              NEEDS_CLOCK_TIMES,
              "start",
              null,
              "has hours but no clock times, and project "
                  + project
                  + " takes start and stop times");
          continue;
        }
        Duration worked = e.worked().orElse(null);
        if (worked == null || !checkWorked(skipped, e, worked)) {
          if (worked == null) {
            skip(skipped, e, TimesheetRules.HOURS_MISSING, "hours", null, "has no hours");
          }
          continue;
        }
        addTotal(totals, e, project, e.localDate(), worked);
        continue;
      }
      Instant start = e.start().get();
      Instant end = e.end().get();
      ZoneId zone = e.zone();
      Instant in = TimeRounding.roundIn(start, zone, options.rounding());
      Instant out = TimeRounding.roundOut(end, zone, options.rounding());
      Duration breaks = e.breakTime();
      Duration worked = Duration.between(in, out).minus(breaks);
      if (!checkWorked(skipped, e, worked)) {
        continue;
      }
      LocalDate firstDate = LocalDate.ofInstant(in, zone);
      LocalDate lastDate = LocalDate.ofInstant(out.minusNanos(1), zone);
      if (options.midnight() == MidnightPolicy.CLOCK_IN_DATE || !lastDate.isAfter(firstDate)) {
        emit(totals, lines, e, project, mode, firstDate, in, out, start, end, breaks, e.id());
        continue;
      }
      Instant partStart = in;
      LocalDate date = firstDate;
      while (true) {
        Instant midnight = date.plusDays(1).atStartOfDay(zone).toInstant();
        Instant partEnd = midnight.isBefore(out) ? midnight : out;
        Duration partBreaks = breaksWithin(e.breaks(), partStart, partEnd);
        String key = date.equals(firstDate) ? e.id() : e.id() + "@" + date;
        emit(
            totals,
            lines,
            e,
            project,
            mode,
            date,
            partStart,
            partEnd,
            partStart.equals(in) ? start : partStart,
            partEnd.equals(out) ? end : partEnd,
            partBreaks,
            key);
        if (!partEnd.isBefore(out)) {
          break;
        }
        partStart = partEnd;
        date = date.plusDays(1);
      }
    }
    for (Total t : totals.values()) {
      lines.add(t.line());
    }
    return TimecardPlan.builder().lines(lines).skipped(skipped).build();
  }

  private static boolean checkWorked(
      List<EntryViolation<TimeEntry>> skipped, TimeEntry e, Duration worked) {
    if (worked.isNegative()) {
      skip(
          skipped,
          e,
          TimesheetRules.HOURS_NEGATIVE,
          "end",
          worked,
          "worked time is negative (" + worked + "); check the clock times and breaks");
      return false;
    }
    if (worked.isZero()) {
      skip(skipped, e, TimesheetRules.HOURS_ZERO, "end", worked, "worked time is zero");
      return false;
    }
    if (worked.compareTo(DAY) > 0) {
      skip(
          skipped,
          e,
          TimesheetRules.HOURS_OVER_24,
          "end",
          worked,
          "worked time " + worked + " is over 24 hours (a forgotten clock-out?)");
      return false;
    }
    return true;
  }

  private static Duration breaksWithin(List<TimeBreak> breaks, Instant from, Instant to) {
    Duration total = Duration.ZERO;
    for (TimeBreak b : breaks) {
      if (b.end().isEmpty()) {
        continue;
      }
      Instant s = b.start().isAfter(from) ? b.start() : from;
      Instant t = b.end().get().isBefore(to) ? b.end().get() : to;
      if (t.isAfter(s)) {
        total = total.plus(Duration.between(s, t));
      }
    }
    return total;
  }

  private static void emit(
      Map<String, Total> totals,
      List<TimecardLine> lines,
      TimeEntry e,
      String project,
      TimecardMode mode,
      LocalDate date,
      Instant in,
      Instant out,
      Instant actualIn,
      Instant actualOut,
      Duration breaks,
      String key) {
    Duration worked = Duration.between(in, out).minus(breaks);
    if (mode == TimecardMode.TOTAL_HOURS) {
      addTotal(totals, e, project, date, worked);
      return;
    }
    lines.add(
        TimecardLine.builder()
            .key(key)
            .mode(TimecardMode.START_STOP)
            .workerId(e.workerId())
            .projectId(project)
            .costCodeId(e.costCodeId())
            .date(date)
            .zone(e.zone())
            .hours(TimeEntryView.hoursOf(worked))
            .start(in)
            .end(out)
            .actualStart(actualIn)
            .actualEnd(actualOut)
            .breakMinutes(minutes(breaks))
            .addSourceIds(e.id())
            .build());
  }

  private static int minutes(Duration d) {
    return (int) ((d.getSeconds() + 30) / 60);
  }

  private static void addTotal(
      Map<String, Total> totals, TimeEntry e, String project, LocalDate date, Duration worked) {
    String key = e.workerId() + "|" + project + "|" + e.costCodeId().orElse("") + "|" + date;
    Total t = totals.get(key);
    if (t == null) {
      t = new Total(key, e, project, date);
      totals.put(key, t);
    }
    t.seconds += worked.getSeconds();
    t.nanos += worked.getNano();
    List<String> ids = t.ids;
    if (ids.isEmpty() || !ids.get(ids.size() - 1).equals(e.id())) {
      ids.add(e.id());
    }
  }

  private static void skip(
      List<EntryViolation<TimeEntry>> skipped,
      TimeEntry e,
      String code,
      String field,
      @Nullable Object value,
      String message) {
    skipped.add(
        EntryViolation.of(
            e, e.id(), Violation.of(code, field, value, "entry " + e.id() + ": " + message)));
  }

  private static final class Total {
    final String key;
    final String worker;
    final String project;
    final Optional<String> costCode;
    final LocalDate date;
    final ZoneId zone;
    final List<String> ids = new ArrayList<>(2);
    long seconds;
    long nanos;

    Total(String key, TimeEntry e, String project, LocalDate date) {
      this.key = key;
      this.worker = e.workerId();
      this.project = project;
      this.costCode = e.costCodeId();
      this.date = date;
      this.zone = e.zone();
    }

    TimecardLine line() {
      return TimecardLine.builder()
          .key(key)
          .mode(TimecardMode.TOTAL_HOURS)
          .workerId(worker)
          .projectId(project)
          .costCodeId(costCode)
          .date(date)
          .zone(zone)
          .hours(TimeEntryView.hoursOf(Duration.ofSeconds(seconds).plusNanos(nanos)))
          .sourceIds(ids)
          .build();
    }
  }
}
