/**
 * ExakTime's records as this library reads and writes them: cost codes (a confirmed route) and,
 * unverified, employees, locations and time records. Immutable values built with {@code
 * X.builder()}.
 */
@SyncStyle
@NullMarked
package dev.procoresync.timekeeping.exaktime.model;

import dev.procoresync.core.SyncStyle;
import org.jspecify.annotations.NullMarked;
