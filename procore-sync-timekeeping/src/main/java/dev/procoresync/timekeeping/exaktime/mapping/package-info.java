/**
 * Pure functions of the ExakTime connector: the guide's mapping tables (Procore worker, project and
 * sub job, cost code to ExakTime employee, location, cost code) and an ExakTime time record to a
 * Procore timecard entry. No I/O, no clock reads.
 */
@NullMarked
package dev.procoresync.timekeeping.exaktime.mapping;

import org.jspecify.annotations.NullMarked;
