package dev.procoresync.testkit.procore;

import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.http.FakeExtension;
import dev.procoresync.testkit.http.FakeLifecycle;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * JUnit 5 extension that starts a fresh {@link FakeProcore} before each test and stops it after,
 * and injects it (and its {@link FakeClock}) into test and lifecycle method parameters. Built on
 * the engine's {@link FakeExtension}.
 *
 * <p>Declaratively, with {@link FakeProcoreTest} (or
 * {@code @ExtendWith(FakeProcoreExtension.class)}):
 *
 * <pre>{@code
 * @FakeProcoreTest
 * class MyTest {
 *   @Test
 *   void works(FakeProcore procore, FakeClock clock) { ... }
 * }
 * }</pre>
 *
 * <p>Programmatically, to configure it:
 *
 * <pre>{@code
 * @RegisterExtension
 * static FakeProcoreExtension procore =
 *     FakeProcoreExtension.configured(b -> b.rateLimit(RateLimit.of(600, 25)));
 *
 * @Test
 * void works() {
 *   procore.fake().givenVendor(Fixtures.vendor("Acme"));
 * }
 * }</pre>
 */
public final class FakeProcoreExtension extends FakeExtension<FakeProcore> {
  private final Consumer<FakeProcore.Builder> configuration;

  /** Creates the extension with the default settings (used by {@code @ExtendWith}). */
  public FakeProcoreExtension() {
    this(builder -> {}, FakeLifecycle.PER_TEST);
  }

  private FakeProcoreExtension(
      Consumer<FakeProcore.Builder> configuration, FakeLifecycle lifecycle) {
    super(FakeProcore.class, lifecycle);
    this.configuration = configuration;
  }

  /**
   * Creates an extension whose fakes are configured by {@code configuration} (called with a fresh
   * builder, and a fresh {@link FakeClock}, before each test).
   *
   * @param configuration the settings
   * @return the extension, for {@code @RegisterExtension}
   */
  public static FakeProcoreExtension configured(Consumer<FakeProcore.Builder> configuration) {
    return new FakeProcoreExtension(
        Objects.requireNonNull(configuration, "configuration"), FakeLifecycle.PER_TEST);
  }

  /**
   * Creates an extension that starts one fake for all tests of a class (faster; the tests share its
   * records and journal), configured by {@code configuration}.
   *
   * @param configuration the settings
   * @return the extension, for a static {@code @RegisterExtension} field
   */
  public static FakeProcoreExtension perClass(Consumer<FakeProcore.Builder> configuration) {
    return new FakeProcoreExtension(
        Objects.requireNonNull(configuration, "configuration"), FakeLifecycle.PER_CLASS);
  }

  @Override
  protected FakeProcore startFake() {
    FakeProcore.Builder builder = FakeProcore.builder();
    configuration.accept(builder);
    return builder.start();
  }
}
