package dev.procoresync.testkit.procore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RateLimitTest {
  private final FakeProcore procore = FakeProcore.start();
  private final Http http = new Http(procore);

  @AfterEach
  void stop() {
    procore.close();
  }

  private long epoch(Duration after) {
    return procore.clock().instant().plus(after).getEpochSecond();
  }

  @Test
  void offByDefault() {
    for (int i = 0; i < 30; i++) {
      assertEquals(200, http.get("/rest/v1.0/vendors").status());
    }
    assertNull(http.get("/rest/v1.0/vendors").header("X-Rate-Limit-Limit"));
  }

  @Test
  void spikeWindowLimitsAndResetsOnTheFakeClock() {
    procore.rateLimit(RateLimit.of(600, 3));
    long reset = epoch(Duration.ofSeconds(10));
    Http.Response first = http.get("/rest/v1.0/vendors");
    assertEquals("3", first.header("X-Rate-Limit-Limit"));
    assertEquals("2", first.header("X-Rate-Limit-Remaining"));
    assertEquals(Long.toString(reset), first.header("X-Rate-Limit-Reset"));
    http.get("/rest/v1.0/vendors");
    assertEquals("0", http.get("/rest/v1.0/vendors").header("X-Rate-Limit-Remaining"));

    procore.clock().advance(Duration.ofSeconds(4));
    Http.Response limited = http.get("/rest/v1.0/vendors");
    assertEquals(429, limited.status());
    assertEquals("6", limited.header("Retry-After"));
    assertEquals("0", limited.header("X-Rate-Limit-Remaining"));
    assertEquals(ProcoreErrorsText.RATE_LIMITED, limited.json().get("errors").asText());

    procore.clock().advance(Duration.ofSeconds(6));
    Http.Response again = http.get("/rest/v1.0/vendors");
    assertEquals(200, again.status());
    assertEquals("2", again.header("X-Rate-Limit-Remaining"));
  }

  @Test
  void hourlyWindowIsDescribedWhenItIsNearerExhaustion() {
    procore.rateLimit(RateLimit.of(4, 3));
    long hourlyReset = epoch(Duration.ofHours(1));
    Http.Response r1 = http.get("/rest/v1.0/vendors"); // hourly 3 left, spike 2 left
    assertEquals("3", r1.header("X-Rate-Limit-Limit"));
    procore.clock().advance(Duration.ofSeconds(10));
    Http.Response r2 = http.get("/rest/v1.0/vendors"); // hourly 2 left, spike 2 left: tie
    assertEquals("3", r2.header("X-Rate-Limit-Limit"));
    Http.Response r3 = http.get("/rest/v1.0/vendors"); // hourly 1 left, spike 1 left: tie
    assertEquals("3", r3.header("X-Rate-Limit-Limit"));
    procore.clock().advance(Duration.ofSeconds(10));
    Http.Response r4 = http.get("/rest/v1.0/vendors"); // hourly 0 left, spike 2 left
    assertEquals("4", r4.header("X-Rate-Limit-Limit"));
    assertEquals("0", r4.header("X-Rate-Limit-Remaining"));
    assertEquals(Long.toString(hourlyReset), r4.header("X-Rate-Limit-Reset"));

    procore.clock().advance(Duration.ofSeconds(10));
    Http.Response limited = http.get("/rest/v1.0/vendors");
    assertEquals(429, limited.status());
    assertEquals("4", limited.header("X-Rate-Limit-Limit"));
    assertEquals(
        Long.toString(hourlyReset - procore.clock().instant().getEpochSecond()),
        limited.header("Retry-After"));
  }

  @Test
  void retryAfterCanBeLeftOut() {
    procore.rateLimit(RateLimit.of(600, 1).withRetryAfter(false));
    http.get("/rest/v1.0/vendors");
    Http.Response limited = http.get("/rest/v1.0/vendors");
    assertEquals(429, limited.status());
    assertNull(limited.header("Retry-After"));
    assertEquals("1", limited.header("X-Rate-Limit-Limit"));
  }

  @Test
  void windowsAreConfigurable() {
    procore.rateLimit(
        RateLimit.of(100, 1).withWindows(Duration.ofMinutes(10), Duration.ofSeconds(1)));
    http.get("/rest/v1.0/vendors");
    assertEquals(429, http.get("/rest/v1.0/vendors").status());
    procore.clock().advance(Duration.ofSeconds(1));
    assertEquals(200, http.get("/rest/v1.0/vendors").status());
  }

  @Test
  void eachCompanyOfAnAppHasItsOwnBudgetAsProcoreCountsIt() {
    long second = procore.givenCompany(Fixtures.company("Second Co"));
    procore.rateLimit(RateLimit.of(600, 2));
    Http first = new Http(procore);
    Http other = new Http(procore).company(Long.toString(second));
    first.get("/rest/v1.0/vendors");
    first.get("/rest/v1.0/vendors");
    assertEquals(429, first.get("/rest/v1.0/vendors").status());

    Http.Response otherCompany = other.get("/rest/v1.0/vendors?company_id=" + second);

    assertEquals(200, otherCompany.status());
    assertEquals("1", otherCompany.header("X-Rate-Limit-Remaining"));
    // a new token of the same app spends the same budget
    assertEquals(429, new Http(procore).get("/rest/v1.0/vendors").status());
  }
}
