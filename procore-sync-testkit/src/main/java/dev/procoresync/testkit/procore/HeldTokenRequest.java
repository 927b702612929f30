package dev.procoresync.testkit.procore;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The next {@code POST /oauth/token}, held inside the fake until the test releases it: the way to
 * test that a client refreshes single-flight while many threads wait for a token.
 *
 * <pre>{@code
 * HeldTokenRequest held = procore.holdNextTokenRequest();
 * // start 16 threads that all need a token ...
 * assertTrue(held.awaitArrival(Duration.ofSeconds(5)));
 * held.release();
 * }</pre>
 */
public final class HeldTokenRequest {
  private final CountDownLatch arrived = new CountDownLatch(1);
  private final CountDownLatch released = new CountDownLatch(1);

  HeldTokenRequest() {}

  /** Runs on the server thread: signals arrival and blocks until released (60 s at most). */
  void park() {
    arrived.countDown();
    try {
      released.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Waits (real time) until the held request has arrived.
   *
   * @param timeout how long to wait at most
   * @return true when it arrived in time
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public boolean awaitArrival(Duration timeout) throws InterruptedException {
    Objects.requireNonNull(timeout, "timeout");
    return arrived.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Tells whether the held request has arrived.
   *
   * @return true once it arrived
   */
  public boolean hasArrived() {
    return arrived.getCount() == 0;
  }

  /** Lets the held request through; idempotent. */
  public void release() {
    released.countDown();
  }
}
