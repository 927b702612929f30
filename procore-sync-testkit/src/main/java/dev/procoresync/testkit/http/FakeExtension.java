package dev.procoresync.testkit.http;

import dev.procoresync.testkit.FakeClock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension pattern every fake reuses: starts a fake per test (or per class), stops it
 * afterwards, injects it (and its {@link FakeClock}) as a parameter and hands it out through {@link
 * #fake()} to tests that register the extension in a field. A fake adds a subclass with a public
 * no-argument constructor, and an annotation meta-annotated with
 * {@code @ExtendWith(ThatExtension.class)}:
 *
 * <pre>{@code
 * public final class EchoExtension extends FakeExtension<EchoFake> {
 *   public EchoExtension() {
 *     super(EchoFake.class, FakeLifecycle.PER_TEST);
 *   }
 *
 *   @Override
 *   protected EchoFake startFake() {
 *     return EchoFake.start();
 *   }
 * }
 *
 * @Target({ElementType.TYPE, ElementType.METHOD})
 * @Retention(RetentionPolicy.RUNTIME)
 * @ExtendWith(EchoExtension.class)
 * public @interface EchoTest {}
 * }</pre>
 *
 * <p>With {@link FakeLifecycle#PER_TEST} the fake may be injected into {@code @Test},
 * {@code @BeforeEach} and {@code @AfterEach} methods; with {@link FakeLifecycle#PER_CLASS} also
 * into {@code @BeforeAll}/{@code @AfterAll}. When tests run in parallel, {@link #fake()} returns
 * the fake of the test running on the calling thread (or on the thread that started it).
 *
 * @param <F> the fake's type
 */
public abstract class FakeExtension<F extends FakeService>
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {
  private final Class<F> type;
  private final FakeLifecycle lifecycle;
  private final ExtensionContext.Namespace namespace;
  private final InheritableThreadLocal<@Nullable F> currentOnThread =
      new InheritableThreadLocal<>();
  private volatile @Nullable F current;

  /**
   * Creates the extension.
   *
   * @param type the fake's class (the parameter type that gets injected)
   * @param lifecycle one fake per test or per class
   */
  protected FakeExtension(Class<F> type, FakeLifecycle lifecycle) {
    this.type = Objects.requireNonNull(type, "type");
    this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
    this.namespace = ExtensionContext.Namespace.create(getClass(), type);
  }

  /**
   * Starts a new fake; called once per test (or per class).
   *
   * @return the started fake
   */
  protected abstract F startFake();

  /**
   * Returns the lifecycle of the fakes.
   *
   * @return per test or per class
   */
  public final FakeLifecycle lifecycle() {
    return lifecycle;
  }

  /**
   * Returns the fake of the running test (of the test running on this thread, or on the thread that
   * started this one, when tests run in parallel).
   *
   * @return the fake
   * @throws IllegalStateException outside a test
   */
  public final F fake() {
    F fake = currentOnThread.get();
    if (fake == null) {
      fake = current;
    }
    if (fake == null) {
      throw new IllegalStateException(
          "no " + type.getSimpleName() + ": fake() is only available while a test runs");
    }
    return fake;
  }

  @Override
  public final void beforeAll(ExtensionContext context) {
    if (lifecycle == FakeLifecycle.PER_CLASS) {
      remember(startIn(context));
    }
  }

  @Override
  public final void afterAll(ExtensionContext context) {
    if (lifecycle == FakeLifecycle.PER_CLASS) {
      stopIn(context);
    }
  }

  @Override
  public final void beforeEach(ExtensionContext context) {
    remember(startIn(context));
  }

  @Override
  public final void afterEach(ExtensionContext context) {
    if (lifecycle == FakeLifecycle.PER_TEST) {
      stopIn(context);
    }
  }

  private void remember(F fake) {
    current = fake;
    currentOnThread.set(fake);
  }

  private F startIn(ExtensionContext context) {
    ExtensionContext owner = context;
    if (lifecycle == FakeLifecycle.PER_CLASS) {
      while (owner.getTestMethod().isPresent() && owner.getParent().isPresent()) {
        owner = owner.getParent().get();
      }
    }
    return owner.getStore(namespace).getOrComputeIfAbsent(type, key -> startFake(), type);
  }

  private void stopIn(ExtensionContext context) {
    F fake = context.getStore(namespace).remove(type, type);
    if (fake != null) {
      fake.close();
    }
    current = null;
    currentOnThread.remove();
  }

  @Override
  public final boolean supportsParameter(
      ParameterContext parameterContext, ExtensionContext context) {
    Class<?> wanted = parameterContext.getParameter().getType();
    return wanted == type || wanted == FakeClock.class;
  }

  @Override
  public final Object resolveParameter(
      ParameterContext parameterContext, ExtensionContext context) {
    if (lifecycle == FakeLifecycle.PER_TEST && context.getTestMethod().isEmpty()) {
      throw new ParameterResolutionException(
          type.getSimpleName()
              + " is created per test: inject it into @Test, @BeforeEach or @AfterEach methods");
    }
    F fake = startIn(context);
    current = fake;
    return parameterContext.getParameter().getType() == FakeClock.class ? fake.clock() : fake;
  }
}
