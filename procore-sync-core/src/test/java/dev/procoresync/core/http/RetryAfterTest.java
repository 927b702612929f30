package dev.procoresync.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2026-01-05T08:00:00Z");

  @Test
  void secondsFractionsAndDates() {
    assertEquals(Optional.of(Duration.ofSeconds(12)), RetryAfter.parse("12", NOW));
    assertEquals(Optional.of(Duration.ofMillis(1500)), RetryAfter.parse(" 1.5 ", NOW));
    assertEquals(
        Optional.of(Duration.ofSeconds(30)),
        RetryAfter.parse("Mon, 05 Jan 2026 08:00:30 GMT", NOW));
    assertEquals(
        Optional.of(Duration.ZERO), RetryAfter.parse("Mon, 05 Jan 2026 07:00:00 GMT", NOW));
    assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("-5", NOW));
    assertEquals(Optional.empty(), RetryAfter.parse(null, NOW));
    assertEquals(Optional.empty(), RetryAfter.parse("soon", NOW));
    assertEquals(Optional.empty(), RetryAfter.parse("", NOW));
  }

  @Test
  void hugeValuesAreCappedNeverThrown() {
    assertEquals(Optional.of(RetryAfter.LONGEST), RetryAfter.parse("9".repeat(400), NOW));
    assertEquals(Optional.of(RetryAfter.LONGEST), RetryAfter.parse("99999999999999999999999", NOW));
    assertEquals(
        Optional.of(RetryAfter.LONGEST), RetryAfter.parse("Fri, 31 Dec 9999 23:59:59 GMT", NOW));
    assertTrue(RetryAfter.parse("1e999999999", NOW).isEmpty());
  }

  static Stream<Long> seeds() {
    return LongStream.range(0, 20).mapToObj(i -> 0x5EEDL + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomValuesGiveAWaitOrEmptyNeverAnException(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String alphabet = "0123456789.+-eE ,:GMTMonJan";
    for (int i = 0; i < 2_000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(0, 40);
      for (int j = 0; j < n; j++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      Optional<Duration> d = RetryAfter.parse(sb.toString(), NOW);
      d.ifPresent(
          w -> assertTrue(!w.isNegative() && w.compareTo(RetryAfter.LONGEST) <= 0, sb.toString()));
    }
  }
}
