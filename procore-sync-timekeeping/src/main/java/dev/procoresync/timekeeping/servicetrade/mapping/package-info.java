/**
 * Pure functions of the ServiceTrade connector: a Procore project to customer, location and job;
 * the cost codes a clock-event sync may offer; a clock-event pair to a timecard entry with its
 * actual and rounded times. No I/O, no clock reads.
 */
@NullMarked
package dev.procoresync.timekeeping.servicetrade.mapping;

import org.jspecify.annotations.NullMarked;
