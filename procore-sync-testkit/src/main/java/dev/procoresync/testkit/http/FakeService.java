package dev.procoresync.testkit.http;

import dev.procoresync.testkit.FakeClock;

/**
 * A started fake: it runs on a {@link FakeClock} and is stopped by {@link #close()}. Implemented by
 * the {@link FakeServer} engine and by every fake built on it ({@code FakeProcore} ...), so that
 * one {@link FakeExtension} serves them all.
 */
public interface FakeService extends AutoCloseable {
  /**
   * Returns the clock the fake runs on; hand it (and its sleeper) to the code under test.
   *
   * @return the clock
   */
  FakeClock clock();

  /** Stops the fake; idempotent, never throws. */
  @Override
  void close();
}
