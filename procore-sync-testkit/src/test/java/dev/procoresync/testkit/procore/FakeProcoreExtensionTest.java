package dev.procoresync.testkit.procore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.procoresync.testkit.FakeClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

class FakeProcoreExtensionTest {

  static final List<String> URLS = new ArrayList<>();

  /** Run by EngineTestKit only. */
  @FakeProcoreTest
  static class AnnotatedCase {
    @Test
    void injectsAFreshStartedFake(FakeProcore procore, FakeClock clock) {
      assertNotNull(procore);
      assertSame(procore.clock(), clock);
      assertEquals(0, procore.all("vendors").size());
      procore.givenVendor(Fixtures.vendor("Only in this test"));
      assertEquals(200, new Http(procore).get("/rest/v1.0/vendors").status());
      URLS.add(procore.apiBaseUrl());
    }

    @Test
    void eachTestGetsItsOwnFake(FakeProcore procore) {
      assertEquals(0, procore.all("vendors").size());
      URLS.add(procore.apiBaseUrl());
    }
  }

  /** Run by EngineTestKit only. */
  static class RegisteredCase {
    @RegisterExtension
    static FakeProcoreExtension procore =
        FakeProcoreExtension.configured(b -> b.rateLimit(RateLimit.of(600, 25)).companyName("Reg"));

    @Test
    void configuredFakeIsAvailable() {
      FakeProcore fake = procore.fake();
      Http.Response response = new Http(fake).get("/rest/v1.0/companies");
      assertEquals("Reg", response.json().get(0).get("name").asText());
      assertEquals("25", response.header("X-Rate-Limit-Limit"));
      URLS.add(fake.apiBaseUrl());
    }
  }

  static final java.util.concurrent.CyclicBarrier BARRIER =
      new java.util.concurrent.CyclicBarrier(2);

  /** Run by EngineTestKit only, in parallel: each test sees its own fake through fake(). */
  static class ParallelCase {
    @RegisterExtension static FakeProcoreExtension procore = new FakeProcoreExtension();

    private void seedAndCheck(String name) throws Exception {
      FakeProcore mine = procore.fake();
      mine.givenVendor(Fixtures.vendor(name));
      BARRIER.await(30, java.util.concurrent.TimeUnit.SECONDS);
      assertSame(mine, procore.fake());
      assertEquals(1, procore.fake().all("vendors").size());
      assertEquals(name, procore.fake().all("vendors").get(0).get("name").asText());
    }

    @Test
    void first() throws Exception {
      seedAndCheck("first");
    }

    @Test
    void second() throws Exception {
      seedAndCheck("second");
    }
  }

  /** Run by EngineTestKit only: asking for the fake outside a test fails clearly. */
  static class OutsideCase {
    @Test
    void fakeOutsideATestFails() {
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> new FakeProcoreExtension().fake());
      assertEquals("no FakeProcore: fake() is only available while a test runs", e.getMessage());
    }
  }

  @Test
  void annotationInjectsAFreshFakePerTestAndStopsIt() {
    URLS.clear();
    Events events =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(AnnotatedCase.class))
            .execute()
            .testEvents();
    events.assertStatistics(stats -> stats.started(2).succeeded(2).failed(0));
    assertEquals(2, URLS.size());
    assertNotEquals(URLS.get(0), URLS.get(1));
    URLS.forEach(FakeProcoreExtensionTest::assertStopped);
  }

  @Test
  void registerExtensionAppliesTheConfiguration() {
    URLS.clear();
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(RegisteredCase.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.started(1).succeeded(1));
    assertStopped(URLS.get(0));
  }

  @Test
  void fakeOutsideATestIsAClearError() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(OutsideCase.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(1));
  }

  @Test
  void parallelTestsEachSeeTheirOwnFake() {
    BARRIER.reset();
    EngineTestKit.engine("junit-jupiter")
        .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
        .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
        .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
        .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "2")
        .selectors(selectClass(ParallelCase.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.started(2).succeeded(2));
  }

  private static void assertStopped(String baseUrl) {
    URI uri = URI.create(baseUrl);
    assertThrows(
        UncheckedIOException.class,
        () -> {
          try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.getOutputStream().write(1);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        "the fake at " + baseUrl + " should be stopped");
  }
}
