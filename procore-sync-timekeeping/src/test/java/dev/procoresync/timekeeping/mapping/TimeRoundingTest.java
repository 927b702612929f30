package dev.procoresync.timekeeping.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.error.ConfigurationException;
import dev.procoresync.core.model.RoundingConfiguration;
import dev.procoresync.core.model.RoundingRule;
import dev.procoresync.core.testing.Seeded;
import dev.procoresync.timekeeping.model.RoundingPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeRoundingTest {
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final LocalDate DAY = LocalDate.of(2026, 6, 9);

  private static Instant at(LocalDate date, String time, ZoneId zone) {
    return LocalDateTime.of(date, LocalTime.parse(time)).atZone(zone).toInstant();
  }

  private static String local(Instant instant, ZoneId zone) {
    ZonedDateTime z = instant.atZone(zone);
    String time = z.toLocalTime().toString();
    return z.toLocalDate().equals(DAY) ? time : z.toLocalDate() + "T" + time;
  }

  /** Procore's published example (reference 1.4, P6), 15-minute increment; "nearest" per 0300. */
  @ParameterizedTest(name = "{0}: {1} in {2}")
  @CsvSource({
    "DOWN,           07:55, IN,  07:45",
    "DOWN,           11:37, OUT, 11:30",
    "DOWN,           12:34, IN,  12:30",
    "DOWN,           17:27, OUT, 17:15",
    "FAVOR_EMPLOYEE, 07:55, IN,  07:45",
    "FAVOR_EMPLOYEE, 11:37, OUT, 11:45",
    "FAVOR_EMPLOYEE, 12:34, IN,  12:30",
    "FAVOR_EMPLOYEE, 17:27, OUT, 17:30",
    "NEAREST,        07:55, IN,  08:00",
    "NEAREST,        11:37, OUT, 11:45",
    "NEAREST,        12:34, IN,  12:30",
    "NEAREST,        17:27, OUT, 17:30",
    "UP,             07:55, IN,  08:00",
    "UP,             11:37, OUT, 11:45",
    "UP,             12:34, IN,  12:45",
    "UP,             17:27, OUT, 17:30",
  })
  void procoresPublishedTable(RoundingRule rule, String punch, String side, String expected) {
    RoundingPolicy p = RoundingPolicy.of(15, rule);
    Instant t = at(DAY, punch, CHICAGO);
    Instant r =
        side.equals("IN")
            ? TimeRounding.roundIn(t, CHICAGO, p)
            : TimeRounding.roundOut(t, CHICAGO, p);
    assertEquals(expected, local(r, CHICAGO));
  }

  @ParameterizedTest(name = "{0} min {1}: {2} -> in {3}, out {4}")
  @CsvSource({
    // nearest: up from floor(increment/2) whole minutes past the grid (0300)
    "15, NEAREST, 11:36:59, 11:30, 11:30",
    "15, NEAREST, 11:37:00, 11:45, 11:45",
    "5,  NEAREST, 11:31:59, 11:30, 11:30",
    "5,  NEAREST, 11:32:00, 11:35, 11:35",
    "6,  NEAREST, 11:32:59, 11:30, 11:30",
    "6,  NEAREST, 11:33:00, 11:36, 11:36",
    "10, NEAREST, 11:34:59, 11:30, 11:30",
    "10, NEAREST, 11:35:00, 11:40, 11:40",
    // exact increments never move
    "5,  UP,             11:35, 11:35, 11:35",
    "6,  UP,             11:36, 11:36, 11:36",
    "10, DOWN,           11:40, 11:40, 11:40",
    "15, FAVOR_EMPLOYEE, 11:45, 11:45, 11:45",
    "15, NEAREST,        00:00, 00:00, 00:00",
    // one second off the grid does move
    "15, UP,             11:45:01, 12:00, 12:00",
    "15, DOWN,           11:44:59, 11:30, 11:30",
    "6,  FAVOR_EMPLOYEE, 11:37, 11:36, 11:42",
    // 23:59: a clock-out goes to midnight whatever the rule; a clock-in follows the rule
    "15, DOWN,           23:59,    23:45, 2026-06-10T00:00",
    "15, NEAREST,        23:59:59, 2026-06-10T00:00, 2026-06-10T00:00",
    "5,  FAVOR_EMPLOYEE, 23:59:30, 23:55, 2026-06-10T00:00",
    "10, UP,             23:58:59, 2026-06-10T00:00, 2026-06-10T00:00",
    "10, DOWN,           23:58:59, 23:50, 23:50",
  })
  void incrementsAndEdges(int increment, RoundingRule rule, String punch, String in, String out) {
    RoundingPolicy p = RoundingPolicy.of(increment, rule);
    Instant t = at(DAY, punch, CHICAGO);
    assertEquals(in, local(TimeRounding.roundIn(t, CHICAGO, p), CHICAGO), "in");
    assertEquals(out, local(TimeRounding.roundOut(t, CHICAGO, p), CHICAGO), "out");
  }

  @Test
  void roundsOnTheProjectsLocalGridNotOnUtc() {
    ZoneId kathmandu = ZoneId.of("Asia/Kathmandu"); // +05:45
    RoundingPolicy p = RoundingPolicy.of(6, RoundingRule.DOWN);
    Instant t = at(DAY, "08:05", kathmandu);
    assertEquals("08:00", local(TimeRounding.roundIn(t, kathmandu, p), kathmandu));
  }

  @Test
  void daylightSavingDaysRoundToRealInstants() {
    RoundingPolicy up = RoundingPolicy.of(15, RoundingRule.UP);
    // 2026-03-08: 02:00 does not exist in New York; 03:01 EDT rounds to 03:15 EDT
    LocalDate spring = LocalDate.of(2026, 3, 8);
    Instant t = at(spring, "03:01", NEW_YORK);
    assertEquals(Instant.parse("2026-03-08T07:15:00Z"), TimeRounding.roundOut(t, NEW_YORK, up));
    // 2026-11-01: 01:00-02:00 happens twice; 01:55 EDT rounds up to 02:00 EDT = 01:00 EST
    Instant firstPass = Instant.parse("2026-11-01T05:55:00Z");
    assertEquals(
        Instant.parse("2026-11-01T06:00:00Z"), TimeRounding.roundOut(firstPass, NEW_YORK, up));
    Instant secondPass = Instant.parse("2026-11-01T06:55:00Z"); // 01:55 EST
    assertEquals(
        Instant.parse("2026-11-01T07:00:00Z"), TimeRounding.roundOut(secondPass, NEW_YORK, up));
  }

  @Test
  void keepsActualAndRoundedSideBySide() {
    RoundingPolicy p = RoundingPolicy.of(15, RoundingRule.FAVOR_EMPLOYEE);
    RoundedTimes t =
        TimeRounding.round(at(DAY, "07:55", CHICAGO), at(DAY, "11:37", CHICAGO), CHICAGO, p);
    assertEquals(at(DAY, "07:55", CHICAGO), t.actualStart());
    assertEquals(at(DAY, "11:37", CHICAGO), t.actualEnd());
    assertEquals(Duration.ofMinutes(222), t.actualDuration());
    assertEquals(Duration.ofHours(4), t.roundedDuration());
  }

  @Test
  void offLeavesTimesAlone() {
    Instant t = at(DAY, "23:59:31", CHICAGO);
    assertEquals(t, TimeRounding.roundOut(t, CHICAGO, RoundingPolicy.off()));
    assertFalse(RoundingPolicy.off().enabled());
  }

  @Test
  void readsProcoresConfiguration() {
    assertEquals(RoundingPolicy.off(), RoundingPolicy.fromProcore(Optional.empty()));
    RoundingConfiguration ok =
        RoundingConfiguration.builder().timeIncrement(6).rule(RoundingRule.FAVOR_EMPLOYEE).build();
    assertEquals(
        RoundingPolicy.of(6, RoundingRule.FAVOR_EMPLOYEE),
        RoundingPolicy.fromProcore(Optional.of(ok)));
    ConfigurationException seven =
        assertThrows(
            ConfigurationException.class,
            () -> RoundingPolicy.fromProcore(Optional.of(ok.toBuilder().timeIncrement(7).build())));
    assertTrue(seven.getMessage().contains("time_increment"), seven.getMessage());
    assertTrue(seven.getMessage().contains("7"), seven.getMessage());
    ConfigurationException unknown =
        assertThrows(
            ConfigurationException.class,
            () ->
                RoundingPolicy.fromProcore(
                    Optional.of(ok.toBuilder().rule(RoundingRule.UNKNOWN).build())));
    assertTrue(unknown.getMessage().contains("rule"), unknown.getMessage());
    ConfigurationException missing =
        assertThrows(
            ConfigurationException.class,
            () -> RoundingPolicy.fromProcore(Optional.of(RoundingConfiguration.builder().build())));
    assertTrue(missing.getMessage().contains("time_increment"), missing.getMessage());
  }

  @Test
  void refusesIncrementsProcoreDoesNotOffer() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RoundingPolicy.of(20, RoundingRule.UP));
    assertTrue(e.getMessage().contains("20"), e.getMessage());
  }

  private static final List<ZoneId> ZONES =
      List.of(
          ZoneOffset.UTC,
          CHICAGO,
          NEW_YORK,
          ZoneId.of("Asia/Kathmandu"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("Pacific/Chatham"),
          ZoneId.of("America/St_Johns"));
  private static final int[] INCREMENTS = {5, 6, 10, 15};
  private static final RoundingRule[] RULES = {
    RoundingRule.UP, RoundingRule.DOWN, RoundingRule.NEAREST, RoundingRule.FAVOR_EMPLOYEE
  };

  @Seeded(tries = 200)
  void invariants(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
    RoundingPolicy p = RoundingPolicy.of(INCREMENTS[r.nextInt(4)], RULES[r.nextInt(4)]);
    long base = 1_767_225_600L + r.nextLong(3L * 365 * 86_400); // 2026..2028
    for (int i = 0; i < 200; i++) {
      Instant start =
          Instant.ofEpochSecond(
              base + r.nextLong(86_400 * 2), r.nextInt(3) == 0 ? 0 : r.nextInt(1_000_000_000));
      if (r.nextBoolean()) {
        start = start.minusNanos(start.getNano()).minusSeconds(start.getEpochSecond() % 60);
      }
      Instant end = start.plusSeconds(r.nextLong(16 * 3600));
      Instant in = TimeRounding.roundIn(start, zone, p);
      Instant out = TimeRounding.roundOut(end, zone, p);
      String ctx = p + " " + zone + " " + start + " " + end;
      long inc = p.incrementMinutes() * 60L;
      assertTrue(Duration.between(start, in).abs().compareTo(Duration.ofSeconds(inc)) < 0, ctx);
      assertTrue(!out.isBefore(in), ctx);
      assertEquals(in, TimeRounding.roundIn(in, zone, p), "idempotent in " + ctx);
      assertEquals(out, TimeRounding.roundOut(out, zone, p), "idempotent out " + ctx);
      assertEquals(0, in.atZone(zone).toLocalTime().toSecondOfDay() % inc, "on grid " + ctx);
      Instant later = start.plusSeconds(r.nextLong(3600));
      assertTrue(!TimeRounding.roundIn(later, zone, p).isBefore(in), "monotone " + ctx);
      switch (p.rule()) {
        case DOWN -> assertTrue(!in.isAfter(start), ctx);
        case UP -> assertTrue(!in.isBefore(start), ctx);
        case FAVOR_EMPLOYEE -> {
          assertTrue(!in.isAfter(start), ctx);
          assertTrue(!out.isBefore(end), ctx);
        }
        default -> {}
      }
    }
  }
}
