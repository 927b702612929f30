package dev.procoresync.core.http;

import dev.procoresync.core.error.ProcoreSyncException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One item of a batch write that the service did not accept, keyed the way its {@link BatchFormat}
 * keys items (Procore: the origin id, else the id; OData {@code $batch}: the operation's id).
 *
 * <p>Either the service answered the batch and refused this item (then {@link #status()}, {@link
 * #serviceErrorCode()} and {@link #fieldErrors()} say why), or the whole request carrying it failed
 * (then {@link #cause()} holds the exception).
 *
 * <pre>{@code
 * for (BatchItemFailure f : result.failures()) {
 *   log.warn("{} refused ({}): {}", f.key(), f.serviceErrorCode().orElse("-"), f.message());
 * }
 * }</pre>
 */
public final class BatchItemFailure {
  private final String key;
  private final int status;
  private final @Nullable String serviceErrorCode;
  private final Map<String, List<String>> fieldErrors;
  private final @Nullable ProcoreSyncException cause;
  private final boolean retryable;

  private BatchItemFailure(
      String key,
      int status,
      @Nullable String serviceErrorCode,
      Map<String, List<String>> fieldErrors,
      @Nullable ProcoreSyncException cause,
      boolean retryable) {
    this.key = key;
    this.status = status;
    this.serviceErrorCode = serviceErrorCode;
    this.fieldErrors = Map.copyOf(fieldErrors);
    this.cause = cause;
    this.retryable = retryable;
  }

  /**
   * Creates the failure of an item the service refused in its answer.
   *
   * @param key the item's key
   * @param status the item's own status (an OData operation's), or {@code 0} when the service gives
   *     none (Procore's per-item errors)
   * @param serviceErrorCode the service's error code, or {@code null}
   * @param fieldErrors messages per attribute ({@code base} for the record as a whole), not empty
   * @param retryable whether sending the item again may succeed
   * @return the failure
   * @throws IllegalArgumentException when {@code fieldErrors} is empty or {@code status} is
   *     negative
   */
  public static BatchItemFailure refused(
      String key,
      int status,
      @Nullable String serviceErrorCode,
      Map<String, List<String>> fieldErrors,
      boolean retryable) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(fieldErrors, "fieldErrors");
    if (fieldErrors.isEmpty()) {
      throw new IllegalArgumentException("fieldErrors must say why the item was refused");
    }
    if (status < 0) {
      throw new IllegalArgumentException("status must be 0 or an HTTP status, got " + status);
    }
    return new BatchItemFailure(key, status, serviceErrorCode, fieldErrors, null, retryable);
  }

  /**
   * Creates the failure of an item whose whole request failed.
   *
   * @param key the item's key
   * @param cause the exception of the request
   * @param retryable whether sending the item again may succeed
   * @return the failure
   */
  public static BatchItemFailure failed(String key, ProcoreSyncException cause, boolean retryable) {
    return new BatchItemFailure(
        Objects.requireNonNull(key, "key"),
        0,
        null,
        Map.of(),
        Objects.requireNonNull(cause, "cause"),
        retryable);
  }

  /**
   * Returns the item's key.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the item's own HTTP status, when the service gives one per item.
   *
   * @return the status, empty for Procore's per-item errors and for whole-request failures
   */
  public OptionalInt status() {
    return status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
  }

  /**
   * Returns the service's error code for this item.
   *
   * @return the code (such as {@code Request_EntityChanged}), if any
   */
  public Optional<String> serviceErrorCode() {
    return Optional.ofNullable(serviceErrorCode);
  }

  /**
   * Returns the service's messages per attribute.
   *
   * @return the messages; empty when {@link #cause()} is set
   */
  public Map<String, List<String>> fieldErrors() {
    return fieldErrors;
  }

  /**
   * Returns the exception that failed the whole request carrying the item.
   *
   * @return the cause, if the request failed as a whole
   */
  public Optional<ProcoreSyncException> cause() {
    return Optional.ofNullable(cause);
  }

  /**
   * Tells whether sending the item again later may succeed (the runner already resent it as far as
   * its policy allows).
   *
   * @return {@code true} for transient failures
   */
  public boolean retryable() {
    return retryable;
  }

  /**
   * Returns one readable line: the field errors, or the cause's message.
   *
   * @return the message
   */
  public String message() {
    if (cause != null) {
      return Objects.toString(cause.getMessage(), cause.getClass().getSimpleName());
    }
    return fieldErrors.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
        .collect(Collectors.joining("; "));
  }

  @Override
  public String toString() {
    return "BatchItemFailure{" + key + ", retryable=" + retryable + ", " + message() + "}";
  }
}
