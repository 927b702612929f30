/**
 * The neutral time model every time-keeping connector maps into and out of: {@link
 * dev.procoresync.timekeeping.model.Worker workers}, {@link
 * dev.procoresync.timekeeping.model.TimeEntry time entries}, {@link
 * dev.procoresync.timekeeping.model.ClockEvent clock events}, {@link
 * dev.procoresync.timekeeping.model.Location locations}, {@link
 * dev.procoresync.timekeeping.model.CostCode cost codes}, {@link
 * dev.procoresync.timekeeping.model.TimeOff time off} and the company's {@link
 * dev.procoresync.timekeeping.model.RoundingPolicy rounding policy}.
 *
 * <p>Every value is built with {@code X.builder()} and copied with changes through {@code
 * x.toBuilder()}. Keys are the source system's ids as text. Clock times are {@link
 * java.time.Instant}s carried with the zone of the project they were worked on, so the rules in
 * {@code dev.procoresync.timekeeping.mapping} never do arithmetic on wall-clock times; a caller
 * holding local date-times converts them once, through {@link
 * dev.procoresync.timekeeping.model.TimeEntry.Builder#localTimes}.
 *
 * <pre>{@code
 * TimeEntry entry = TimeEntry.builder()
 *     .id("te-1").workerId("m-7").projectId("p-3").costCodeId("cc-9")
 *     .localTimes(LocalDateTime.parse("2026-03-08T07:55"), LocalDateTime.parse("2026-03-08T16:05"),
 *         ZoneId.of("America/Denver"))
 *     .build();
 * }</pre>
 *
 * <p>Where this package fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@SyncStyle
@NullMarked
package dev.procoresync.timekeeping.model;

import dev.procoresync.core.SyncStyle;
import org.jspecify.annotations.NullMarked;
