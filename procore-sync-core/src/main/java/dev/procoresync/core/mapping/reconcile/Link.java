package dev.procoresync.core.mapping.reconcile;

import org.immutables.value.Value;

/**
 * Two records recognised as the same, and the key that linked them.
 *
 * @param <L> the left record type
 * @param <R> the right record type
 */
@Value.Immutable
public abstract class Link<L, R> {

  /**
   * Returns a new, empty builder of {@code Link} values.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset; a setter given {@code null} for a required attribute throws {@link
   * NullPointerException} naming it ({@code null} for an optional attribute leaves it empty).
   *
   * @param <L> the type parameter of the value
   * @param <R> the type parameter of the value
   * @return a new builder
   */
  public static <L, R> Builder<L, R> builder() {
    return new Builder<>();
  }

  /**
   * Returns a value of the given attributes.
   *
   * @param left the value of {@link #left()}
   * @param right the value of {@link #right()}
   * @param keyName the value of {@link #keyName()}
   * @param keyValue the value of {@link #keyValue()}
   * @param <L> the type parameter of the value
   * @param <R> the type parameter of the value
   * @return the value
   * @throws NullPointerException when an argument is {@code null}
   */
  public static <L, R> Link<L, R> of(L left, R right, String keyName, String keyValue) {
    return LinkBuilder.ImmutableLink.of(left, right, keyName, keyValue);
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy; this value is
   * left as it is.
   *
   * @return a new builder that starts from this value
   */
  public Builder<L, R> toBuilder() {
    return new Builder<L, R>().from(this);
  }

  /**
   * Returns the left record.
   *
   * @return the left record
   */
  @Value.Parameter
  public abstract L left();

  /**
   * Returns the right record.
   *
   * @return the right record
   */
  @Value.Parameter
  public abstract R right();

  /**
   * Returns the name of the match key that linked them.
   *
   * @return the key name
   */
  @Value.Parameter
  public abstract String keyName();

  /**
   * Returns the normalised key value they share.
   *
   * @return the value
   */
  @Value.Parameter
  public abstract String keyValue();

  /**
   * Builds {@code Link} values: a setter per attribute (plus {@code add*}/{@code addAll*} for lists
   * and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a value, and
   * {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder is not
   * thread safe.
   *
   * @param <L> the type parameter of the value built
   * @param <R> the type parameter of the value built
   */
  public static final class Builder<L, R> extends LinkBuilder<L, R> {
    Builder() {}
  }
}
