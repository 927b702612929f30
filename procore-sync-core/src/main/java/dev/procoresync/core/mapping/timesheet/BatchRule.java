package dev.procoresync.core.mapping.timesheet;

import java.util.Collection;
import java.util.List;

/**
 * A rule over a batch of entries (such as "no overlapping entries for one worker"), which a
 * per-entry {@link dev.procoresync.core.validation.Validator} cannot express.
 *
 * @param <E> the entry type
 */
@FunctionalInterface
public interface BatchRule<E> {

  /**
   * Checks a batch.
   *
   * @param entries the entries
   * @return the violations found, each naming its entry; never {@code null}
   */
  List<EntryViolation<E>> check(Collection<? extends E> entries);
}
