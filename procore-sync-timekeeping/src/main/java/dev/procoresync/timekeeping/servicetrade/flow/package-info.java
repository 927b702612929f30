/**
 * The ServiceTrade flows of its Procore integration guide: a Procore project to a ServiceTrade
 * customer, location and job ({@link dev.procoresync.timekeeping.servicetrade.flow.ProjectJobFlow})
 * and a job's selected clock events to the Procore project's timesheet ({@link
 * dev.procoresync.timekeeping.servicetrade.flow.ClockEventTimesheetFlow}), both on the kit's {@link
 * dev.procoresync.core.flow.UpsertTemplate}.
 */
@NullMarked
package dev.procoresync.timekeeping.servicetrade.flow;

import org.jspecify.annotations.NullMarked;
