package dev.procoresync.core.state;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * A time-bounded exclusive claim on a name, held by one holder until an instant: the refresh lease
 * of a credential's token pair, or the run lease of a flow in a scope.
 *
 * <p>The expiry comes from the caller's injected clock, never from the store's own clock, so that a
 * test moves every lease with one fake clock. A store may also drop the lease on its own once it is
 * long gone (Redis {@code PX}, a database sweep), at ten times the lease as a safety net.
 *
 * <pre>{@code
 * Optional<Lease> lease = store.tryAcquireLease("run:vendors|company:7", holder, now, Duration.ofMinutes(10));
 * }</pre>
 */
@Value.Immutable
public abstract class Lease {
  Lease() {}

  /**
   * Returns a new, empty builder of {@code Lease} values.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset, and {@link IllegalArgumentException} when the name or holder is blank; a setter
   * given {@code null} throws {@link NullPointerException} naming it.
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
   * Creates a lease.
   *
   * @param name what is claimed, such as {@code "token:login.procore.com|client-id"}
   * @param holder who claims it, such as {@code "host-1/pid-4242/7f3a"}
   * @param expiresAt when the claim lapses
   * @return the lease
   * @throws IllegalArgumentException when the name or holder is blank
   */
  public static Lease of(String name, String holder, Instant expiresAt) {
    return builder().name(name).holder(holder).expiresAt(expiresAt).build();
  }

  /**
   * Returns what is claimed.
   *
   * @return the lease's name
   */
  public abstract String name();

  /**
   * Returns who holds the claim.
   *
   * @return the holder
   */
  public abstract String holder();

  /**
   * Returns when the claim lapses (on the clock of whoever acquired it).
   *
   * @return the expiry
   */
  public abstract Instant expiresAt();

  /**
   * Tells whether the lease still holds at {@code now}.
   *
   * @param now the current instant
   * @return {@code true} before its expiry
   */
  public final boolean heldAt(Instant now) {
    return now.isBefore(expiresAt());
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("lease name must not be blank");
    }
    if (holder().isBlank()) {
      throw new IllegalArgumentException("lease holder must not be blank (lease '" + name() + "')");
    }
  }

  /**
   * Builds {@code Lease} values: a setter per attribute, {@code from(value)} to start from a value,
   * and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder is not
   * thread safe.
   */
  public static final class Builder extends LeaseBuilder {
    Builder() {}
  }
}
