package dev.procoresync.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void exponentialCappedBackoff() {
    RetryPolicy p =
        RetryPolicy.defaults()
            .withBackoff(Duration.ofMillis(100), Duration.ofSeconds(1))
            .withJitter(0);
    assertEquals(Duration.ofMillis(100), p.backoff(1, 0.9));
    assertEquals(Duration.ofMillis(200), p.backoff(2, 0.9));
    assertEquals(Duration.ofMillis(800), p.backoff(4, 0.9));
    assertEquals(Duration.ofSeconds(1), p.backoff(5, 0.9));
    assertEquals(Duration.ofSeconds(1), p.backoff(500, 0.9));
  }

  @Test
  void jitterReducesWithinBounds() {
    RetryPolicy p =
        RetryPolicy.defaults().withBackoff(Duration.ofMillis(1000), Duration.ofSeconds(10));
    assertEquals(Duration.ofMillis(1000), p.backoff(1, 0.0));
    assertEquals(Duration.ofMillis(500), p.backoff(1, 1.0));
    Duration mid = p.backoff(1, 0.5);
    assertTrue(mid.toMillis() >= 500 && mid.toMillis() <= 1000);
  }

  @Test
  void rejectsNonsense() {
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.defaults().withMaxRetries(-1));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.defaults().withJitter(1.5));
    assertThrows(
        IllegalArgumentException.class,
        () -> RetryPolicy.defaults().withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.defaults().backoff(0, 0));
  }
}
