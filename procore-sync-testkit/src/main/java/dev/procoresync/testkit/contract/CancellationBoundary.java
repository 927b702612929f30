package dev.procoresync.testkit.contract;

/**
 * Where a flow's run stops once a host cancels it, as its Javadoc documents, expressed as what the
 * {@link UpsertFlowContract} checks: a listener cancels the run while it is told of outcome k, and
 * the cancelled report must hold exactly {@link #outcomesWhenCancelledAt(long, long)} outcomes.
 *
 * <pre>{@code
 * CancellationBoundary.nextRecord();     // the run stops right after the outcome being reported
 * CancellationBoundary.writeWindow(10);  // the template: at the end of the window being reported
 * }</pre>
 */
public final class CancellationBoundary {
  private final int window;

  private CancellationBoundary(int window) {
    this.window = window;
  }

  /**
   * A flow that records outcomes one at a time and checks the token between records: cancelled
   * while told of outcome k, it stops with k outcomes.
   *
   * @return the boundary
   */
  public static CancellationBoundary nextRecord() {
    return new CancellationBoundary(1);
  }

  /**
   * A flow on the upsert template, whose records are written and reported per window of {@code
   * size}: it stops at the next record boundary, which, seen from a listener told of an outcome of
   * a window, is the end of that window (every record taken is finished).
   *
   * @param size the records per write window, at least 1
   * @return the boundary
   * @throws IllegalArgumentException when {@code size} is below 1
   */
  public static CancellationBoundary writeWindow(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be at least 1, got " + size);
    }
    return new CancellationBoundary(size);
  }

  /**
   * Returns how many outcomes a cancelled report holds when a listener cancelled the run while told
   * of outcome {@code k}, on {@code inputs} new inputs.
   *
   * @param k the outcome during which the run was cancelled, from 1
   * @param inputs how many inputs the run had
   * @return the number of outcomes of the cancelled report
   * @throws IllegalArgumentException when {@code k} is not between 1 and {@code inputs}
   */
  public long outcomesWhenCancelledAt(long k, long inputs) {
    if (k < 1 || k > inputs) {
      throw new IllegalArgumentException("k must be 1 to " + inputs + ", got " + k);
    }
    return Math.min(inputs, ((k + window - 1) / window) * window);
  }

  @Override
  public String toString() {
    return window == 1
        ? "CancellationBoundary{next record}"
        : "CancellationBoundary{window " + window + "}";
  }
}
