/** Flow internals: compact change detection shared by the upsert flows. Not public API. */
@NullMarked
package dev.procoresync.core.flow.internal;

import org.jspecify.annotations.NullMarked;
