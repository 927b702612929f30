package dev.procoresync.core.flow;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A compact fingerprint of the fields an upsert may write: one 64-bit hash per field, so that the
 * index of a target's records costs a few dozen bytes a record however long their texts are.
 *
 * <p>Change detection compares, for each field the source sets, the hash of the source value with
 * the hash of the target's value; a field the source leaves out is not compared. With 64-bit
 * murmur3 hashes, a change hidden by a collision is a 1-in-2^64 event per field. Values are hashed
 * by their text ({@code toString()}), except {@link BigDecimal}s, which are compared by value
 * ({@code 1.50} equals {@code 1.5}); an absent value has its own hash, distinct from any text.
 *
 * <p>Immutable and thread safe.
 *
 * <pre>{@code
 * FieldDigest<Vendor, VendorUpdate> digest = FieldDigest.of(
 *     List.of(v -> Optional.of(v.name()), Vendor::city),
 *     List.of(VendorUpdate::name, VendorUpdate::city));
 * long[] held = digest.digest(vendorReadFromProcore);
 * boolean write = digest.changes(update, held); // false: nothing to write
 * }</pre>
 *
 * @param <T> the target type (as read from Procore)
 * @param <U> the source type (the update body)
 */
public final class FieldDigest<T, U> {
  private static final HashFunction HASH = Hashing.murmur3_128(0x5eed);
  private static final long ABSENT = 0x9E3779B97F4A7C15L;

  private final List<Function<? super T, Optional<?>>> targetFields;
  private final List<Function<? super U, Optional<?>>> sourceFields;

  private FieldDigest(
      List<Function<? super T, Optional<?>>> targetFields,
      List<Function<? super U, Optional<?>>> sourceFields) {
    if (targetFields.size() != sourceFields.size()) {
      throw new IllegalArgumentException("target and source field lists differ in length");
    }
    this.targetFields = List.copyOf(targetFields);
    this.sourceFields = List.copyOf(sourceFields);
  }

  /**
   * Creates a digest over parallel lists of extractors: the i-th target extractor reads the same
   * field as the i-th source extractor.
   *
   * @param targetFields how to read each field from a target record
   * @param sourceFields how to read the same fields from a source (update) record; an empty value
   *     means "not set by the source", and that field is then not compared
   * @param <T> the target type
   * @param <U> the source type
   * @return the digest
   * @throws IllegalArgumentException when the lists differ in length
   * @throws NullPointerException when a list or an element is {@code null}
   */
  public static <T, U> FieldDigest<T, U> of(
      List<Function<? super T, Optional<?>>> targetFields,
      List<Function<? super U, Optional<?>>> sourceFields) {
    return new FieldDigest<>(
        Objects.requireNonNull(targetFields, "targetFields"),
        Objects.requireNonNull(sourceFields, "sourceFields"));
  }

  /**
   * Returns how many fields the digest compares.
   *
   * @return the number of fields
   */
  public int fields() {
    return targetFields.size();
  }

  /**
   * Hashes every field of a target record.
   *
   * @param target a record as read from the target
   * @return a new array of {@link #fields()} hashes, owned by the caller
   */
  public long[] digest(T target) {
    Objects.requireNonNull(target, "target");
    long[] out = new long[targetFields.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = hash(targetFields.get(i).apply(target).orElse(null));
    }
    return out;
  }

  /**
   * Tells whether writing {@code source} over a target record with {@code digest} would change it:
   * whether any field the source sets hashes differently from the target's.
   *
   * @param source the record to write
   * @param digest the target record's {@link #digest(Object)}
   * @return {@code true} when a write would change the target
   * @throws IllegalArgumentException when {@code digest} does not have {@link #fields()} hashes
   */
  public boolean changes(U source, long[] digest) {
    Objects.requireNonNull(source, "source");
    if (Objects.requireNonNull(digest, "digest").length != sourceFields.size()) {
      throw new IllegalArgumentException(
          "digest has " + digest.length + " hashes; this digest compares " + sourceFields.size());
    }
    for (int i = 0; i < sourceFields.size(); i++) {
      Optional<?> value = sourceFields.get(i).apply(source);
      if (value.isPresent() && hash(value.get()) != digest[i]) {
        return true;
      }
    }
    return false;
  }

  private static long hash(@Nullable Object value) {
    if (value == null) {
      return ABSENT;
    }
    String text =
        value instanceof BigDecimal decimal
            ? decimal.stripTrailingZeros().toPlainString()
            : value.toString();
    return HASH.hashString(text, StandardCharsets.UTF_8).asLong();
  }
}
