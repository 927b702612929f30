/** busybusy wire details: the GraphQL documents and the shapes of their answers. Not public API. */
@NullMarked
package dev.procoresync.timekeeping.busybusy.internal;

import org.jspecify.annotations.NullMarked;
