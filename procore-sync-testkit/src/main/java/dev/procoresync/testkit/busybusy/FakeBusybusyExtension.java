package dev.procoresync.testkit.busybusy;

import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.http.FakeExtension;
import dev.procoresync.testkit.http.FakeLifecycle;

/**
 * Starts a {@link FakeBusybusy} for each test (or once per class) and closes it after.
 *
 * <pre>{@code
 * @RegisterExtension final FakeBusybusyExtension busybusy = new FakeBusybusyExtension();
 * // busybusy.fake().endpoint()
 * }</pre>
 */
public final class FakeBusybusyExtension extends FakeExtension<FakeBusybusy> {
  /** A fresh fake per test. */
  public FakeBusybusyExtension() {
    this(FakeLifecycle.PER_TEST);
  }

  /**
   * A fake with the given lifecycle.
   *
   * @param lifecycle per test or per class
   */
  public FakeBusybusyExtension(FakeLifecycle lifecycle) {
    super(FakeBusybusy.class, lifecycle);
  }

  @Override
  protected FakeBusybusy startFake() {
    return FakeBusybusy.start(FakeClock.create());
  }
}
