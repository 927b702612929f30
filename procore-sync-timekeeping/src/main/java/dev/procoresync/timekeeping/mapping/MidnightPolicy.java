package dev.procoresync.timekeeping.mapping;

/**
 * What to do with an entry that crosses midnight in the project's zone. Procore keys a timecard
 * entry on one local date.
 */
public enum MidnightPolicy {
  /** The whole entry goes on the clock-in's local date (Procore's own behaviour; the default). */
  CLOCK_IN_DATE,

  /**
   * The entry is cut at each local midnight and each part goes on its own date (as busybusy's
   * payroll export does); breaks go with the part they fall in.
   */
  SPLIT_AT_MIDNIGHT
}
