/** Wire details of the HTTP layer (the follow-up shield, body summaries); not public API. */
@NullMarked
package dev.procoresync.core.http.internal;

import org.jspecify.annotations.NullMarked;
