package dev.procoresync.timekeeping.model;

/**
 * What a Procore project's timesheets expect: total hours, or start and stop times. Procore sets it
 * per project; projects listed in {@code company_configuration.projects_timecard_in_out_enabled}
 * take {@link #START_STOP}.
 */
public enum TimecardMode {
  /**
   * Send {@code hours}; entries of one worker, project, cost code and day are sent as their total.
   */
  TOTAL_HOURS,

  /** Send {@code time_in}, {@code time_out} and {@code lunch_time}; entries are sent one by one. */
  START_STOP
}
