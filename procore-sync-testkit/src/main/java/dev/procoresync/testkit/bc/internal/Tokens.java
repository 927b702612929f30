package dev.procoresync.testkit.bc.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The access tokens the fake Entra endpoint issued: token to client id and expiry. */
public final class Tokens {
  private final Clock clock;
  private final Map<String, Issued> issued = new ConcurrentHashMap<>();
  private final AtomicLong counter = new AtomicLong();
  private volatile Duration lifetime = Duration.ofSeconds(3599);

  private record Issued(String clientId, Instant expires) {}

  /**
   * Creates the token table.
   *
   * @param clock the fake clock
   */
  public Tokens(Clock clock) {
    this.clock = clock;
  }

  /**
   * Sets the lifetime of tokens issued from now on.
   *
   * @param lifetime positive
   */
  public void lifetime(Duration lifetime) {
    this.lifetime = lifetime;
  }

  /**
   * Returns the lifetime of new tokens.
   *
   * @return the lifetime
   */
  public Duration lifetime() {
    return lifetime;
  }

  /**
   * Issues a token.
   *
   * @param clientId the principal
   * @return the token
   */
  public String issue(String clientId) {
    String token = "bc-fake-access-" + counter.incrementAndGet();
    issued.put(token, new Issued(clientId, clock.instant().plus(lifetime)));
    return token;
  }

  /**
   * Returns the principal of a valid token.
   *
   * @param token the bearer token
   * @return the client id, or empty when unknown or expired
   */
  public Optional<String> principal(String token) {
    Issued i = issued.get(token);
    if (i == null || !clock.instant().isBefore(i.expires())) {
      return Optional.empty();
    }
    return Optional.of(i.clientId());
  }

  /**
   * Revokes a token.
   *
   * @param token the token
   */
  public void revoke(String token) {
    issued.remove(token);
  }
}
