package dev.procoresync.core.mapping.timesheet;

import dev.procoresync.core.validation.Violation;
import org.immutables.value.Value;

/**
 * One broken rule on one entry: the entry, its id and the violation (rule code, field, value,
 * message).
 *
 * @param <E> the entry type
 */
@Value.Immutable
public abstract class EntryViolation<E> {

  /**
   * Returns a new, empty builder of {@code EntryViolation} values.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset; a setter given {@code null} for a required attribute throws {@link
   * NullPointerException} naming it ({@code null} for an optional attribute leaves it empty).
   *
   * @param <E> the type parameter of the value
   * @return a new builder
   */
  public static <E> Builder<E> builder() {
    return new Builder<>();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy; this value is
   * left as it is.
   *
   * @return a new builder that starts from this value
   */
  public Builder<E> toBuilder() {
    return new Builder<E>().from(this);
  }

  /**
   * Returns the entry.
   *
   * @return the entry
   */
  @Value.Parameter
  public abstract E entry();

  /**
   * Returns the entry's id as text.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String entryId();

  /**
   * Returns the violation.
   *
   * @return the violation
   */
  @Value.Parameter
  public abstract Violation violation();

  /**
   * Creates an entry violation.
   *
   * @param entry the entry
   * @param entryId its id
   * @param violation the violation
   * @param <E> the entry type
   * @return the entry violation
   */
  public static <E> EntryViolation<E> of(E entry, String entryId, Violation violation) {
    return EntryViolationBuilder.ImmutableEntryViolation.of(entry, entryId, violation);
  }

  /**
   * Builds {@code EntryViolation} values: a setter per attribute (plus {@code add*}/{@code addAll*}
   * for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a
   * value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder
   * is not thread safe.
   *
   * @param <E> the type parameter of the value built
   */
  public static final class Builder<E> extends EntryViolationBuilder<E> {
    Builder() {}
  }
}
