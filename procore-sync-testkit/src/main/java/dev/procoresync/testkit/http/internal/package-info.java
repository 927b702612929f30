/**
 * Internals of the fake-service engine: the WireMock adapter, route templates, the fault queue and
 * redaction of secrets. Not public API.
 */
@org.jspecify.annotations.NullMarked
package dev.procoresync.testkit.http.internal;
