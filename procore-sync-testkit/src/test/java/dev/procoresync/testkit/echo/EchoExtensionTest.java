package dev.procoresync.testkit.echo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.http.FakeLifecycle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The engine's extension pattern, proved on the echo fake: per test, per class, outside a test. */
class EchoExtensionTest {
  static final List<String> URLS = new ArrayList<>();

  /** Run by EngineTestKit only. */
  @EchoTest
  static class PerTestCase {
    @Test
    void first(EchoFake echo, FakeClock clock) {
      assertSame(echo.clock(), clock);
      echo.givenWord("mine");
      assertEquals(1, echo.words());
      URLS.add(echo.baseUrl());
    }

    @Test
    void second(EchoFake echo) {
      assertEquals(0, echo.words());
      URLS.add(echo.baseUrl());
    }
  }

  /** Run by EngineTestKit only. */
  static class PerClassCase {
    @RegisterExtension static EchoExtension echo = new EchoExtension(FakeLifecycle.PER_CLASS);

    @BeforeAll
    static void seed(EchoFake fake) {
      fake.givenWord("shared");
    }

    @Test
    void first(EchoFake fake) {
      assertSame(echo.fake(), fake);
      assertEquals(1, fake.words());
      URLS.add(fake.baseUrl());
    }

    @Test
    void second(EchoFake fake) {
      assertEquals(1, fake.words());
      URLS.add(fake.baseUrl());
    }
  }

  /** Run by EngineTestKit only. */
  static class PerTestInBeforeAllCase {
    @RegisterExtension static EchoExtension echo = new EchoExtension();

    @BeforeAll
    static void tooEarly(EchoFake fake) {
      // never runs: the parameter cannot be resolved
    }

    @Test
    void test() {}
  }

  @Test
  void perTestGivesEachTestAFreshFakeAndStopsIt() {
    URLS.clear();
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(PerTestCase.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.started(2).succeeded(2));
    assertEquals(2, URLS.size());
    assertNotEquals(URLS.get(0), URLS.get(1));
    URLS.forEach(EchoExtensionTest::assertStopped);
  }

  @Test
  void perClassSharesOneFakeAcrossTheClassAndStopsItAfter() {
    URLS.clear();
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(PerClassCase.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.started(2).succeeded(2));
    assertEquals(List.of(URLS.get(0), URLS.get(0)), URLS);
    assertStopped(URLS.get(0));
  }

  @Test
  void perTestFakesCannotBeInjectedIntoBeforeAll() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(PerTestInBeforeAllCase.class))
        .execute()
        .containerEvents()
        .assertStatistics(stats -> stats.failed(1));
  }

  @Test
  void fakeOutsideATestIsAClearError() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> new EchoExtension().fake());
    assertEquals("no EchoFake: fake() is only available while a test runs", e.getMessage());
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
