/**
 * A stateful fake of Procore's REST API and login host, on real HTTP on loopback, for testing code
 * that talks to Procore: {@link dev.procoresync.testkit.procore.FakeProcore}, its JUnit 5 extension
 * {@link dev.procoresync.testkit.procore.FakeProcoreExtension} and annotation {@link
 * dev.procoresync.testkit.procore.FakeProcoreTest}, seeding fixtures ({@link
 * dev.procoresync.testkit.procore.Fixtures}), injected faults ({@link
 * dev.procoresync.testkit.procore.Fault}), rate limits ({@link
 * dev.procoresync.testkit.procore.RateLimit}) and the request journal ({@link
 * dev.procoresync.testkit.procore.RecordedRequest}).
 *
 * <pre>{@code
 * @FakeProcoreTest
 * class VendorSyncTest {
 *   @Test
 *   void createsVendor(FakeProcore procore) {
 *     procore.givenVendor(Fixtures.vendor("Acme Concrete").originId("bc:vendor:V0001"));
 *     // ... point the code under test at procore.apiBaseUrl() with procore.accessToken()
 *     procore.verifyRequests("GET /rest/v1.0/vendors", 1);
 *   }
 * }
 * }</pre>
 *
 * <p>Where this package fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@org.jspecify.annotations.NullMarked
package dev.procoresync.testkit.procore;
