package dev.procoresync.core.sync;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Watches a run: its start, every recorded outcome (with how many of how many are done) and the
 * final report. A host attaches one to draw a progress bar or write an audit log. Every method does
 * nothing by default.
 *
 * <p>{@link #onRecord} may be called from several threads at once when a flow records in parallel;
 * the {@code processed} numbers are then exact but may arrive out of order. An exception thrown by
 * a listener propagates to the flow's caller (the outcome is already counted).
 *
 * <pre>{@code
 * ProgressListener bar = new ProgressListener() {
 *   @Override
 *   public void onRecord(RecordOutcome outcome, long processed, OptionalLong total) {
 *     System.out.printf("\r%d of %s", processed,
 *         total.isPresent() ? String.valueOf(total.getAsLong()) : "?");
 *   }
 * };
 * RunOptions options = RunOptions.builder().listener(ProgressListener.composite(bar, audit)).build();
 * }</pre>
 */
public interface ProgressListener {

  /**
   * Called once when a run starts.
   *
   * @param flow the flow's name
   * @param scope what the run covers
   * @param total the number of inputs, or empty when not known yet
   */
  default void onStart(String flow, String scope, OptionalLong total) {}

  /**
   * Called after each input's outcome is recorded.
   *
   * @param outcome the outcome just recorded
   * @param processed how many inputs are recorded now, this one included
   * @param total the number of inputs, or empty when not known
   */
  default void onRecord(RecordOutcome outcome, long processed, OptionalLong total) {}

  /**
   * Called once with the report, whether the run completed or was cancelled.
   *
   * @param report the report
   */
  default void onFinish(SyncReport report) {}

  /**
   * Returns the listener that ignores everything.
   *
   * @return a no-op listener
   */
  static ProgressListener none() {
    return new ProgressListener() {
      @Override
      public String toString() {
        return "ProgressListener.none()";
      }
    };
  }

  /**
   * Returns a listener that forwards every event to each of {@code listeners}, in order.
   *
   * @param listeners the listeners
   * @return the composite listener
   * @throws NullPointerException when any listener is {@code null}
   */
  static ProgressListener composite(ProgressListener... listeners) {
    Objects.requireNonNull(listeners, "listeners");
    for (int i = 0; i < listeners.length; i++) {
      Objects.requireNonNull(listeners[i], "listeners[" + i + "]");
    }
    List<ProgressListener> all = List.of(listeners);
    return new ProgressListener() {
      @Override
      public void onStart(String flow, String scope, OptionalLong total) {
        all.forEach(l -> l.onStart(flow, scope, total));
      }

      @Override
      public void onRecord(RecordOutcome outcome, long processed, OptionalLong total) {
        all.forEach(l -> l.onRecord(outcome, processed, total));
      }

      @Override
      public void onFinish(SyncReport report) {
        all.forEach(l -> l.onFinish(report));
      }

      @Override
      public String toString() {
        return "ProgressListener.composite" + all;
      }
    };
  }
}
