/**
 * Internals of the fake Procore: its routes as route sets on the testkit's engine ({@code
 * dev.procoresync.testkit.http}), the in-memory store of Procore's JSON records with its scopes and
 * derived fields, OAuth tokens and Procore's error bodies. Not public API.
 */
@org.jspecify.annotations.NullMarked
package dev.procoresync.testkit.procore.internal;
