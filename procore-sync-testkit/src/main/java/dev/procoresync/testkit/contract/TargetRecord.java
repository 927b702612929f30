package dev.procoresync.testkit.contract;

import java.util.Objects;

/**
 * One record a flow's target holds, as the {@link UpsertFlowContract} compares it: its key (the
 * origin id) and a digest of the fields the flow writes.
 *
 * @param key the record's key on the target
 * @param digest the fields the flow writes, as text (any form the subclass chooses, equal for equal
 *     fields)
 */
public record TargetRecord(String key, String digest) {
  /**
   * Checks the parts.
   *
   * @param key the record's key on the target
   * @param digest the fields the flow writes, as text
   * @throws NullPointerException when a part is {@code null}
   */
  public TargetRecord {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(digest, "digest");
  }
}
