/** Wire details of the JDBC store (schema, a small pool): not public API. */
@NullMarked
package dev.procoresync.state.jdbc.internal;

import org.jspecify.annotations.NullMarked;
