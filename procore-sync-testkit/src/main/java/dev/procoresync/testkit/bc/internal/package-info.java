/**
 * Internals of the fake Business Central: the OData routes, the {@code $filter} parser, paging, the
 * {@code $batch} and token endpoints, the {@code $metadata} writer and the company tables on the
 * testkit's engine ({@code dev.procoresync.testkit.http}). Not public API.
 */
@org.jspecify.annotations.NullMarked
package dev.procoresync.testkit.bc.internal;
