package dev.procoresync.core.flow;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a target answered for one {@link PlannedWrite}: written (with the record's id), failed (with
 * the target's error), or unknown (the answer names neither; for an {@link AsyncUpsertTarget}: no
 * answer yet).
 *
 * <pre>{@code
 * ItemResult.written("5611");
 * ItemResult.failed("ProcoreSyncError", "abbreviated_name: is too long");
 * ItemResult.unknown();
 * }</pre>
 */
public final class ItemResult {
  /** The kinds of answer. */
  public enum Kind {
    /** The target holds the record as written. */
    WRITTEN,
    /** The target refused the record. */
    FAILED,
    /** The answer does not say; the template looks the record up by key. */
    UNKNOWN
  }

  private static final ItemResult UNKNOWN = new ItemResult(Kind.UNKNOWN, null, null, null);

  private final Kind kind;
  private final @Nullable String targetId;
  private final @Nullable String errorType;
  private final @Nullable String message;

  private ItemResult(
      Kind kind, @Nullable String targetId, @Nullable String errorType, @Nullable String message) {
    this.kind = kind;
    this.targetId = targetId;
    this.errorType = errorType;
    this.message = message;
  }

  /**
   * The record was written.
   *
   * @param targetId the record's id on the target, or {@code null} when the target does not say
   * @return the result
   */
  public static ItemResult written(@Nullable String targetId) {
    return new ItemResult(Kind.WRITTEN, targetId, null, null);
  }

  /**
   * The target refused the record.
   *
   * @param errorType the kind of error, such as {@code "ProcoreSyncError"}
   * @param message the target's message
   * @return the result
   * @throws IllegalArgumentException when {@code errorType} or {@code message} is blank
   */
  public static ItemResult failed(String errorType, String message) {
    if (Objects.requireNonNull(errorType, "errorType").isBlank()
        || Objects.requireNonNull(message, "message").isBlank()) {
      throw new IllegalArgumentException(
          "errorType and message must not be blank (were '" + errorType + "', '" + message + "')");
    }
    return new ItemResult(Kind.FAILED, null, errorType, message);
  }

  /**
   * The answer does not say what became of the record.
   *
   * @return the result
   */
  public static ItemResult unknown() {
    return UNKNOWN;
  }

  /**
   * Returns the kind of answer.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the record's id on the target, for a written record when the target said.
   *
   * @return the id, or empty
   */
  public Optional<String> targetId() {
    return Optional.ofNullable(targetId);
  }

  /**
   * Returns the kind of error of a failed record.
   *
   * @return the error type for {@link Kind#FAILED}; empty otherwise
   */
  public Optional<String> errorType() {
    return Optional.ofNullable(errorType);
  }

  /**
   * Returns the target's message for a failed record.
   *
   * @return the message for {@link Kind#FAILED}; empty otherwise
   */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ItemResult r
        && kind == r.kind
        && Objects.equals(targetId, r.targetId)
        && Objects.equals(errorType, r.errorType)
        && Objects.equals(message, r.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, targetId, errorType, message);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case WRITTEN -> "ItemResult{WRITTEN " + targetId + "}";
      case FAILED -> "ItemResult{FAILED " + errorType + ": " + message + "}";
      case UNKNOWN -> "ItemResult{UNKNOWN}";
    };
  }
}
