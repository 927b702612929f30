/** ExakTime wire details: the error decoder and the JSON mapper. Not public API. */
@NullMarked
package dev.procoresync.timekeeping.exaktime.internal;

import org.jspecify.annotations.NullMarked;
