package dev.procoresync.core.mapping.timesheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procoresync.core.mapping.timesheet.TimesheetRulesTest.Entry;
import dev.procoresync.core.testing.Seeded;
import dev.procoresync.core.testing.Seeds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HoursTotalsTest {

  static final TimeEntryView<Entry> VIEW = TimesheetRulesTest.VIEW;

  @Test
  void sumsPerWorkerDayProjectAndCostCode() {
    Entry a = TimesheetRulesTest.base().withId("a").withHours("2.25");
    Entry b =
        TimesheetRulesTest.base().withId("b").withClock("2026-11-10T08:00", "2026-11-10T12:30", 30);
    Entry c =
        TimesheetRulesTest.base()
            .withId("c")
            .withWorker("w2")
            .withProject("p2")
            .withCost("01", "LAB")
            .withHours("1");
    Entry noHours = TimesheetRulesTest.base().withId("n").withHours(null);
    Entry noProject = TimesheetRulesTest.base().withId("x").withProject(null).withHours("3");
    List<Entry> all = List.of(a, b, c, noHours, noProject);
    LocalDate day = TimesheetRulesTest.DAY;

    HoursTotals<WorkerDay, Entry> daily = HoursTotals.byWorkerAndDay(all, VIEW);
    assertEquals(
        Map.of(
            WorkerDay.of("w1", day),
            new BigDecimal("9.25"),
            WorkerDay.of("w2", day),
            new BigDecimal("1")),
        daily.totals());
    assertEquals(List.of(noHours), daily.skipped());

    HoursTotals<String, Entry> byProject = HoursTotals.byProject(all, VIEW);
    assertEquals(Map.of("p1", new BigDecimal("6.25"), "p2", BigDecimal.ONE), byProject.totals());
    assertEquals(List.of(noHours, noProject), byProject.skipped());
    assertEquals(HoursTotals.MISSING_GROUP, byProject.violations().get(1).code());

    assertEquals(
        Map.of("06-200", new BigDecimal("9.25"), "01", BigDecimal.ONE),
        HoursTotals.byCostCode(all, VIEW).totals());
  }

  /** Totals plus skipped always account for every entry, and the sum is exact. */
  @Seeded(tries = 200)
  void totalsAreExactAndNothingIsDropped(long seed) {
    List<Integer> centiHours =
        Seeds.list(new SplittableRandom(seed), 0, 50, r -> Seeds.between(r, 0, 2400));
    List<Entry> entries = new java.util.ArrayList<>();
    BigDecimal expected = BigDecimal.ZERO;
    for (int i = 0; i < centiHours.size(); i++) {
      BigDecimal h = BigDecimal.valueOf(centiHours.get(i), 2);
      expected = expected.add(h);
      entries.add(
          TimesheetRulesTest.base()
              .withId("e" + i)
              .withWorker("w" + (i % 3))
              .withHours(h.toPlainString()));
    }
    HoursTotals<WorkerDay, Entry> daily = HoursTotals.byWorkerAndDay(entries, VIEW);
    BigDecimal sum = daily.totals().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, expected.compareTo(sum));
    assertEquals(0, daily.skipped().size());
  }
}
