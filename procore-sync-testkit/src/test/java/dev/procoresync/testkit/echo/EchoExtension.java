package dev.procoresync.testkit.echo;

import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.http.FakeExtension;
import dev.procoresync.testkit.http.FakeLifecycle;

/** The echo fake's extension: the engine's extension pattern, nothing else. */
public final class EchoExtension extends FakeExtension<EchoFake> {
  /** Per test (used by {@link EchoTest}). */
  public EchoExtension() {
    this(FakeLifecycle.PER_TEST);
  }

  EchoExtension(FakeLifecycle lifecycle) {
    super(EchoFake.class, lifecycle);
  }

  @Override
  protected EchoFake startFake() {
    return EchoFake.start(FakeClock.create());
  }
}
