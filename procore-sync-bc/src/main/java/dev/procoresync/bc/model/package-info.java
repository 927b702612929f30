/**
 * The ProjectPro / Business Central records the flows read and write, as immutable values with
 * their JSON names (camelCase, as Business Central's API pages name them). Each record read from
 * Business Central carries its {@code id} (SystemId) and {@code @odata.etag}.
 */
@SyncStyle
@NullMarked
package dev.procoresync.bc.model;

import dev.procoresync.core.SyncStyle;
import org.jspecify.annotations.NullMarked;
