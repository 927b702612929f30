package dev.procoresync.timekeeping.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeEntryTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static TimeEntry.Builder base() {
    return TimeEntry.builder().id("te-1").workerId("m-7");
  }

  @Test
  void localTimesOnTheShortDaylightSavingDayCountRealTime() {
    TimeEntry e =
        base()
            .localTimes(
                LocalDateTime.parse("2026-03-08T00:00"),
                LocalDateTime.parse("2026-03-08T08:00"),
                NEW_YORK)
            .build();
    assertEquals(Optional.of(Duration.ofHours(7)), e.worked());
    assertEquals(LocalDate.parse("2026-03-08"), e.localDate());
  }

  @Test
  void localTimesOnTheLongDayCountRealTime() {
    TimeEntry e =
        base()
            .localTimes(
                LocalDateTime.parse("2026-11-01T00:00"),
                LocalDateTime.parse("2026-11-01T08:00"),
                NEW_YORK)
            .build();
    assertEquals(Optional.of(Duration.ofHours(9)), e.worked());
  }

  @Test
  void crossingMidnightKeepsTheClockInDate() {
    TimeEntry e =
        base()
            .localTimes(
                LocalDateTime.parse("2026-06-09T22:00"),
                LocalDateTime.parse("2026-06-10T02:30"),
                NEW_YORK)
            .addBreaks(
                TimeBreak.of(
                    Instant.parse("2026-06-10T04:00:00Z"), Instant.parse("2026-06-10T04:30:00Z")))
            .build();
    assertEquals(LocalDate.parse("2026-06-09"), e.localDate());
    assertEquals(Optional.of(Duration.ofHours(4)), e.worked());
  }

  @Test
  void openEntryHasNoWorkedTime() {
    TimeEntry e =
        base().localTimes(LocalDateTime.parse("2026-06-09T07:00"), null, NEW_YORK).build();
    assertTrue(e.isOpen());
    assertFalse(e.hasClockTimes());
    assertEquals(Optional.empty(), e.worked());
  }

  @Test
  void hoursOnlyEntry() {
    TimeEntry e =
        base()
            .zone(NEW_YORK)
            .date(LocalDate.parse("2026-06-09"))
            .hours(new BigDecimal("4.25"))
            .build();
    assertFalse(e.isOpen());
    assertEquals(Optional.of(Duration.ofMinutes(255)), e.worked());
    assertEquals(LocalDate.parse("2026-06-09"), e.localDate());
  }

  @Test
  void badInputNamesTheFieldAndValue() {
    IllegalArgumentException neither =
        assertThrows(IllegalArgumentException.class, () -> base().zone(NEW_YORK).build());
    assertTrue(neither.getMessage().contains("te-1"), neither.getMessage());
    IllegalArgumentException negative =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                base()
                    .zone(NEW_YORK)
                    .date(LocalDate.parse("2026-06-09"))
                    .hours(new BigDecimal("-1"))
                    .build());
    assertTrue(negative.getMessage().contains("hours"), negative.getMessage());
    assertTrue(negative.getMessage().contains("-1"), negative.getMessage());
    IllegalArgumentException blank =
        assertThrows(IllegalArgumentException.class, () -> Worker.builder().id(" ").build());
    assertTrue(blank.getMessage().contains("worker.id"), blank.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Location.builder().id("p-1").name("A").parentId("p-1").build());
  }

  @Test
  void workerDisplayName() {
    assertEquals(
        "Ana Ruiz",
        Worker.builder().id("m").firstName("Ana").lastName(" Ruiz").build().displayName());
    assertEquals("m", Worker.builder().id("m").build().displayName());
  }
}
