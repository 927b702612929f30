/**
 * Internals of the fake Procore: the WireMock transformer, the router and its routes, the in-memory
 * store of JSON records, OAuth tokens, rate limiting, faults and Procore's error bodies. Not public
 * API.
 */
@org.jspecify.annotations.NullMarked
package dev.procoresync.testkit.procore.internal;
