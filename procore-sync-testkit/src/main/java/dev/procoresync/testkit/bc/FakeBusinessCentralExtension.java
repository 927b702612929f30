package dev.procoresync.testkit.bc;

import dev.procoresync.testkit.http.FakeExtension;
import dev.procoresync.testkit.http.FakeLifecycle;

/**
 * Starts a {@link FakeBusinessCentral} per test (or per class) and injects it, and its {@link
 * dev.procoresync.testkit.FakeClock}, as test parameters; the engine's {@link FakeExtension}
 * pattern. Use {@link FakeBusinessCentralTest}, or register it in a field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static FakeBusinessCentralExtension bc = new FakeBusinessCentralExtension(FakeLifecycle.PER_CLASS);
 * }</pre>
 */
public final class FakeBusinessCentralExtension extends FakeExtension<FakeBusinessCentral> {
  /** One fake per test (what {@link FakeBusinessCentralTest} uses). */
  public FakeBusinessCentralExtension() {
    this(FakeLifecycle.PER_TEST);
  }

  /**
   * One fake per test or per class.
   *
   * @param lifecycle the lifecycle
   */
  public FakeBusinessCentralExtension(FakeLifecycle lifecycle) {
    super(FakeBusinessCentral.class, lifecycle);
  }

  @Override
  protected FakeBusinessCentral startFake() {
    return FakeBusinessCentral.start();
  }
}
