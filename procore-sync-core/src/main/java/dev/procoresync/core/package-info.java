/**
 * The root of procore-sync's core module: the library's exception root and the shared value style.
 *
 * <p>Sub-packages follow one shape: {@code model} (immutable values), {@code client} (the only code
 * that does I/O), {@code mapping} (pure functions), {@code flow} (read, map, write, report) and
 * {@code internal} (wire details, not public API).
 *
 * <p>Where this package fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
package dev.procoresync.core;
