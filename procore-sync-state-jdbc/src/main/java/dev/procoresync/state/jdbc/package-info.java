/**
 * The durable sync state on JDBC: {@link dev.procoresync.state.jdbc.JdbcSyncStateStore}, one
 * database shared by every process and machine that syncs the same Procore companies.
 *
 * <p>Where this module fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@NullMarked
package dev.procoresync.state.jdbc;

import org.jspecify.annotations.NullMarked;
