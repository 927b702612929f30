/**
 * The library's unchecked exception hierarchy.
 *
 * <p>{@link dev.procoresync.core.error.ProcoreSyncException} is the root. Below it the hierarchy
 * splits on one question a caller always needs answered: did the request reach the service? {@link
 * dev.procoresync.core.error.ProcoreTransportException} means it never got an answer (DNS,
 * connection refused or reset, timeout): a write may or may not have landed. {@link
 * dev.procoresync.core.error.ProcoreApiException} means the service answered with an error status.
 *
 * <p>Where this package fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@NullMarked
package dev.procoresync.core.error;

import org.jspecify.annotations.NullMarked;
