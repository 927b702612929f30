package dev.procoresync.core.flow;

import dev.procoresync.core.origin.OriginId;
import dev.procoresync.core.validation.Violation;
import java.util.List;
import java.util.Optional;

/**
 * What the {@link UpsertTemplate} must know about a target's records to decide what to write: how
 * to list what exists with its keys and a digest, how to read the key of a record to write, what
 * makes one valid, and how to address an update. The writing half is {@link UpsertTarget} (answers
 * at once) or {@link AsyncUpsertTarget} (answers later).
 *
 * <p>A record's key is its origin id on the target (decision record 0010): by default it must be a
 * valid {@link OriginId}.
 *
 * @param <T> a record as read from the target, such as {@code Vendor}
 * @param <U> a record to write, such as {@code VendorUpdate}
 */
public interface TargetModel<T, U> {

  /**
   * Returns what one record is called in reports, such as {@code "vendor"}.
   *
   * @return the noun, never blank
   */
  String noun();

  /**
   * Reads what the target holds, lazily (page by page): called once per run, before any write.
   *
   * @return the target's records
   */
  Iterable<T> existing();

  /**
   * Returns the key of a record the target holds.
   *
   * @param existing a record from {@link #existing()}
   * @return its key (origin id), or empty when it has none (such records are not matched)
   */
  Optional<String> existingKey(T existing);

  /**
   * Returns the id of a record the target holds.
   *
   * @param existing a record from {@link #existing()}
   * @return its id, or empty when the target sent none (such records are not matched)
   */
  Optional<String> existingId(T existing);

  /**
   * Returns the key of a record to write.
   *
   * @param update a mapped record
   * @return its key, or empty when the mapping set none (the record is then SKIPPED)
   */
  Optional<String> updateKey(U update);

  /**
   * Returns the digest that compares a record to write with what the target holds.
   *
   * @return the digest
   */
  FieldDigest<T, U> digest();

  /**
   * Returns the body of an update: {@code update} addressed to the record the target holds under
   * {@code targetId}.
   *
   * @param update the mapped record
   * @param targetId the id of the record on the target
   * @return the body to send
   */
  U withTargetId(U update, String targetId);

  /**
   * Returns the record's label in reports. Default: the {@link #noun()} and the key.
   *
   * @param update a mapped record
   * @return such as {@code "vendor erp:vendor:V-0042"}
   */
  default String label(U update) {
    return noun() + " " + updateKey(update).filter(k -> !k.isBlank()).orElse("(no origin_id)");
  }

  /**
   * Checks a key. Default: it must be an {@link OriginId} ({@code system:entity:key}, bounded
   * length, no control, format or separator characters, no lone surrogates).
   *
   * @param key the key, not blank
   * @return the violations; empty when the key is valid
   */
  default List<Violation> validateKey(String key) {
    return OriginId.parse(key).violations();
  }

  /**
   * Checks the rest of a record (names, lengths ...). Default: nothing.
   *
   * @param update a mapped record
   * @return the violations; empty when the record may be written
   */
  default List<Violation> validate(U update) {
    return List.of();
  }
}
