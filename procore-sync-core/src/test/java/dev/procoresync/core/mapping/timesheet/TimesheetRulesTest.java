package dev.procoresync.core.mapping.timesheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.validation.Validator;
import dev.procoresync.core.validation.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TimesheetRulesTest {

  static final ZoneId ZONE = ZoneId.of("America/St_Johns");
  static final LocalDate DAY = LocalDate.of(2026, 11, 10);

  record Entry(
      String id,
      @Nullable String worker,
      @Nullable LocalDate date,
      @Nullable Instant in,
      @Nullable Instant out,
      @Nullable Integer lunch,
      @Nullable BigDecimal hours,
      @Nullable String status,
      @Nullable String project,
      @Nullable String costCode,
      @Nullable String costType,
      @Nullable String timeType) {

    Entry withHours(@Nullable String h) {
      return new Entry(
          id,
          worker,
          date,
          null,
          null,
          null,
          h == null ? null : new BigDecimal(h),
          status,
          project,
          costCode,
          costType,
          timeType);
    }

    Entry withClock(String from, String to, @Nullable Integer brk) {
      return new Entry(
          id, worker, date, at(from), at(to), brk, null, status, project, costCode, costType,
          timeType);
    }

    Entry withStatus(@Nullable String s) {
      return new Entry(
          id, worker, date, in, out, lunch, hours, s, project, costCode, costType, timeType);
    }

    Entry withProject(@Nullable String p) {
      return new Entry(
          id, worker, date, in, out, lunch, hours, status, p, costCode, costType, timeType);
    }

    Entry withWorker(@Nullable String w) {
      return new Entry(
          id, w, date, in, out, lunch, hours, status, project, costCode, costType, timeType);
    }

    Entry withDate(@Nullable LocalDate d) {
      return new Entry(
          id, worker, d, in, out, lunch, hours, status, project, costCode, costType, timeType);
    }

    Entry withCost(@Nullable String code, @Nullable String type) {
      return new Entry(
          id, worker, date, in, out, lunch, hours, status, project, code, type, timeType);
    }

    Entry withTimeType(@Nullable String t) {
      return new Entry(
          id, worker, date, in, out, lunch, hours, status, project, costCode, costType, t);
    }

    Entry withId(String newId) {
      return new Entry(
          newId, worker, date, in, out, lunch, hours, status, project, costCode, costType,
          timeType);
    }
  }

  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
  }

  static Entry base() {
    return new Entry(
        "42",
        "w1",
        DAY,
        null,
        null,
        null,
        new BigDecimal("8"),
        "approved",
        "p1",
        "06-200",
        "LAB",
        "REG");
  }

  static final TimeEntryView<Entry> VIEW =
      TimeEntryView.<Entry>builder(Entry::id)
          .worker(Entry::worker)
          .date(Entry::date)
          .zone(ZONE)
          .start(Entry::in)
          .end(Entry::out)
          .breakMinutes(Entry::lunch)
          .hours(Entry::hours)
          .status(Entry::status)
          .project(Entry::project)
          .costCode(Entry::costCode)
          .costType(Entry::costType)
          .timeType(Entry::timeType)
          .build();

  static final OpenPeriods NOVEMBER =
      OpenPeriods.builder().add(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)).build();

  static final CostCodeEligibility LABOR =
      CostCodeEligibility.fromBudget(
          List.of(
              new String[] {"p1", "06-200", "LAB", "labor"},
              new String[] {"p1", "06-300", "MAT", "materials"}),
          l -> l[0],
          l -> l[1],
          l -> l[2],
          l -> l[3].equals("labor"));

  static final Map<String, Optional<String>> WORKERS =
      Map.of("w1", Optional.of("E-1"), "w2", Optional.of(" "));

  static final Validator<Entry> ALL =
      TimesheetRules.statusIn(VIEW, Set.of("Approved", "pending"))
          .and(TimesheetRules.inOpenPeriod(VIEW, NOVEMBER))
          .and(TimesheetRules.closed(VIEW))
          .and(TimesheetRules.projectPresent(VIEW))
          .and(TimesheetRules.hours(VIEW, e -> "PTO".equals(e.timeType())))
          .and(TimesheetRules.workerKnown(VIEW, w -> WORKERS.getOrDefault(w, Optional.empty())))
          .and(TimesheetRules.costCodeEligible(VIEW, LABOR));

  static Stream<Arguments> entries() {
    return Stream.of(
        Arguments.of("valid hours entry", base(), List.of()),
        Arguments.of(
            "valid clock entry",
            base().withClock("2026-11-10T07:00", "2026-11-10T15:30", 30),
            List.of()),
        Arguments.of("status in other case", base().withStatus("PENDING"), List.of()),
        Arguments.of(
            "status reviewed",
            base().withStatus("reviewed"),
            List.of("timesheet.status_not_allowed:status:reviewed")),
        Arguments.of(
            "no status",
            base().withStatus(null),
            List.of("timesheet.status_not_allowed:status:null")),
        Arguments.of(
            "closed period",
            base().withDate(LocalDate.of(2026, 10, 31)),
            List.of("timesheet.period_closed:date:2026-10-31")),
        Arguments.of(
            "no date, no clock",
            base().withDate(null),
            List.of("timesheet.date_missing:date:null")),
        Arguments.of(
            "open entry",
            new Entry(
                "42",
                "w1",
                DAY,
                at("2026-11-10T07:00"),
                null,
                null,
                null,
                "approved",
                "p1",
                "06-200",
                "LAB",
                "REG"),
            List.of("timesheet.open_entry:end:null", "timesheet.hours_missing:hours:null")),
        Arguments.of(
            "no project",
            base().withProject(null),
            List.of(
                "timesheet.project_missing:project:null",
                "timesheet.cost_code_ineligible:costCode:06-200/LAB")),
        Arguments.of(
            "blank project",
            base().withProject("  ").withCost("06-200", null),
            List.of(
                "timesheet.project_missing:project:  ",
                "timesheet.cost_code_ineligible:costCode:06-200")),
        Arguments.of(
            "negative hours", base().withHours("-1"), List.of("timesheet.hours_negative:hours:-1")),
        Arguments.of(
            "inverted clock",
            base().withClock("2026-11-10T15:00", "2026-11-10T07:00", null),
            List.of("timesheet.hours_negative:hours:-8")),
        Arguments.of(
            "zero regular hours",
            base().withHours("0.00"),
            List.of("timesheet.hours_zero:hours:0.00")),
        Arguments.of("zero time off", base().withHours("0").withTimeType("PTO"), List.of()),
        Arguments.of("exactly 24", base().withHours("24.000"), List.of()),
        Arguments.of(
            "over 24", base().withHours("24.01"), List.of("timesheet.hours_over_24:hours:24.01")),
        Arguments.of(
            "unknown worker",
            base().withWorker("w9"),
            List.of("timesheet.worker_unknown:worker:w9")),
        Arguments.of(
            "worker without employee id",
            base().withWorker("w2"),
            List.of("timesheet.employee_id_missing:worker:w2")),
        Arguments.of(
            "no worker", base().withWorker(null), List.of("timesheet.worker_missing:worker:null")),
        Arguments.of(
            "materials cost type",
            base().withCost("06-300", "MAT"),
            List.of("timesheet.cost_code_ineligible:costCode:06-300/MAT")),
        Arguments.of("no cost type, labor exists", base().withCost("06-200", null), List.of()),
        Arguments.of(
            "no cost code",
            base().withCost(null, "LAB"),
            List.of("timesheet.cost_code_missing:costCode:null")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void rulesReportTheRuleFieldAndValue(String name, Entry entry, List<String> expected) {
    List<Violation> found = ALL.check(entry);
    assertEquals(
        expected,
        found.stream()
            .map(v -> v.code() + ":" + v.field() + ":" + v.rejectedValue())
            .collect(Collectors.toList()));
    found.forEach(v -> assertTrue(v.message().startsWith("entry 42: "), v.message()));
    // the rules a person can act on also say what to do next
    Set<String> guided =
        Set.of(
            "timesheet.status_not_allowed",
            "timesheet.period_closed",
            "timesheet.hours_negative",
            "timesheet.hours_zero",
            "timesheet.hours_over_24",
            "timesheet.worker_unknown",
            "timesheet.project_missing");
    found.stream()
        .filter(v -> guided.contains(v.code()))
        .forEach(v -> assertTrue(v.message().contains("; "), "no next step in: " + v.message()));
  }

  @Test
  void hoursAreComputedOnInstantsAcrossDaylightSaving() {
    // St. John's springs forward on 2026-03-08 at 02:00: midnight to noon is 11 real hours.
    Entry spring =
        base()
            .withDate(LocalDate.of(2026, 3, 8))
            .withClock("2026-03-08T00:00", "2026-03-08T12:00", null);
    assertEquals(0, new BigDecimal("11").compareTo(VIEW.hours(spring)));
    // ...and falls back on 2026-11-01: midnight to noon is 13 real hours.
    Entry fall =
        base()
            .withDate(LocalDate.of(2026, 11, 1))
            .withClock("2026-11-01T00:00", "2026-11-01T12:00", 45);
    assertEquals(0, new BigDecimal("12.25").compareTo(VIEW.hours(fall)));
    assertEquals(
        "0.000278", TimeEntryView.hoursOf(java.time.Duration.ofSeconds(1)).toPlainString());
    assertEquals("10", TimeEntryView.hoursOf(java.time.Duration.ofHours(10)).toPlainString());
  }

  @Test
  void dateIsDerivedFromTheStartInTheViewsZone() {
    Entry lateNight = base().withDate(null).withClock("2026-11-10T23:30", "2026-11-11T01:00", null);
    assertEquals(DAY, VIEW.date(lateNight));
  }

  @Test
  void overlapsArePerWorkerAndAcrossMidnight() {
    Entry a = base().withId("a").withClock("2026-11-10T20:00", "2026-11-11T02:00", null);
    Entry b = base().withId("b").withClock("2026-11-11T01:00", "2026-11-11T05:00", null);
    Entry touching = base().withId("c").withClock("2026-11-11T05:00", "2026-11-11T06:00", null);
    Entry otherWorker =
        base().withId("d").withWorker("w2").withClock("2026-11-10T21:00", "2026-11-10T22:00", null);
    Entry noClock = base().withId("e");
    List<EntryViolation<Entry>> found =
        TimesheetRules.noOverlaps(VIEW).check(List.of(touching, b, a, otherWorker, noClock));
    assertEquals(
        List.of("b", "a"),
        found.stream().map(EntryViolation::entryId).collect(Collectors.toList()));
    EntryViolation<Entry> first = found.get(0);
    assertEquals(TimesheetRules.OVERLAP, first.violation().code());
    assertTrue(
        first.violation().message().contains("overlaps entry a"), first.violation().message());
    assertEquals(b, first.entry());
  }

  @Test
  void nestedEntriesOverlapTheWidestOne() {
    Entry wide = base().withId("wide").withClock("2026-11-10T06:00", "2026-11-10T18:00", null);
    Entry inner1 = base().withId("i1").withClock("2026-11-10T07:00", "2026-11-10T08:00", null);
    Entry inner2 = base().withId("i2").withClock("2026-11-10T09:00", "2026-11-10T10:00", null);
    List<EntryViolation<Entry>> found =
        TimesheetRules.noOverlaps(VIEW).check(List.of(wide, inner1, inner2));
    assertEquals(
        Set.of("wide", "i1", "i2"),
        found.stream().map(EntryViolation::entryId).collect(Collectors.toSet()));
  }

  @Test
  void dailyTotalOverTwentyFourFlagsEveryEntryOfThatDay() {
    Entry a = base().withId("a").withHours("16");
    Entry b = base().withId("b").withHours("8.5");
    Entry c = base().withId("c").withHours("20").withDate(DAY.plusDays(1));
    List<EntryViolation<Entry>> found =
        TimesheetRules.dailyTotalAtMost24(VIEW).check(List.of(a, b, c));
    assertEquals(
        List.of("a", "b"),
        found.stream().map(EntryViolation::entryId).collect(Collectors.toList()));
    assertEquals("24.5", found.get(0).violation().rejectedValue());
  }

  @Test
  void batchCheckCombinesPerEntryAndBatchRules() {
    Entry good = base().withId("g");
    Entry bad = base().withId("b").withStatus("draft");
    List<EntryViolation<Entry>> found =
        TimesheetRules.checkAll(
            List.of(TimesheetRules.each(VIEW, ALL), TimesheetRules.noOverlaps(VIEW)),
            List.of(good, bad));
    assertEquals(1, found.size());
    assertEquals("b", found.get(0).entryId());
  }

  @Test
  void openPeriodsMergeAndAnswer() {
    OpenPeriods p =
        OpenPeriods.builder()
            .add(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 20))
            .add(LocalDate.of(2026, 1, 21), LocalDate.of(2026, 1, 25))
            .add(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1))
            .add(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 12))
            .build();
    assertTrue(p.contains(LocalDate.of(2026, 1, 1)));
    assertTrue(p.contains(LocalDate.of(2026, 1, 25)));
    assertTrue(p.contains(LocalDate.of(2026, 3, 1)));
    assertEquals(false, p.contains(LocalDate.of(2026, 1, 26)));
    assertEquals(false, p.contains(LocalDate.of(2025, 12, 31)));
    assertEquals(false, p.contains(LocalDate.of(2026, 3, 2)));
  }
}
