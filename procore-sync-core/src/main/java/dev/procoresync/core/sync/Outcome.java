package dev.procoresync.core.sync;

/**
 * What became of one input record of a flow. Every input ends in exactly one outcome.
 *
 * <pre>{@code
 * RecordOutcome o = RecordOutcome.unchanged("vendor V-0042", "5611");
 * assert o.outcome() == Outcome.UNCHANGED;
 * }</pre>
 */
public enum Outcome {
  /** The record did not exist on the target and was created (or would be, in a dry run). */
  CREATED,
  /** The record existed on the target and was changed. */
  UPDATED,
  /** The record existed on the target and already matched: nothing was written. */
  UNCHANGED,
  /** The record was deleted or archived on the target, as a rule of the flow says. */
  ARCHIVED,
  /** The record was left alone for a reason the user can act on (a broken business rule). */
  SKIPPED,
  /** Writing the record failed with an error. */
  FAILED
}
