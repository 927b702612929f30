/**
 * ServiceTrade wire details: the JSON login, the error decoder, the JSON mapper. Not public API.
 */
@NullMarked
package dev.procoresync.timekeeping.servicetrade.internal;

import org.jspecify.annotations.NullMarked;
