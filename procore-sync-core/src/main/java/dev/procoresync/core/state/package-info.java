/**
 * State kept between sync runs: cross references, incremental cursors, webhook de-duplication keys
 * and the OAuth token pair.
 *
 * <p>Flows hold nothing between runs; everything they must remember goes through a {@link
 * dev.procoresync.core.state.SyncStateStore}. The in-memory store is the default; a JDBC or Redis
 * implementation plugs in through the same interface.
 *
 * <p>Where this package fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@SyncStyle
@NullMarked
package dev.procoresync.core.state;

import dev.procoresync.core.SyncStyle;
import org.jspecify.annotations.NullMarked;
