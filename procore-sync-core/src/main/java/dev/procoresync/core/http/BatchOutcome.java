package dev.procoresync.core.http;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link BatchFormat} read for one item of a batch: the value the service returned, or the
 * item's failure.
 *
 * <pre>{@code
 * BatchOutcome<Vendor> ok = BatchOutcome.success(vendor);
 * BatchOutcome<Vendor> no = BatchOutcome.failure(BatchItemFailure.refused(
 *     "o:V-1", 0, null, Map.of("name", List.of("can't be blank")), false));
 * }</pre>
 *
 * @param <R> the type of a success
 */
public final class BatchOutcome<R> {
  private final @Nullable R value;
  private final @Nullable BatchItemFailure failure;

  private BatchOutcome(@Nullable R value, @Nullable BatchItemFailure failure) {
    this.value = value;
    this.failure = failure;
  }

  /**
   * Creates a success.
   *
   * @param value what the service returned for the item
   * @param <R> the type of a success
   * @return the outcome
   */
  public static <R> BatchOutcome<R> success(R value) {
    return new BatchOutcome<>(Objects.requireNonNull(value, "value"), null);
  }

  /**
   * Creates a failure.
   *
   * @param failure why the item was not accepted
   * @param <R> the type of a success
   * @return the outcome
   */
  public static <R> BatchOutcome<R> failure(BatchItemFailure failure) {
    return new BatchOutcome<>(null, Objects.requireNonNull(failure, "failure"));
  }

  /**
   * Returns the success value.
   *
   * @return the value, empty for a failure
   */
  public Optional<R> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns the failure.
   *
   * @return the failure, empty for a success
   */
  public Optional<BatchItemFailure> failure() {
    return Optional.ofNullable(failure);
  }

  @Override
  public String toString() {
    return failure != null ? "BatchOutcome{" + failure + "}" : "BatchOutcome{ok}";
  }
}
