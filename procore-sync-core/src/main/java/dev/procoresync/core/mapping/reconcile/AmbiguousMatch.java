package dev.procoresync.core.mapping.reconcile;

import java.util.List;
import org.immutables.value.Value;

/**
 * Records that share a key value but not one-to-one (two or more on a side): a person must decide.
 * The records involved take no further part in matching.
 *
 * @param <L> the left record type
 * @param <R> the right record type
 */
@Value.Immutable
public abstract class AmbiguousMatch<L, R> {

  /**
   * Returns a new, empty builder of {@code AmbiguousMatch} values.
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
   * Returns a new builder holding this value's attributes, to make a changed copy; this value is
   * left as it is.
   *
   * @return a new builder that starts from this value
   */
  public Builder<L, R> toBuilder() {
    return new Builder<L, R>().from(this);
  }

  /**
   * Returns the name of the match key.
   *
   * @return the key name
   */
  public abstract String keyName();

  /**
   * Returns the shared normalised key value.
   *
   * @return the value
   */
  public abstract String keyValue();

  /**
   * Returns the left records with that value.
   *
   * @return the left records, in input order
   */
  public abstract List<L> lefts();

  /**
   * Returns the right records with that value.
   *
   * @return the right records, in input order
   */
  public abstract List<R> rights();

  /**
   * Builds {@code AmbiguousMatch} values: a setter per attribute (plus {@code add*}/{@code addAll*}
   * for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a
   * value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder
   * is not thread safe.
   *
   * @param <L> the type parameter of the value built
   * @param <R> the type parameter of the value built
   */
  public static final class Builder<L, R> extends AmbiguousMatchBuilder<L, R> {
    Builder() {}
  }
}
