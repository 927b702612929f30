package dev.procoresync.core.flow;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A target that answers writes later, such as the QuickBooks Web Connector: writes are queued now
 * and the application answers in a later session, possibly hours afterwards. Driven by {@link
 * AsyncUpsertTemplate}.
 *
 * @param <T> a record as read from the target
 * @param <U> a record to write
 */
public interface AsyncUpsertTarget<T, U> extends TargetModel<T, U> {

  /**
   * Queues writes; the answers come later through {@link #answers}. It must be durable when the
   * answers may come after the process ends.
   *
   * @param writes the writes, each key once per run
   * @throws RuntimeException when nothing was queued (the records are then FAILED)
   */
  void enqueue(List<PlannedWrite<U>> writes);

  /**
   * Returns the answers that have come for {@code keys} so far.
   *
   * @param keys the keys still awaiting an answer
   * @return the answer per key; a key left out, or answered {@link ItemResult#unknown()}, is still
   *     awaited
   */
  Map<String, ItemResult> answers(Collection<String> keys);
}
