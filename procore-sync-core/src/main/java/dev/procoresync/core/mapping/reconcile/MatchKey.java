package dev.procoresync.core.mapping.reconcile;

import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One way to recognise the same record in two systems: a name, how to read the key on each side,
 * and how to normalise it.
 *
 * @param <L> the left record type
 * @param <R> the right record type
 */
public final class MatchKey<L, R> {
  private final String name;
  private final Function<? super L, @Nullable String> left;
  private final Function<? super R, @Nullable String> right;
  private final Normalizer normalizer;

  private MatchKey(
      String name,
      Function<? super L, @Nullable String> left,
      Function<? super R, @Nullable String> right,
      Normalizer normalizer) {
    this.name = name;
    this.left = left;
    this.right = right;
    this.normalizer = normalizer;
  }

  /**
   * Creates a match key.
   *
   * @param name a name for reports, such as {@code "employee id"}
   * @param left reads the key of a left record
   * @param right reads the key of a right record
   * @param normalizer normalises both sides
   * @param <L> the left record type
   * @param <R> the right record type
   * @return the key
   * @throws NullPointerException when an argument is {@code null}
   * @throws IllegalArgumentException when {@code name} is blank
   */
  public static <L, R> MatchKey<L, R> of(
      String name,
      Function<? super L, @Nullable String> left,
      Function<? super R, @Nullable String> right,
      Normalizer normalizer) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    return new MatchKey<>(
        name,
        Objects.requireNonNull(left, "left"),
        Objects.requireNonNull(right, "right"),
        Objects.requireNonNull(normalizer, "normalizer"));
  }

  /**
   * Returns the key's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the normalised key of a left record.
   *
   * @param record the record
   * @return the key, or {@code null} when absent or empty
   */
  public @Nullable String leftKey(L record) {
    return nonEmpty(normalizer.normalize(left.apply(record)));
  }

  /**
   * Returns the normalised key of a right record.
   *
   * @param record the record
   * @return the key, or {@code null} when absent or empty
   */
  public @Nullable String rightKey(R record) {
    return nonEmpty(normalizer.normalize(right.apply(record)));
  }

  private static @Nullable String nonEmpty(@Nullable String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  @Override
  public String toString() {
    return "MatchKey[" + name + "]";
  }
}
