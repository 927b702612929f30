/**
 * Test support for procore-sync users: fakes that speak the real wire protocols, fixture builders
 * and JUnit 5 extensions, and the {@link dev.procoresync.testkit.FakeClock} they all run on.
 *
 * <p>The fake-service engine every fake is built on is {@code dev.procoresync.testkit.http}
 * (loopback HTTP, faults, journal, rate windows, record store, extension base). Each faked system
 * lives in its own sub-package ({@code procore} today; Business Central and the QuickBooks Web
 * Connector later), so that a test depends only on what it fakes.
 */
package dev.procoresync.testkit;
