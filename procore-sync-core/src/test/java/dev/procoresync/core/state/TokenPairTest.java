package dev.procoresync.core.state;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenPairTest {
  private static final Instant EXPIRY = Instant.parse("2026-11-23T13:30:00Z");

  @Test
  void toStringNeverShowsTokens() {
    TokenPair pair = TokenPair.of("acc-SECRET-1", Optional.of("ref-SECRET-2"), EXPIRY);
    String text = pair.toString();
    assertFalse(text.contains("SECRET"), text);
    assertTrue(text.contains("2026-11-23T13:30:00Z"), text);
  }

  @Test
  void expiresWithinCountsTheSkew() {
    TokenPair pair = TokenPair.of("a", Optional.empty(), EXPIRY);
    assertFalse(pair.expiresWithin(EXPIRY.minusSeconds(61), 60));
    assertTrue(pair.expiresWithin(EXPIRY.minusSeconds(60), 60));
    assertTrue(pair.expiresWithin(EXPIRY, 0));
  }

  @Test
  void blankAccessTokenIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> TokenPair.of(" ", Optional.empty(), EXPIRY));
  }
}
