package dev.procoresync.core.flow;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A target that answers writes at once (a REST API): the {@link UpsertTemplate} hands it windows of
 * {@link PlannedWrite}s and records what it answers.
 *
 * <p>The contract:
 *
 * <ul>
 *   <li>{@link #write} writes one window (a batch call where the service has one) and answers per
 *       key; a key it does not answer, or answers {@link ItemResult#unknown()}, is looked up.
 *   <li>An exception from {@link #write} is a failure of the whole window. When the service refused
 *       it for sure (an HTTP 4xx other than 408), every record of the window is FAILED with the
 *       error. Otherwise (a transport failure, a timeout, a 5xx, an answer that could not be read:
 *       the request may have been applied) the outcome is unknown and the template calls {@link
 *       #lookup} before it reports: a record the target holds as written is CREATED or UPDATED, the
 *       rest FAILED.
 * </ul>
 *
 * @param <T> a record as read from the target
 * @param <U> a record to write
 */
public interface UpsertTarget<T, U> extends TargetModel<T, U> {

  /** The default number of records per write window (Procore's sync endpoints take 1,000). */
  int DEFAULT_WINDOW_SIZE = 1_000;

  /**
   * Writes one window.
   *
   * @param window the writes, at most {@link #windowSize()}, each key once
   * @return the answer per key (keys left out count as {@link ItemResult#unknown()})
   */
  Map<String, ItemResult> write(List<PlannedWrite<U>> window);

  /**
   * Reads what the target holds now under {@code keys}, after a write whose outcome is unknown.
   *
   * @param keys the keys of the window's records
   * @return the records found, by key (keys the target does not hold are left out)
   */
  Map<String, T> lookup(Collection<String> keys);

  /**
   * Returns the most records per write window. Default {@link #DEFAULT_WINDOW_SIZE}.
   *
   * @return the window size, at least 1
   */
  default int windowSize() {
    return DEFAULT_WINDOW_SIZE;
  }
}
