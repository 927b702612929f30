package dev.procoresync.timekeeping.exaktime.model;

/** How SyncLinx groups the locations of a project (the guide's "Sub-jobs Import" options). */
public enum SyncLinxProjectGrouping {
  /** No grouping. */
  NONE,
  /** Each project is a location mobile group; its locations (and sub jobs) are its members. */
  MOBILE_GROUPS,
  /** Each project is a location category given to its locations (and sub jobs). */
  LOCATION_CATEGORIES
}
