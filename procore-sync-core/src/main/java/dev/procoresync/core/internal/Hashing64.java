package dev.procoresync.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A 64-bit non-cryptographic hash of text: the first 64 bits of MurmurHash3 x64 128 over the text's
 * UTF-8 bytes. It replaces Guava's {@code Hashing.murmur3_128(seed).hashString(text,
 * UTF_8).asLong()}, with the same output for the same seed, so that core needs no Guava
 * (docs/decisions/0161-no-guava-in-core.md).
 *
 * <p>Use it where a value needs a compact fingerprint whose collisions are a 1-in-2^64 event and no
 * adversary chooses the input (change detection). It is not a cryptographic hash.
 */
public final class Hashing64 {
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  private Hashing64() {}

  /**
   * Hashes {@code text} encoded as UTF-8.
   *
   * @param text the text to hash
   * @param seed the seed; the same text and seed always give the same hash
   * @return the low 64 bits of MurmurHash3 x64 128
   * @throws NullPointerException if {@code text} is null
   */
  public static long murmur3(CharSequence text, int seed) {
    Objects.requireNonNull(text, "text");
    return murmur3(text.toString().getBytes(StandardCharsets.UTF_8), seed);
  }

  /**
   * Hashes {@code bytes}.
   *
   * @param bytes the bytes to hash
   * @param seed the seed; the same bytes and seed always give the same hash
   * @return the low 64 bits of MurmurHash3 x64 128
   * @throws NullPointerException if {@code bytes} is null
   */
  public static long murmur3(byte[] bytes, int seed) {
    Objects.requireNonNull(bytes, "bytes");
    long h1 = seed;
    long h2 = seed;
    int length = bytes.length;
    int blocks = length / 16;
    for (int i = 0; i < blocks; i++) {
      int offset = i * 16;
      h1 ^= mixK1(littleEndianLong(bytes, offset, 8));
      h1 = Long.rotateLeft(h1, 27);
      h1 += h2;
      h1 = h1 * 5 + 0x52dce729;
      h2 ^= mixK2(littleEndianLong(bytes, offset + 8, 8));
      h2 = Long.rotateLeft(h2, 31);
      h2 += h1;
      h2 = h2 * 5 + 0x38495ab5;
    }
    int tail = blocks * 16;
    int rest = length - tail;
    if (rest > 8) {
      h2 ^= mixK2(littleEndianLong(bytes, tail + 8, rest - 8));
    }
    if (rest > 0) {
      h1 ^= mixK1(littleEndianLong(bytes, tail, Math.min(rest, 8)));
    }
    h1 ^= length;
    h2 ^= length;
    h1 += h2;
    h2 += h1;
    h1 = fmix64(h1);
    h2 = fmix64(h2);
    h1 += h2;
    return h1;
  }

  /** Reads {@code count} (1 to 8) bytes from {@code offset} as a little-endian long. */
  private static long littleEndianLong(byte[] bytes, int offset, int count) {
    long value = 0;
    for (int i = count - 1; i >= 0; i--) {
      value = (value << 8) | (bytes[offset + i] & 0xffL);
    }
    return value;
  }

  private static long mixK1(long k1) {
    return Long.rotateLeft(k1 * C1, 31) * C2;
  }

  private static long mixK2(long k2) {
    return Long.rotateLeft(k2 * C2, 33) * C1;
  }

  private static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
