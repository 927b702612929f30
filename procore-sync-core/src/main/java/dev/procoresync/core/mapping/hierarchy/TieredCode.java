package dev.procoresync.core.mapping.hierarchy;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One level of a multi-level code built from flat codes by {@link Unflattener}: its own code, its
 * full code (with parent prefixes, like Procore's {@code full_code}) and its parent's full code.
 *
 * @param <T> the type of the flat items
 */
@Value.Immutable
public abstract class TieredCode<T> {

  /**
   * Returns a new, empty builder of {@code TieredCode} values.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset; a setter given {@code null} for a required attribute throws {@link
   * NullPointerException} naming it ({@code null} for an optional attribute leaves it empty).
   *
   * @param <T> the type parameter of the value
   * @return a new builder
   */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy; this value is
   * left as it is.
   *
   * @return a new builder that starts from this value
   */
  public Builder<T> toBuilder() {
    return new Builder<T>().from(this);
  }

  /**
   * Returns the code of this level only, such as {@code 200}.
   *
   * @return the own code
   */
  public abstract String code();

  /**
   * Returns the code with its parent prefixes, such as {@code 06-200}.
   *
   * @return the full code
   */
  public abstract String fullCode();

  /**
   * Returns the parent's full code, such as {@code 06}; empty for a top-level code (a division).
   *
   * @return the parent's full code
   */
  public abstract Optional<String> parentFullCode();

  /**
   * Returns the level (1 for a division).
   *
   * @return the depth
   */
  public abstract int depth();

  /**
   * Returns the flat item this code came from; empty when the level is only implied by a longer
   * code (a division no flat item names).
   *
   * @return the source item
   */
  public abstract Optional<T> source();

  /**
   * Builds {@code TieredCode} values: a setter per attribute (plus {@code add*}/{@code addAll*} for
   * lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a value,
   * and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder is not
   * thread safe.
   *
   * @param <T> the type parameter of the value built
   */
  public static final class Builder<T> extends TieredCodeBuilder<T> {
    Builder() {}
  }
}
