package dev.procoresync.core.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of a batch sync: the records Procore stored (as it returned them) and the items it
 * did not accept.
 *
 * <p>Procore answers sync actions with HTTP 200 even when items fail, so always look at {@link
 * #failures()}:
 *
 * <pre>{@code
 * SyncResult<Vendor> result = company.vendors().sync(updates);
 * result.failures().forEach(f -> log.warn("vendor {} refused: {}", f.originId().orElse("?"), f.message()));
 * }</pre>
 *
 * @param <T> the record type
 */
public final class SyncResult<T> {
  private final List<T> entities;
  private final List<SyncFailure> failures;
  private final int requests;

  /**
   * Creates a result.
   *
   * @param entities the records stored
   * @param failures the items refused
   * @param requests how many write requests the sync spent
   */
  public SyncResult(List<T> entities, List<SyncFailure> failures, int requests) {
    this.entities = List.copyOf(Objects.requireNonNull(entities, "entities"));
    this.failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
    this.requests = requests;
  }

  /**
   * Returns the records Procore stored, as it returned them.
   *
   * @return the records, unmodifiable
   */
  public List<T> entities() {
    return entities;
  }

  /**
   * Returns the items Procore did not accept.
   *
   * @return the failures, unmodifiable
   */
  public List<SyncFailure> failures() {
    return failures;
  }

  /**
   * Returns the failures of items that had an origin id, keyed by it.
   *
   * @return the failures by origin id (insertion ordered)
   */
  public Map<String, SyncFailure> failuresByOriginId() {
    Map<String, SyncFailure> byOrigin = new LinkedHashMap<>();
    for (SyncFailure f : failures) {
      f.originId().ifPresent(o -> byOrigin.put(o, f));
    }
    return byOrigin;
  }

  /**
   * Tells whether every item was accepted.
   *
   * @return {@code true} when there is no failure
   */
  public boolean isComplete() {
    return failures.isEmpty();
  }

  /**
   * Returns the number of write requests the sync spent (chunks, halvings after 413, retries of
   * failed items).
   *
   * @return the request count
   */
  public int requests() {
    return requests;
  }

  @Override
  public String toString() {
    return "SyncResult{entities="
        + entities.size()
        + ", failures="
        + failures.size()
        + ", requests="
        + requests
        + "}";
  }
}
