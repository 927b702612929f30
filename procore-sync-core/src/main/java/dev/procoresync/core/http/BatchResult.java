package dev.procoresync.core.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of a batch write: one entry per item given, either a value in {@link #values()} or a
 * failure in {@link #failures()}, so {@code values().size() + failures().size()} equals the number
 * of items, and the number of requests spent.
 *
 * <pre>{@code
 * BatchResult<ODataBatchResult> r = runner.run(operations);
 * r.failuresByKey().forEach((id, f) -> log.warn("{}: {}", id, f.message()));
 * }</pre>
 *
 * @param <R> the type of a success
 */
public final class BatchResult<R> {
  private final List<R> values;
  private final List<BatchItemFailure> failures;
  private final int requests;

  /**
   * Creates a result.
   *
   * @param values the successes, in the order the answers came
   * @param failures the failures
   * @param requests the number of requests spent
   * @throws IllegalArgumentException when {@code requests} is negative
   */
  public BatchResult(List<R> values, List<BatchItemFailure> failures, int requests) {
    if (requests < 0) {
      throw new IllegalArgumentException("requests must be 0 or more, got " + requests);
    }
    this.values = List.copyOf(Objects.requireNonNull(values, "values"));
    this.failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
    this.requests = requests;
  }

  /**
   * Returns the successes.
   *
   * @return the values, unmodifiable
   */
  public List<R> values() {
    return values;
  }

  /**
   * Returns the failures.
   *
   * @return the failures, unmodifiable
   */
  public List<BatchItemFailure> failures() {
    return failures;
  }

  /**
   * Returns the failures keyed by item key (the last one wins if keys repeat).
   *
   * @return the failures, in order
   */
  public Map<String, BatchItemFailure> failuresByKey() {
    Map<String, BatchItemFailure> out = new LinkedHashMap<>();
    failures.forEach(f -> out.put(f.key(), f));
    return out;
  }

  /**
   * Tells whether every item was accepted.
   *
   * @return {@code true} without failures
   */
  public boolean isComplete() {
    return failures.isEmpty();
  }

  /**
   * Returns the number of requests the batch spent (chunks, splits, resent items).
   *
   * @return the count
   */
  public int requests() {
    return requests;
  }

  @Override
  public String toString() {
    return "BatchResult{values="
        + values.size()
        + ", failures="
        + failures.size()
        + ", requests="
        + requests
        + "}";
  }
}
