/**
 * ServiceTrade's records as this library reads and writes them: customers, locations, jobs, users
 * (technicians) and paired clock events. Immutable values built with {@code X.builder()}.
 */
@SyncStyle
@NullMarked
package dev.procoresync.timekeeping.servicetrade.model;

import dev.procoresync.core.SyncStyle;
import org.jspecify.annotations.NullMarked;
