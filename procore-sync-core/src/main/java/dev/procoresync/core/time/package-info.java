/**
 * Time as a dependency: the {@link dev.procoresync.core.time.Sleeper} that every wait goes through,
 * next to {@link java.time.Clock} for every read of the current time.
 *
 * <p>Tests inject a clock and a sleeper that advances it, so that rate-limit windows, token expiry,
 * Retry-After and backoff are exercised without ever sleeping.
 *
 * <p>Where this package fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@NullMarked
package dev.procoresync.core.time;

import org.jspecify.annotations.NullMarked;
