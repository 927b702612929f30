/**
 * Timesheet validators and aggregation, generic over the entry type: a {@link
 * dev.procoresync.core.mapping.timesheet.TimeEntryView} names the accessors once, so the same rules
 * run on Procore timecard entries and on the time-keeping module's neutral entries.
 *
 * <pre>{@code
 * TimeEntryView<Entry> view = TimeEntryView.<Entry>builder(e -> String.valueOf(e.id()))
 *     .worker(Entry::employeeId).date(Entry::date).start(Entry::clockIn).end(Entry::clockOut)
 *     .project(Entry::projectId).costCode(Entry::costCode).status(Entry::status)
 *     .build();
 * Validator<Entry> each = TimesheetRules.statusIn(view, Set.of("approved", "pending"))
 *     .and(TimesheetRules.closed(view))
 *     .and(TimesheetRules.projectPresent(view))
 *     .and(TimesheetRules.hours(view, e -> false));
 * List<EntryViolation<Entry>> problems = TimesheetRules.checkAll(
 *     List.of(TimesheetRules.each(view, each), TimesheetRules.noOverlaps(view)), entries);
 * }</pre>
 *
 * <p>Durations are computed on {@link java.time.Instant}s, never on wall-clock times, so daylight
 * saving days count their real 23 or 25 hours.
 *
 * <p>Where this package fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@SyncStyle
@NullMarked
package dev.procoresync.core.mapping.timesheet;

import dev.procoresync.core.SyncStyle;
import org.jspecify.annotations.NullMarked;
