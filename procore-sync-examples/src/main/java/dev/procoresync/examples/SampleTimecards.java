package dev.procoresync.examples;

import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.Fixtures;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Seeds a project of the fake Procore with a crew's timecards: a deterministic two weeks of field
 * time with the mistakes a payroll export refuses (pending approval, hours over 24 or below zero,
 * zero regular hours, a worker not in the directory, workers without an employee id).
 *
 * <p>The fake's clock advances a little between entries, as it would while foremen enter time, so
 * every entry has its own {@code updated_at}.
 *
 * @param projectId the project the entries belong to
 * @param first the first day of the two weeks (a Monday)
 * @param last the last day (a Friday)
 * @param entries how many timecard entries were seeded
 */
public record SampleTimecards(long projectId, LocalDate first, LocalDate last, int entries) {

  /**
   * Seeds the fake.
   *
   * @param procore the fake Procore
   * @param clock its clock, advanced 20 seconds per entry
   * @param seed the random seed; the same seed gives the same timecards
   * @param workers how many workers, at least 3
   * @return what was seeded
   * @throws IllegalArgumentException when {@code workers} is below 3
   */
  public static SampleTimecards seed(FakeProcore procore, FakeClock clock, long seed, int workers) {
    if (workers < 3) {
      throw new IllegalArgumentException("workers must be at least 3, was " + workers);
    }
    SplittableRandom random = new SplittableRandom(seed);
    long project = procore.givenProject(Fixtures.project("Riverside Medical Office Building"));
    long reg = procore.given(Fixtures.timecardTimeType("REG", "Regular Time")).get("id").asLong();
    long pto = procore.given(Fixtures.timecardTimeType("PTO", "Paid Time Off")).get("id").asLong();
    long[] people = new long[workers];
    for (int w = 0; w < workers; w++) {
      var person = Fixtures.person("Worker" + (w + 1), "Crew").with("is_employee", true);
      if (w % 29 != 6) {
        person = person.with("employee_id", String.format("E%04d", w + 1));
      }
      people[w] = procore.givenPerson(person);
    }
    LocalDate monday = LocalDate.of(2026, 1, 5);
    LocalDate friday = monday.plusDays(11);
    int count = 0;
    for (LocalDate day = monday; !day.isAfter(friday); day = day.plusDays(1)) {
      if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      for (int w = 0; w < workers; w++) {
        for (int block = 0; block < 4; block++) {
          clock.advance(Duration.ofSeconds(20));
          String hours = random.nextInt(4) == 0 ? "2.5" : "2";
          String status = "approved";
          long party = people[w];
          long timeType = reg;
          int roll = random.nextInt(1_000);
          if (roll < 15) {
            status = "pending";
          } else if (roll < 18) {
            hours = "25";
          } else if (roll < 21) {
            hours = "-2";
          } else if (roll < 23) {
            hours = "0";
          } else if (roll < 26) {
            party = 9_999_999L;
          } else if (roll < 36) {
            hours = "0";
            timeType = pto;
          }
          procore.givenTimecardEntry(
              project,
              Fixtures.timecardEntry(day, new BigDecimal(hours), party)
                  .with("approval_status", status)
                  .with("timecard_time_type_id", timeType));
          count++;
        }
      }
    }
    return new SampleTimecards(project, monday, friday, count);
  }
}
