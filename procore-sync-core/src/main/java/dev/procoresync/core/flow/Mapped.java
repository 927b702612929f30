package dev.procoresync.core.flow;

import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RecordOutcome;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link RecordMapper} decided for one record: upsert it, archive it, or an outcome decided
 * by the mapping itself (a skip for a rule only the connector knows).
 *
 * <pre>{@code
 * Mapped.upsert(update);
 * Mapped.archive(update);   // the source record is gone or inactive
 * Mapped.decided("erp:cost_code:07-1", RecordOutcome.skipped(label, violations));
 * }</pre>
 *
 * @param <U> the record to write
 */
public final class Mapped<U> {
  private final @Nullable U update;
  private final boolean archive;
  private final boolean mustWrite;
  private final @Nullable String key;
  private final @Nullable RecordOutcome outcome;

  private Mapped(
      @Nullable U update,
      boolean archive,
      boolean mustWrite,
      @Nullable String key,
      @Nullable RecordOutcome outcome) {
    this.update = update;
    this.archive = archive;
    this.mustWrite = mustWrite;
    this.key = key;
    this.outcome = outcome;
  }

  /**
   * Upsert the record: create it, update it when it differs, or leave it UNCHANGED.
   *
   * @param update the record to write
   * @param <U> its type
   * @return the decision
   */
  public static <U> Mapped<U> upsert(U update) {
    return new Mapped<>(Objects.requireNonNull(update, "update"), false, false, null, null);
  }

  /**
   * Upsert the record and treat it as changed even when the digest says it is not (in a dry run, a
   * record whose parent would only be created cannot be compared).
   *
   * @param update the record to write
   * @param <U> its type
   * @return the decision
   */
  public static <U> Mapped<U> upsertChanged(U update) {
    return new Mapped<>(Objects.requireNonNull(update, "update"), false, true, null, null);
  }

  /**
   * Archive the record the target holds under the update's key (ARCHIVED); when the target holds
   * none, the record is UNCHANGED.
   *
   * @param update the record as mapped (its key names what to archive)
   * @param <U> its type
   * @return the decision
   */
  public static <U> Mapped<U> archive(U update) {
    return new Mapped<>(Objects.requireNonNull(update, "update"), true, false, null, null);
  }

  /**
   * An outcome the mapping decided itself; nothing is written.
   *
   * @param outcome the outcome
   * @param <U> the record type
   * @return the decision
   */
  public static <U> Mapped<U> decided(RecordOutcome outcome) {
    return new Mapped<>(null, false, false, null, Objects.requireNonNull(outcome, "outcome"));
  }

  /**
   * An outcome the mapping decided itself for the record with {@code key}; a SKIPPED or FAILED
   * outcome makes {@link UpsertContext#refusedAs(String)} answer it for that key.
   *
   * @param key the record's key
   * @param outcome the outcome
   * @param <U> the record type
   * @return the decision
   */
  public static <U> Mapped<U> decided(String key, RecordOutcome outcome) {
    return new Mapped<>(
        null,
        false,
        false,
        Objects.requireNonNull(key, "key"),
        Objects.requireNonNull(outcome, "outcome"));
  }

  /**
   * Returns the record to write, for an upsert or an archive.
   *
   * @return the record, or empty for a decided outcome
   */
  public Optional<U> update() {
    return Optional.ofNullable(update);
  }

  /**
   * Tells whether the record is to be archived.
   *
   * @return {@code true} for {@link #archive}
   */
  public boolean isArchive() {
    return archive;
  }

  /**
   * Tells whether the record is to be written even when the digest says it did not change.
   *
   * @return {@code true} for {@link #upsertChanged}
   */
  public boolean mustWrite() {
    return mustWrite;
  }

  /**
   * Returns the outcome the mapping decided.
   *
   * @return the outcome, or empty for an upsert or an archive
   */
  public Optional<RecordOutcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  /**
   * Returns the key of a decided outcome, when the mapping gave one.
   *
   * @return the key, or empty
   */
  public Optional<String> key() {
    return Optional.ofNullable(key);
  }

  /**
   * Tells whether a decided outcome refuses its record.
   *
   * @return {@code true} for a decided SKIPPED or FAILED outcome
   */
  public boolean refuses() {
    return outcome != null
        && (outcome.outcome() == Outcome.SKIPPED || outcome.outcome() == Outcome.FAILED);
  }

  @Override
  public String toString() {
    return outcome != null
        ? "Mapped{" + outcome.outcome() + "}"
        : "Mapped{" + (archive ? "archive" : "upsert") + (mustWrite ? ", changed" : "") + "}";
  }
}
