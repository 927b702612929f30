/**
 * Business-rule results: {@link dev.procoresync.core.validation.Violation violations} and {@link
 * dev.procoresync.core.validation.Validated validated values}.
 *
 * <p>Rules never throw for bad data; they return violations that name the field, the rejected value
 * and what would make it valid.
 *
 * <p>Where this package fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@SyncStyle
@NullMarked
package dev.procoresync.core.validation;

import dev.procoresync.core.SyncStyle;
import org.jspecify.annotations.NullMarked;
