package dev.procoresync.core.client;

import dev.procoresync.core.error.ProcoreSyncException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One item of a batch sync that Procore did not accept, keyed by the origin id (or id) it was sent
 * with.
 *
 * <p>Either Procore answered the batch and listed the item under {@code errors} (then {@link
 * #fieldErrors()} says why, per attribute), or the whole request carrying the item failed (then
 * {@link #cause()} holds the exception).
 */
public final class SyncFailure {
  private final @Nullable String originId;
  private final @Nullable Long id;
  private final Map<String, List<String>> fieldErrors;
  private final @Nullable ProcoreSyncException cause;
  private final boolean retryable;

  /**
   * Creates a failure.
   *
   * @param originId the item's origin id, or {@code null}
   * @param id the item's Procore id, or {@code null}
   * @param fieldErrors Procore's messages per attribute (the key {@code base} for the record as a
   *     whole)
   * @param cause the exception that failed the whole request, or {@code null}
   * @param retryable whether sending the item again later may succeed
   */
  public SyncFailure(
      @Nullable String originId,
      @Nullable Long id,
      Map<String, List<String>> fieldErrors,
      @Nullable ProcoreSyncException cause,
      boolean retryable) {
    this.originId = originId;
    this.id = id;
    this.fieldErrors = Map.copyOf(Objects.requireNonNull(fieldErrors, "fieldErrors"));
    this.cause = cause;
    this.retryable = retryable;
  }

  /**
   * Returns the origin id the item was sent with.
   *
   * @return the origin id, if the item had one
   */
  public Optional<String> originId() {
    return Optional.ofNullable(originId);
  }

  /**
   * Returns the Procore id the item was sent with.
   *
   * @return the id, if the item had one
   */
  public OptionalLong id() {
    return id == null ? OptionalLong.empty() : OptionalLong.of(id);
  }

  /**
   * Returns Procore's messages per attribute.
   *
   * @return the messages, such as {@code {name=[can't be blank]}}; empty when {@link #cause()} is
   *     set
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
   * Tells whether sending the item again later may succeed (the engine already retried it as far as
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
    return "SyncFailure{originId="
        + originId
        + ", id="
        + id
        + ", retryable="
        + retryable
        + ", "
        + message()
        + "}";
  }
}
