package dev.procoresync.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hashing64 gives Guava's murmur3_128 low 64 bits (Guava is a test-only dependency here: it is the
 * oracle), for every length class of the tail and every seed tried.
 */
class Hashing64Test {

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 20);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void matchesGuavaOnRandomText(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int hashSeed = random.nextInt();
    for (int n = 0; n < 200; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(0, 70);
      for (int i = 0; i < length; i++) {
        // mostly ASCII, sometimes a two-, three- or four-byte UTF-8 code point
        int kind = random.nextInt(10);
        int codePoint =
            kind < 7
                ? random.nextInt(0x20, 0x7f)
                : kind < 8
                    ? random.nextInt(0x80, 0x800)
                    : kind < 9 ? random.nextInt(0x800, 0xd800) : random.nextInt(0x10000, 0x10ffff);
        text.appendCodePoint(codePoint);
      }
      String s = text.toString();
      assertEquals(
          Hashing.murmur3_128(hashSeed).hashString(s, StandardCharsets.UTF_8).asLong(),
          Hashing64.murmur3(s, hashSeed),
          () -> "seed " + seed + ", text '" + s + "'");
    }
  }

  @ParameterizedTest(name = "{0} bytes")
  @ValueSource(ints = {0, 1, 7, 8, 9, 15, 16, 17, 31, 32, 33})
  void matchesGuavaAtEveryTailLength(int length) {
    byte[] bytes = new byte[length];
    new SplittableRandom(length).nextBytes(bytes);
    assertEquals(
        Hashing.murmur3_128(0x5eed).hashBytes(bytes).asLong(), Hashing64.murmur3(bytes, 0x5eed));
  }

  @Test
  void theSeedChangesTheHash() {
    assertNotEquals(Hashing64.murmur3("Acme", 1), Hashing64.murmur3("Acme", 2));
  }

  @Test
  void nullIsRefusedByName() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Hashing64.murmur3((String) null, 1));
    assertEquals("text", e.getMessage());
  }
}
