package dev.procoresync.core.flow;

import dev.procoresync.core.sync.Outcome;
import java.util.Optional;

/**
 * What a {@link RecordMapper} may ask the running {@link UpsertTemplate} about other records of the
 * same run, such as a parent's id on the target.
 */
public interface UpsertContext {

  /**
   * Returns the id on the target of the record with {@code key}: one the target held when the run
   * started or one this run wrote. When the record waits in the pending write window, the window is
   * written first, so that a child can carry its parent's id.
   *
   * @param key the record's key
   * @return its id; empty when the target does not hold it (or, in a dry run, would only create it)
   */
  Optional<String> targetIdOf(String key);

  /**
   * Tells whether the record with {@code key} is, or in a dry run would be, on the target after
   * this run: created, updated or unchanged here, or held by the target and not refused here.
   *
   * @param key the record's key
   * @return {@code true} when another record may refer to it
   */
  boolean accepted(String key);

  /**
   * Returns how this run refused the record with {@code key}, if it did.
   *
   * @param key the record's key
   * @return {@link Outcome#SKIPPED} or {@link Outcome#FAILED}; empty when not refused
   */
  Optional<Outcome> refusedAs(String key);

  /**
   * Tells whether the run is a dry run.
   *
   * @return {@code true} when nothing is written
   */
  boolean isDryRun();
}
