/**
 * busybusy: a typed client of its GraphQL API ({@link
 * dev.procoresync.timekeeping.busybusy.BusybusyClient}) and the flows of busybusy's Procore guide.
 *
 * <p>Where this package fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@SyncStyle
@NullMarked
package dev.procoresync.timekeeping.busybusy;

import dev.procoresync.core.SyncStyle;
import org.jspecify.annotations.NullMarked;
