package dev.procoresync.core.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The result of validating or mapping one input: either a value, or the violations that stopped it.
 * Never both, never neither.
 *
 * <pre>{@code
 * Validated<BigDecimal> hours = parseHours(entry);
 * if (hours.isValid()) {
 *   total = total.add(hours.value());
 * } else {
 *   report.skip(entry, hours.violations());
 * }
 * }</pre>
 *
 * @param <T> the type of the value
 */
public final class Validated<T> {
  private final @Nullable T value;
  private final List<Violation> violations;

  private Validated(@Nullable T value, List<Violation> violations) {
    this.value = value;
    this.violations = violations;
  }

  /**
   * Returns a valid result holding {@code value}.
   *
   * @param value the value
   * @param <T> the value's type
   * @return a valid result
   * @throws NullPointerException when {@code value} is {@code null}
   */
  public static <T> Validated<T> valid(T value) {
    return new Validated<>(Objects.requireNonNull(value, "value"), List.of());
  }

  /**
   * Returns an invalid result holding the violations.
   *
   * @param violations at least one violation
   * @param <T> the type the value would have had
   * @return an invalid result
   * @throws IllegalArgumentException when {@code violations} is empty
   */
  public static <T> Validated<T> invalid(List<Violation> violations) {
    List<Violation> copy = List.copyOf(violations);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("an invalid result needs at least one violation");
    }
    return new Validated<>(null, copy);
  }

  /**
   * Returns an invalid result holding one violation.
   *
   * @param violation the violation
   * @param <T> the type the value would have had
   * @return an invalid result
   */
  public static <T> Validated<T> invalid(Violation violation) {
    return invalid(List.of(violation));
  }

  /**
   * Tells whether this result holds a value.
   *
   * @return {@code true} when valid
   */
  public boolean isValid() {
    return violations.isEmpty();
  }

  /**
   * Returns the value.
   *
   * @return the value
   * @throws IllegalStateException when the result is invalid; the message lists the violations
   */
  public T value() {
    if (!isValid()) {
      throw new IllegalStateException("no value: " + violations);
    }
    return value;
  }

  /**
   * Returns the value when valid.
   *
   * @return the value, or empty when invalid
   */
  public Optional<T> toOptional() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns the violations.
   *
   * @return the violations; empty when valid
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Maps the value of a valid result; an invalid result passes through unchanged.
   *
   * @param mapper the function applied to the value; must not return {@code null}
   * @param <R> the new value type
   * @return the mapped result
   */
  public <R> Validated<R> map(Function<? super T, ? extends R> mapper) {
    if (!isValid()) {
      return new Validated<R>(null, violations);
    }
    return valid(mapper.apply(value));
  }

  /**
   * Chains a further validation on a valid result; an invalid result passes through unchanged.
   *
   * @param next the next step
   * @param <R> the new value type
   * @return the result of {@code next}, or this result's violations
   */
  public <R> Validated<R> flatMap(Function<? super T, Validated<R>> next) {
    if (!isValid()) {
      return new Validated<R>(null, violations);
    }
    return Objects.requireNonNull(next.apply(value), "next returned null");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Validated<?> other
        && Objects.equals(value, other.value)
        && violations.equals(other.violations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, violations);
  }

  @Override
  public String toString() {
    return isValid() ? "Valid[" + value + "]" : "Invalid" + violations;
  }
}
