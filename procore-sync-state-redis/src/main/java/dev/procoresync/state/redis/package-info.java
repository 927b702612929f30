/**
 * The sync state on Redis: {@link dev.procoresync.state.redis.RedisStateStore}, one Redis shared by
 * every process and machine that syncs the same Procore companies (token pairs and refresh leases,
 * run leases, shared rate-limit budgets, and the rest of the sync state).
 *
 * <p>Where this module fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@NullMarked
package dev.procoresync.state.redis;

import org.jspecify.annotations.NullMarked;
