/**
 * Procore's domain model: immutable values for the resources the sync flows read and write, and
 * {@link dev.procoresync.core.model.ProcoreJson}, the one JSON configuration they are decoded with.
 *
 * <p>Every value is an {@code @Value.Immutable} abstract class; its generated {@code Immutable*}
 * twin has a builder that only insists on the few attributes Procore always sends (fixtures stay
 * short: {@code ImmutableVendor.builder().name("Acme").build()}). Attributes Procore may omit are
 * {@link java.util.Optional}; money and hours are {@link java.math.BigDecimal} whether Procore
 * sends a string or a number; REST v1 ids are {@code long}, v2 ids {@code String}; enums owned by
 * Procore carry an {@code UNKNOWN} constant that absorbs values added after this library was built.
 *
 * <p>Where this package fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@SyncStyle
@NullMarked
package dev.procoresync.core.model;

import dev.procoresync.core.SyncStyle;
import org.jspecify.annotations.NullMarked;
