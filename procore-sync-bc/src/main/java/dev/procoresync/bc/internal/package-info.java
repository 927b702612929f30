/** Wire details of the Business Central client; not public API. */
@NullMarked
package dev.procoresync.bc.internal;

import org.jspecify.annotations.NullMarked;
