package dev.procoresync.core.state;

import java.time.Instant;
import java.util.Optional;

/**
 * Everything a sync must remember between runs, behind one pluggable interface.
 *
 * <ul>
 *   <li><b>Cross references</b> the target cannot hold, such as the key of the source record behind
 *       a Procore timecard entry (whose {@code origin_id} is an integer), keyed by a namespace and
 *       the source key.
 *   <li><b>Cursors</b>: the last {@code updated_at} seen per flow and scope, for incremental reads.
 *   <li><b>Seen keys</b>: webhook delivery ids already processed, for de-duplication.
 *   <li><b>Resume positions</b>: where a cancelled or interrupted run stopped, per flow and scope.
 *   <li><b>Token pairs</b>, through {@link TokenStore}, replaced with compare-and-set, and the
 *       {@linkplain LeaseStore leases} of token refreshes and of runs.
 * </ul>
 *
 * <p>Implementations must be thread safe. Every method takes and returns plain strings and
 * instants, so that a JDBC table or a Redis hash can back it without change.
 *
 * <pre>{@code
 * SyncStateStore state = InMemorySyncStateStore.create();
 * state.putCursor("timecard-audit", "project:42", Instant.parse("2026-11-01T00:00:00Z"));
 * Optional<Instant> since = state.cursor("timecard-audit", "project:42");
 * }</pre>
 */
public interface SyncStateStore extends TokenStore {

  /**
   * Returns the value linked to a source key.
   *
   * @param namespace what kind of link, such as {@code "procore:timecard_entry"}
   * @param key the source system's key, such as {@code "busybusy:time_entry:9f2c"}
   * @return the linked value (typically the target id), or empty when none
   */
  Optional<String> crossReference(String namespace, String key);

  /**
   * Links a source key to a value, replacing any previous link.
   *
   * @param namespace what kind of link
   * @param key the source system's key
   * @param value the linked value
   */
  void putCrossReference(String namespace, String key, String value);

  /**
   * Links a source key to a value unless it is already linked, atomically, and returns the link
   * that holds after the call. Of several callers racing to link one key, exactly one wins and all
   * of them get the winner's value. A JDBC store maps this to an insert that ignores a conflict
   * followed by a select; Redis to {@code HSETNX} followed by {@code HGET}.
   *
   * <pre>{@code
   * String id = state.putCrossReferenceIfAbsent("procore:timecard_entry", key, candidate);
   * boolean mine = id.equals(candidate);
   * }</pre>
   *
   * @param namespace what kind of link
   * @param key the source system's key
   * @param value the value to link when none is linked yet
   * @return the value linked after the call: {@code value} when this call linked it, else the value
   *     that was already there
   */
  String putCrossReferenceIfAbsent(String namespace, String key, String value);

  /**
   * Returns the cursor of a flow in a scope.
   *
   * @param flow the flow's name, such as {@code "timecard-audit"}
   * @param scope what the flow ran over, such as {@code "company:7/project:42"}
   * @return the last instant recorded, or empty before the first run
   */
  Optional<Instant> cursor(String flow, String scope);

  /**
   * Records the cursor of a flow in a scope. A cursor never moves backwards: a value older than the
   * stored one is ignored.
   *
   * @param flow the flow's name
   * @param scope what the flow ran over
   * @param value the newest instant the run has fully processed
   */
  void putCursor(String flow, String scope, Instant value);

  /**
   * Marks a key as seen, atomically, and tells whether it was new.
   *
   * @param namespace what kind of key, such as {@code "webhook"}
   * @param key the key, such as a delivery's {@code ulid}
   * @param expiresAt when the mark may be forgotten (Procore stops retrying a delivery after 12
   *     hours)
   * @return {@code true} the first time the key is marked; {@code false} for a duplicate
   */
  boolean markSeen(String namespace, String key, Instant expiresAt);

  /**
   * Returns where the last interrupted run of a flow in a scope stopped.
   *
   * @param flow the flow's name
   * @param scope what the flow ran over
   * @return the flow-defined position token (such as {@code ResumePosition.token()}), or empty when
   *     the last run finished or none ran
   */
  Optional<String> resumePosition(String flow, String scope);

  /**
   * Records where a run of a flow in a scope has got to, replacing the previous position.
   *
   * @param flow the flow's name
   * @param scope what the flow ran over
   * @param position the flow-defined position token
   */
  void putResumePosition(String flow, String scope, String position);

  /**
   * Forgets the resume position of a flow in a scope (the run finished).
   *
   * @param flow the flow's name
   * @param scope what the flow ran over
   */
  void clearResumePosition(String flow, String scope);
}
