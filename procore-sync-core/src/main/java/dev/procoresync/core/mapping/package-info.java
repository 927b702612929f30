/**
 * Pure mapping primitives that every flow composes: hierarchy translators, budget-code parsing,
 * change-order classification, timesheet validators and record reconciliation.
 *
 * <p>Everything here is side-effect free: no I/O, no clock reads, no client or HTTP types. Inputs
 * are either generic (read through accessor functions) or small values defined in these packages,
 * so that a flow adapts a Procore model in one line. Business rules return {@link
 * dev.procoresync.core.validation.Violation violations}; exceptions are thrown only for programming
 * errors such as a {@code null} argument.
 *
 * <p>Where this package fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@NullMarked
package dev.procoresync.core.mapping;

import org.jspecify.annotations.NullMarked;
