package dev.procoresync.timekeeping.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.testing.Seeded;
import dev.procoresync.timekeeping.model.ClockEvent;
import dev.procoresync.timekeeping.model.ClockEventType;
import dev.procoresync.timekeeping.model.TimeEntry;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClockPairingTest {
  private static final ZoneId ZONE = ZoneId.of("America/Denver");
  private static final Instant T0 = Instant.parse("2026-03-07T14:00:00Z");

  /** Punches as "id:type:minute[:project]" separated by spaces; all worker w1. */
  private static List<ClockEvent> punches(String spec) {
    List<ClockEvent> out = new ArrayList<>();
    for (String p : spec.trim().split("\\s+")) {
      String[] f = p.split(":");
      ClockEvent.Builder b =
          ClockEvent.builder()
              .id(f[0])
              .workerId(f.length > 4 ? f[4] : "w1")
              .type(f[1].equals("I") ? ClockEventType.IN : ClockEventType.OUT)
              .at(T0.plusSeconds(60L * Integer.parseInt(f[2])))
              .zone(ZONE);
      if (f.length > 3 && !f[3].isEmpty()) {
        b.projectId(f[3]);
      }
      out.add(b.build());
    }
    return out;
  }

  private static String describe(PairingResult r) {
    String entries =
        r.entries().stream()
            .map(e -> e.id() + (e.isOpen() ? "(open)" : ""))
            .collect(Collectors.joining(","));
    String rejected =
        r.rejected().stream()
            .map(v -> v.entryId() + "=" + v.violation().code().replace("timekeeping.pairing_", ""))
            .collect(Collectors.joining(","));
    return entries + ";" + rejected;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a:I:0 b:O:480                          | a;",
        "b:O:480 a:I:0                          | a;",
        "a:I:0                                  | a(open);",
        "a:I:0 b:O:480 c:I:540                  | a,c(open);",
        "a:I:0 c:I:60 b:O:480                   | c;a=missing_out",
        "b:O:480                                | ;b=missing_in",
        "a:I:0 b:O:480 d:O:490                  | a;d=missing_in",
        "a:I:0 a:I:0 b:O:480                    | a;a=duplicate",
        "a:I:0 x:I:0 b:O:480                    | a;x=duplicate",
        "a:I:0 b:O:480 y:O:480                  | a;y=duplicate",
        "a:I:0:p1 b:O:480:p2                    | ;a=project_mismatch,b=project_mismatch",
        "a:I:0:p1 b:O:480                       | a;",
        "a:I:0 b:O:240 c:I:240 d:O:480          | a,c;",
        // crossing midnight (local 07:00 + 20 h) is one entry
        "a:I:0 b:O:1200                         | a;",
        // two workers interleaved
        "a:I:0::w1 c:I:10::w2 b:O:480::w1 d:O:500::w2 | a,c;",
      })
  void table(String spec, String expected) {
    assertEquals(expected.trim(), describe(ClockPairing.pair(punches(spec))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"a:I:0:p1 b:O:480:p1"})
  void entryCarriesTheClockInsProjectAndTimes(String spec) {
    TimeEntry e = ClockPairing.pair(punches(spec)).entries().get(0);
    assertEquals(Optional.of("p1"), e.projectId());
    assertEquals(Optional.of(T0), e.start());
    assertEquals(Optional.of(T0.plusSeconds(480 * 60)), e.end());
    assertEquals(ZONE, e.zone());
  }

  /**
   * Every punch ends in an entry (as its in or out) or in rejected, exactly once, whatever the
   * order.
   */
  @Seeded(tries = 200)
  void everyPunchAccountedForInAnyOrder(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<ClockEvent> events = new ArrayList<>();
    int n = 1 + r.nextInt(40);
    for (int i = 0; i < n; i++) {
      events.add(
          ClockEvent.builder()
              .id("e" + (r.nextInt(10) == 0 && i > 0 ? r.nextInt(i) : i))
              .workerId("w" + r.nextInt(3))
              .type(r.nextBoolean() ? ClockEventType.IN : ClockEventType.OUT)
              .at(T0.plusSeconds(60L * r.nextInt(600)))
              .zone(ZONE)
              .build());
    }
    PairingResult a = ClockPairing.pair(events);
    List<ClockEvent> shuffled = new ArrayList<>(events);
    Collections.shuffle(shuffled, new Random(seed));
    PairingResult b = ClockPairing.pair(shuffled);
    assertEquals(
        a.entries().stream().map(TimeEntry::toString).sorted().collect(Collectors.toList()),
        b.entries().stream().map(TimeEntry::toString).sorted().collect(Collectors.toList()),
        "order of input must not matter, seed " + seed);
    long closed = a.entries().stream().filter(e -> !e.isOpen()).count();
    long open = a.entries().size() - closed;
    assertEquals(events.size(), 2 * closed + open + a.rejected().size(), "seed " + seed);
    Set<String> ids = new HashSet<>();
    for (TimeEntry e : a.entries()) {
      assertTrue(ids.add(e.id()));
      assertTrue(e.end().isEmpty() || !e.end().get().isBefore(e.start().get()));
    }
  }
}
