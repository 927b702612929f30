package dev.procoresync.timekeeping.model;

/** Whether a clock event starts or ends a stretch of work. */
public enum ClockEventType {
  /** The worker clocked in. */
  IN,

  /** The worker clocked out. */
  OUT
}
