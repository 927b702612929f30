package dev.procoresync.testkit.procore.internal;

/** Time: timecard entries, timesheets, people, crews, classifications, time types, rounding. */
final class TimeRoutes {
  private TimeRoutes() {}

  static void register(Catalogue c) {
    // filled in below
  }
}
