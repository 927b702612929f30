/**
 * Procore's domain model: immutable values for the resources the sync flows read and write, and
 * {@link dev.procoresync.core.model.ProcoreJson}, the one JSON configuration they are decoded with.
 *
 * <p>Every value is built with {@code X.builder()} and copied with changes through {@code
 * x.toBuilder()}; the builder only insists on the few attributes Procore always sends, such as a
 * record's {@code id} and a vendor's or project's name (fixtures stay short: {@code
 * Vendor.builder().id(7001L).name("Acme").build()}). Request bodies ({@code VendorUpdate} and the
 * other {@code *Update} types) insist on nothing: an empty {@code id} creates. Attributes Procore
 * may omit are {@link java.util.Optional}; money and hours are {@link java.math.BigDecimal} whether
 * Procore sends a string or a number; REST v1 ids are {@code long}, v2 ids {@code String}; enums
 * owned by Procore carry an {@code UNKNOWN} constant that absorbs values added after this library
 * was built.
 *
 * <p>Where this package fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@SyncStyle
@NullMarked
package dev.procoresync.core.model;

import dev.procoresync.core.SyncStyle;
import org.jspecify.annotations.NullMarked;
