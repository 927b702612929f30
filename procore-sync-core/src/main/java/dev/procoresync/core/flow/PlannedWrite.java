package dev.procoresync.core.flow;

import java.util.Objects;
import java.util.Optional;

/**
 * One write the {@link UpsertTemplate} hands to a target: the record's key (its origin id), what to
 * do, the body to write and, for an update or an archive, the record's id on the target.
 *
 * <pre>{@code
 * PlannedWrite<VendorUpdate> w = PlannedWrite.update("erp:vendor:V-1", "5611", body);
 * w.kind();     // UPDATE
 * w.targetId(); // Optional[5611]
 * }</pre>
 *
 * @param <U> the body type, such as {@code VendorUpdate}
 * @param key the record's key on the target (its origin id), never blank
 * @param kind what to do
 * @param body what to write (for an archive: the record as mapped)
 * @param targetId the record's id on the target: present for an update or an archive, empty for a
 *     create
 */
public record PlannedWrite<U>(String key, Kind kind, U body, Optional<String> targetId) {

  /** What a planned write does. */
  public enum Kind {
    /** The target does not hold the key: create the record. */
    CREATE,
    /** The target holds the key and the record differs: update it. */
    UPDATE,
    /** The mapping asked to archive (or delete) the record the target holds. */
    ARCHIVE
  }

  /**
   * Checks the parts.
   *
   * @param key the record's key on the target (such as its origin id)
   * @param kind what the write does
   * @param body what is written
   * @param targetId the target's id of the record: present for an update or an archive, empty for a
   *     create
   * @throws IllegalArgumentException when {@code key} is blank, or {@code targetId} is empty for an
   *     update or an archive or present for a create
   * @throws NullPointerException when a part is {@code null}
   */
  public PlannedWrite {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(targetId, "targetId");
    if (key.isBlank()) {
      throw new IllegalArgumentException("key must not be blank (was '" + key + "')");
    }
    if (targetId.isPresent() == (kind == Kind.CREATE)) {
      throw new IllegalArgumentException(
          kind
              + " of '"
              + key
              + "' "
              + (kind == Kind.CREATE ? "must not" : "must")
              + " carry a targetId");
    }
  }

  /**
   * A create.
   *
   * @param key the record's key
   * @param body what to write
   * @param <U> the body type
   * @return the planned write
   */
  public static <U> PlannedWrite<U> create(String key, U body) {
    return new PlannedWrite<>(key, Kind.CREATE, body, Optional.empty());
  }

  /**
   * An update of the record the target holds under {@code targetId}.
   *
   * @param key the record's key
   * @param targetId the record's id on the target
   * @param body what to write
   * @param <U> the body type
   * @return the planned write
   */
  public static <U> PlannedWrite<U> update(String key, String targetId, U body) {
    return new PlannedWrite<>(
        key, Kind.UPDATE, body, Optional.of(Objects.requireNonNull(targetId, "targetId")));
  }

  /**
   * An archive (or delete) of the record the target holds under {@code targetId}.
   *
   * @param key the record's key
   * @param targetId the record's id on the target
   * @param body the record as mapped
   * @param <U> the body type
   * @return the planned write
   */
  public static <U> PlannedWrite<U> archive(String key, String targetId, U body) {
    return new PlannedWrite<>(
        key, Kind.ARCHIVE, body, Optional.of(Objects.requireNonNull(targetId, "targetId")));
  }
}
