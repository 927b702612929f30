/**
 * The fake-service engine every fake of the testkit is built on, public so that connectors and
 * users build their own: {@link dev.procoresync.testkit.http.FakeServer} (real HTTP on loopback, on
 * WireMock) serving {@link dev.procoresync.testkit.http.RouteSet}s of {@link
 * dev.procoresync.testkit.http.Handler}s and {@link dev.procoresync.testkit.http.Filter}s over
 * {@link dev.procoresync.testkit.http.Exchange}s and {@link dev.procoresync.testkit.http.Reply}s;
 * injected {@link dev.procoresync.testkit.http.Fault}s; {@link
 * dev.procoresync.testkit.http.RateWindows} (fixed windows on the {@link
 * dev.procoresync.testkit.FakeClock}, keyed per request); the request journal ({@link
 * dev.procoresync.testkit.http.RecordedRequest}, {@link
 * dev.procoresync.testkit.http.RequestPattern}); an in-memory {@link
 * dev.procoresync.testkit.http.RecordStore} with change times and ETags; and the JUnit 5 extension
 * pattern ({@link dev.procoresync.testkit.http.FakeExtension}).
 *
 * <pre>{@code
 * FakeClock clock = FakeClock.create();
 * RecordStore store = RecordStore.on(clock);
 * RateWindows limits = RateWindows.on(clock);
 * try (FakeServer server = FakeServer.builder()
 *     .clock(clock)
 *     .routes(routes -> routes
 *         .filter(limits)
 *         .get("/items/{id}", ex -> store.get("items", ex.pathParam("id"))
 *             .map(r -> Reply.json(200, r.json()))
 *             .orElseGet(() -> Reply.empty(404))))
 *     .start()) {
 *   limits.policy(RatePolicy.builder().window(100, Duration.ofMinutes(1)).build());
 *   server.failNext("GET /items/{id}", 1, Fault.connectionReset());
 *   // ... run the code under test against server.baseUrl() ...
 *   server.verifyRequests("GET /items/{id}", 2);
 * }
 * }</pre>
 *
 * <p>Decision record: {@code docs/decisions/0130-fake-service-engine.md}.
 */
@org.jspecify.annotations.NullMarked
package dev.procoresync.testkit.http;
