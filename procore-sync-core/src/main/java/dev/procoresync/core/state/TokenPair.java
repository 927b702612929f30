package dev.procoresync.core.state;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An OAuth access token, the refresh token issued with it (if any) and when the access token
 * expires.
 *
 * <p>Procore rotates the refresh token on every use, so a pair is replaced as a whole, with {@link
 * TokenStore#compareAndSet}. Neither token appears in {@code toString()}.
 *
 * <pre>{@code
 * TokenPair pair = TokenPair.of("access...", Optional.of("refresh..."), clock.instant().plusSeconds(5400));
 * }</pre>
 */
@Value.Immutable
public abstract class TokenPair {
  TokenPair() {}

  /**
   * Returns a new, empty builder of {@code TokenPair} values.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset; a setter given {@code null} for a required attribute throws {@link
   * NullPointerException} naming it ({@code null} for an optional attribute leaves it empty).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy; this value is
   * left as it is.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Returns the bearer access token.
   *
   * @return the access token; never printed
   */
  @Value.Redacted
  public abstract String accessToken();

  /**
   * Returns the refresh token issued with the access token; empty for client-credentials grants.
   *
   * @return the refresh token, if any; never printed
   */
  @Value.Redacted
  public abstract Optional<String> refreshToken();

  /**
   * Returns the instant the access token stops being accepted.
   *
   * @return the expiry
   */
  public abstract Instant expiresAt();

  /**
   * Tells whether the access token is expired, or will be within {@code skewSeconds}, at {@code
   * now}.
   *
   * @param now the current instant
   * @param skewSeconds seconds of margin before the real expiry
   * @return {@code true} when the token should be refreshed before use
   */
  public boolean expiresWithin(Instant now, long skewSeconds) {
    return !now.plusSeconds(skewSeconds).isBefore(expiresAt());
  }

  /**
   * Creates a token pair.
   *
   * @param accessToken the access token
   * @param refreshToken the refresh token, or empty
   * @param expiresAt when the access token expires
   * @return the pair
   * @throws IllegalArgumentException when the access token is blank
   */
  public static TokenPair of(String accessToken, Optional<String> refreshToken, Instant expiresAt) {
    return TokenPair.builder()
        .accessToken(accessToken)
        .refreshToken(refreshToken)
        .expiresAt(expiresAt)
        .build();
  }

  @Value.Check
  void check() {
    if (accessToken().isBlank()) {
      throw new IllegalArgumentException("accessToken must not be blank");
    }
  }

  /**
   * Builds {@code TokenPair} values: a setter per attribute (plus {@code add*}/{@code addAll*} for
   * lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a value,
   * and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder is not
   * thread safe.
   */
  public static final class Builder extends TokenPairBuilder {
    Builder() {}
  }
}
