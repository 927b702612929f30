/**
 * The time rules: pure functions over the neutral model, no I/O and no clock reads. Rounding by the
 * company's policy ({@link dev.procoresync.timekeeping.mapping.TimeRounding}), and the other rules
 * that turn source time into what Procore's timesheets take.
 *
 * <p>Every computation is on {@link java.time.Instant}s in the project's zone, so midnight and
 * daylight-saving days give real durations; business problems come back as violations, never as
 * exceptions.
 *
 * <p>Where this package fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@SyncStyle
@NullMarked
package dev.procoresync.timekeeping.mapping;

import dev.procoresync.core.SyncStyle;
import org.jspecify.annotations.NullMarked;
