package dev.procoresync.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A business rule over values of type {@code T}: returns the violations it finds, never throws for
 * bad data. Validators compose with {@link #and(Validator)}; a composed validator reports the
 * violations of every rule, in order.
 *
 * <pre>{@code
 * Validator<Vendor> nameRequired = v -> v.name().isBlank()
 *     ? List.of(Violation.of("name.blank", "name", v.name(), "name is blank; give the vendor a name"))
 *     : List.of();
 * Validator<Vendor> rules = nameRequired.and(nameAtMost255);
 * Validated<Vendor> result = rules.validate(vendor);
 * }</pre>
 *
 * @param <T> the type of the values checked
 */
@FunctionalInterface
public interface Validator<T> {

  /**
   * Checks one value.
   *
   * @param value the value to check
   * @return the violations found; empty when the value is valid, never {@code null}
   */
  List<Violation> check(T value);

  /**
   * Checks one value and wraps the outcome.
   *
   * @param value the value to check
   * @return the value when no rule is broken, else every violation found
   */
  default Validated<T> validate(T value) {
    List<Violation> found = check(value);
    return found.isEmpty() ? Validated.valid(value) : Validated.invalid(found);
  }

  /**
   * Returns a validator that applies this rule and then {@code other}, reporting the violations of
   * both.
   *
   * @param other the rule to apply after this one
   * @return the composed validator
   */
  default Validator<T> and(Validator<? super T> other) {
    Objects.requireNonNull(other, "other");
    return value -> {
      List<Violation> first = check(value);
      List<Violation> second = other.check(value);
      if (second.isEmpty()) {
        return first;
      }
      if (first.isEmpty()) {
        return second;
      }
      List<Violation> all = new ArrayList<>(first.size() + second.size());
      all.addAll(first);
      all.addAll(second);
      return List.copyOf(all);
    };
  }

  /**
   * Returns a validator that accepts every value.
   *
   * @param <T> the type of the values
   * @return a validator that never reports a violation
   */
  static <T> Validator<T> none() {
    return value -> List.of();
  }
}
