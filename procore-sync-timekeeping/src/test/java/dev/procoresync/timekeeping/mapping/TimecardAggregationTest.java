package dev.procoresync.timekeeping.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.mapping.timesheet.EntryViolation;
import dev.procoresync.core.mapping.timesheet.TimesheetRules;
import dev.procoresync.core.model.RoundingRule;
import dev.procoresync.core.testing.Seeded;
import dev.procoresync.timekeeping.model.RoundingPolicy;
import dev.procoresync.timekeeping.model.TimeBreak;
import dev.procoresync.timekeeping.model.TimeEntry;
import dev.procoresync.timekeeping.model.TimecardMode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimecardAggregationTest {
  private static final ZoneId NY = ZoneId.of("America/New_York");
  private static final AggregationOptions DEFAULTS = AggregationOptions.builder().build();

  private static TimeEntry entry(
      String id, String worker, String project, String cc, String from, String to) {
    TimeEntry.Builder b =
        TimeEntry.builder()
            .id(id)
            .workerId(worker)
            .localTimes(
                LocalDateTime.parse(from), to.isEmpty() ? null : LocalDateTime.parse(to), NY);
    if (!project.isEmpty()) {
      b.projectId(project);
    }
    if (!cc.isEmpty()) {
      b.costCodeId(cc);
    }
    return b.build();
  }

  private static String lines(TimecardPlan plan) {
    return plan.lines().stream()
        .map(l -> l.key() + "=" + l.hours().toPlainString())
        .collect(Collectors.joining(" "));
  }

  private static String skips(TimecardPlan plan) {
    return plan.skipped().stream()
        .map(v -> v.entryId() + ":" + v.violation().code())
        .collect(Collectors.joining(" "));
  }

  @Test
  void sameWorkerProjectCostCodeAndDayBecomeOneTotal() {
    TimecardPlan plan =
        TimecardAggregation.plan(
            List.of(
                entry("a", "w", "p", "c", "2026-06-09T07:00", "2026-06-09T11:00"),
                entry("b", "w", "p", "c", "2026-06-09T12:00", "2026-06-09T15:30"),
                entry("c", "w", "p", "d", "2026-06-09T15:30", "2026-06-09T16:00"),
                entry("d", "v", "p", "c", "2026-06-09T07:00", "2026-06-09T08:00"),
                entry("e", "w", "p", "c", "2026-06-10T07:00", "2026-06-10T08:00")),
            DEFAULTS);
    assertEquals(
        "w|p|c|2026-06-09=7.5 w|p|d|2026-06-09=0.5 v|p|c|2026-06-09=1 w|p|c|2026-06-10=1",
        lines(plan));
    assertEquals(List.of("a", "b"), plan.lines().get(0).sourceIds());
    assertEquals("", skips(plan));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        // midnight: whole entry on the clock-in date by default
        "crosses midnight        ; 2026-06-09T22:00 ; 2026-06-10T02:00 ; CLOCK_IN_DATE     ; w|p|c|2026-06-09=4",
        "split at midnight       ; 2026-06-09T22:00 ; 2026-06-10T02:00 ; SPLIT_AT_MIDNIGHT ; w|p|c|2026-06-09=2 w|p|c|2026-06-10=2",
        // DST: 23-hour and 25-hour days count real time
        "short day (spring)      ; 2026-03-08T00:00 ; 2026-03-08T12:00 ; CLOCK_IN_DATE     ; w|p|c|2026-03-08=11",
        "long day (fall)         ; 2026-11-01T00:00 ; 2026-11-01T12:00 ; CLOCK_IN_DATE     ; w|p|c|2026-11-01=13",
        "night over spring DST   ; 2026-03-07T22:00 ; 2026-03-08T06:00 ; SPLIT_AT_MIDNIGHT ; w|p|c|2026-03-07=2 w|p|c|2026-03-08=5",
        "night over fall DST     ; 2026-10-31T22:00 ; 2026-11-01T06:00 ; SPLIT_AT_MIDNIGHT ; w|p|c|2026-10-31=2 w|p|c|2026-11-01=7",
        "ends exactly midnight   ; 2026-06-09T20:00 ; 2026-06-10T00:00 ; SPLIT_AT_MIDNIGHT ; w|p|c|2026-06-09=4",
        "22 hours over midnight  ; 2026-06-09T22:00 ; 2026-06-10T20:00 ; SPLIT_AT_MIDNIGHT ; w|p|c|2026-06-09=2 w|p|c|2026-06-10=20",
      })
  void midnightAndDaylightSaving(
      String name, String from, String to, MidnightPolicy midnight, String expected) {
    TimecardPlan plan =
        TimecardAggregation.plan(
            List.of(entry("a", "w", "p", "c", from, to)),
            AggregationOptions.builder().midnight(midnight).build());
    assertEquals(expected, lines(plan));
  }

  @Test
  void roundingAppliesToInAndOutBeforeSumming() {
    // 07:55-11:37 and 12:34-17:27, favour employee, 15 min: 07:45-11:45 (4h) + 12:30-17:30 (5h)
    TimecardPlan plan =
        TimecardAggregation.plan(
            List.of(
                entry("a", "w", "p", "c", "2026-06-09T07:55", "2026-06-09T11:37"),
                entry("b", "w", "p", "c", "2026-06-09T12:34", "2026-06-09T17:27")),
            AggregationOptions.builder()
                .rounding(RoundingPolicy.of(15, RoundingRule.FAVOR_EMPLOYEE))
                .build());
    assertEquals("w|p|c|2026-06-09=9", lines(plan));
  }

  @Test
  void clockOutAt2359CountsToMidnight() {
    TimecardPlan plan =
        TimecardAggregation.plan(
            List.of(entry("a", "w", "p", "c", "2026-06-09T16:00", "2026-06-09T23:59")),
            AggregationOptions.builder()
                .rounding(RoundingPolicy.of(15, RoundingRule.DOWN))
                .build());
    assertEquals("w|p|c|2026-06-09=8", lines(plan));
  }

  @Test
  void startStopProjectsGetOneLinePerEntryWithRoundedAndActualTimes() {
    TimeEntry a =
        entry("a", "w", "p", "c", "2026-06-09T07:55", "2026-06-09T16:05").toBuilder()
            .addBreaks(
                TimeBreak.of(
                    Instant.parse("2026-06-09T16:00:00Z"), Instant.parse("2026-06-09T16:30:00Z")))
            .build();
    TimeEntry b = entry("b", "w", "p", "c", "2026-06-09T17:00", "2026-06-09T18:00");
    TimecardPlan plan =
        TimecardAggregation.plan(
            List.of(a, b),
            AggregationOptions.builder()
                .rounding(RoundingPolicy.of(15, RoundingRule.NEAREST))
                .modeOf(p -> TimecardMode.START_STOP)
                .build());
    assertEquals("a=7.5 b=1", lines(plan));
    TimecardLine line = plan.lines().get(0);
    assertEquals(TimecardMode.START_STOP, line.mode());
    assertEquals(
        LocalDateTime.parse("2026-06-09T08:00").atZone(NY).toInstant(), line.start().get());
    assertEquals(LocalDateTime.parse("2026-06-09T16:00").atZone(NY).toInstant(), line.end().get());
    assertEquals(a.start(), line.actualStart());
    assertEquals(a.end(), line.actualEnd());
    assertEquals(30, line.breakMinutes());
  }

  @Test
  void everySkipHasItsReason() {
    TimeEntry hoursOnly =
        TimeEntry.builder()
            .id("h")
            .workerId("w")
            .projectId("io")
            .zone(NY)
            .date(LocalDate.parse("2026-06-09"))
            .hours(new BigDecimal("3"))
            .build();
    TimecardPlan plan =
        TimecardAggregation.plan(
            List.of(
                entry("open", "w", "p", "c", "2026-06-09T07:00", ""),
                entry("noproject", "w", "", "c", "2026-06-09T07:00", "2026-06-09T08:00"),
                entry("unknown", "w", "zz", "c", "2026-06-09T07:00", "2026-06-09T08:00"),
                entry("zero", "w", "p", "c", "2026-06-09T07:00", "2026-06-09T07:00"),
                entry("inverted", "w", "p", "c", "2026-06-09T08:00", "2026-06-09T07:00"),
                entry("forgot", "w", "p", "c", "2026-06-09T07:00", "2026-06-11T06:48"),
                hoursOnly),
            AggregationOptions.builder()
                .projectOf(p -> p.equals("zz") ? null : p)
                .modeOf(p -> p.equals("io") ? TimecardMode.START_STOP : TimecardMode.TOTAL_HOURS)
                .build());
    assertEquals("", lines(plan));
    assertEquals(
        "open:"
            + TimesheetRules.OPEN_ENTRY
            + " noproject:"
            + TimesheetRules.PROJECT_MISSING
            + " unknown:"
            + TimecardAggregation.PROJECT_UNKNOWN
            + " zero:"
            + TimesheetRules.HOURS_ZERO
            + " inverted:"
            + TimesheetRules.HOURS_NEGATIVE
            + " forgot:"
            + TimesheetRules.HOURS_OVER_24
            + " h:"
            + TimecardAggregation.NEEDS_CLOCK_TIMES,
        skips(plan));
    for (EntryViolation<TimeEntry> v : plan.skipped()) {
      assertTrue(v.violation().message().startsWith("entry " + v.entryId() + ": "));
    }
  }

  @Test
  void subProjectsRollUpToTheirTopLevelProject() {
    Map<String, String> top = Map.of("home", "home", "concrete", "home");
    TimecardPlan plan =
        TimecardAggregation.plan(
            List.of(
                entry("a", "w", "home", "c", "2026-06-09T07:00", "2026-06-09T09:00"),
                entry("b", "w", "concrete", "c", "2026-06-09T09:00", "2026-06-09T12:00")),
            AggregationOptions.builder().projectOf(top::get).build());
    assertEquals("w|home|c|2026-06-09=5", lines(plan));
  }

  /**
   * Every entry is accounted for once; totals equal the sum of the parts; order does not matter.
   */
  @Seeded(tries = 100)
  void invariants(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<TimeEntry> entries = new ArrayList<>();
    Instant base = Instant.parse("2026-03-01T00:00:00Z");
    int n = 1 + r.nextInt(200);
    for (int i = 0; i < n; i++) {
      Instant s = base.plusSeconds(r.nextLong(40L * 86_400));
      TimeEntry.Builder b =
          TimeEntry.builder()
              .id("e" + i)
              .workerId("w" + r.nextInt(4))
              .zone(NY)
              .start(s)
              .costCodeId("c" + r.nextInt(2));
      if (r.nextInt(10) > 0) {
        b.end(s.plusSeconds(r.nextLong(-600, 30 * 3600)));
      }
      if (r.nextInt(10) > 0) {
        b.projectId("p" + r.nextInt(3));
      }
      entries.add(b.build());
    }
    MidnightPolicy midnight =
        r.nextBoolean() ? MidnightPolicy.SPLIT_AT_MIDNIGHT : MidnightPolicy.CLOCK_IN_DATE;
    AggregationOptions o = AggregationOptions.builder().midnight(midnight).build();
    TimecardPlan plan = TimecardAggregation.plan(entries, o);
    Set<String> seen = new HashSet<>();
    plan.skipped().forEach(v -> assertTrue(seen.add(v.entryId()), "skipped twice " + v.entryId()));
    Set<String> inLines = new HashSet<>();
    plan.lines().forEach(l -> inLines.addAll(l.sourceIds()));
    for (String id : inLines) {
      assertTrue(!seen.contains(id), "both skipped and sent: " + id + ", seed " + seed);
    }
    seen.addAll(inLines);
    assertEquals(entries.size(), seen.size(), "every entry accounted for, seed " + seed);
    BigDecimal sent =
        plan.lines().stream().map(TimecardLine::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    Duration expected =
        entries.stream()
            .filter(e -> inLines.contains(e.id()))
            .map(e -> e.worked().orElseThrow())
            .reduce(Duration.ZERO, Duration::plus);
    BigDecimal diff =
        BigDecimal.valueOf(expected.getSeconds()).subtract(sent.multiply(BigDecimal.valueOf(3600)));
    // hours carry six decimals: each line may be off by at most 0.0018 s
    assertTrue(
        diff.abs().compareTo(BigDecimal.valueOf(0.002 * (plan.lines().size() + 1))) <= 0,
        "sum of lines equals sum of entries, seed " + seed + ", diff " + diff);
    List<TimeEntry> reversed = new ArrayList<>(entries);
    java.util.Collections.reverse(reversed);
    TimecardPlan again = TimecardAggregation.plan(reversed, o);
    Map<String, BigDecimal> a =
        plan.lines().stream().collect(Collectors.toMap(TimecardLine::key, TimecardLine::hours));
    Map<String, BigDecimal> b =
        again.lines().stream().collect(Collectors.toMap(TimecardLine::key, TimecardLine::hours));
    assertEquals(a, b, "seed " + seed);
  }
}
