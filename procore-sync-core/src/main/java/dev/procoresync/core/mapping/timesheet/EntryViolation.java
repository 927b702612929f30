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
    return ImmutableEntryViolation.of(entry, entryId, violation);
  }
}
