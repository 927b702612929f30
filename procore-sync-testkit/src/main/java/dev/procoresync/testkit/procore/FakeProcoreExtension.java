package dev.procoresync.testkit.procore;

import dev.procoresync.testkit.FakeClock;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that starts a fresh {@link FakeProcore} before each test and stops it after,
 * and injects it (and its {@link FakeClock}) into test and lifecycle method parameters.
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
public final class FakeProcoreExtension
    implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FakeProcoreExtension.class);

  private final Consumer<FakeProcore.Builder> configuration;
  private final InheritableThreadLocal<@Nullable FakeProcore> currentOnThread =
      new InheritableThreadLocal<>();
  private volatile @Nullable FakeProcore current;

  /** Creates the extension with the default settings (used by {@code @ExtendWith}). */
  public FakeProcoreExtension() {
    this(builder -> {});
  }

  private FakeProcoreExtension(Consumer<FakeProcore.Builder> configuration) {
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
    return new FakeProcoreExtension(Objects.requireNonNull(configuration, "configuration"));
  }

  /**
   * Returns the fake of the running test (of the test running on this thread, or on the thread that
   * started this one, when tests run in parallel).
   *
   * @return the fake
   * @throws IllegalStateException outside a test
   */
  public FakeProcore fake() {
    FakeProcore fake = currentOnThread.get();
    if (fake == null) {
      fake = current;
    }
    if (fake == null) {
      throw new IllegalStateException("no FakeProcore: fake() is only available while a test runs");
    }
    return fake;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    FakeProcore fake = startIn(context);
    current = fake;
    currentOnThread.set(fake);
  }

  private FakeProcore startIn(ExtensionContext context) {
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            FakeProcore.class,
            key -> {
              FakeProcore.Builder builder = FakeProcore.builder();
              configuration.accept(builder);
              return builder.start();
            },
            FakeProcore.class);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    FakeProcore fake = context.getStore(NAMESPACE).remove(FakeProcore.class, FakeProcore.class);
    if (fake != null) {
      fake.close();
    }
    current = null;
    currentOnThread.remove();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext context) {
    Class<?> type = parameterContext.getParameter().getType();
    return type == FakeProcore.class || type == FakeClock.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
    if (context.getTestMethod().isEmpty()) {
      throw new ParameterResolutionException(
          "FakeProcore is created per test: inject it into @Test, @BeforeEach or @AfterEach methods");
    }
    FakeProcore fake = startIn(context);
    current = fake;
    return parameterContext.getParameter().getType() == FakeClock.class ? fake.clock() : fake;
  }
}
