package dev.procoresync.core.mapping.hierarchy;

import org.immutables.value.Value;

/**
 * One item of a flattened hierarchy with its own and its composed name and id: the ExakTime
 * location {@code PJA.SJB} / {@code 200.005} for sub-job {@code SJB} ({@code 005}) of project
 * {@code PJA} ({@code 200}).
 *
 * @param <K> the key type of the hierarchy
 */
@Value.Immutable
public abstract class FlatEntry<K> {

  /**
   * Returns a new, empty builder of {@code FlatEntry} values.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset; a setter given {@code null} for a required attribute throws {@link
   * NullPointerException} naming it ({@code null} for an optional attribute leaves it empty).
   *
   * @param <K> the type parameter of the value
   * @return a new builder
   */
  public static <K> Builder<K> builder() {
    return new Builder<>();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy; this value is
   * left as it is.
   *
   * @return a new builder that starts from this value
   */
  public Builder<K> toBuilder() {
    return new Builder<K>().from(this);
  }

  /**
   * Returns the item's key in the hierarchy.
   *
   * @return the key
   */
  public abstract K key();

  /**
   * Returns the item's level (1 for a root).
   *
   * @return the depth
   */
  public abstract int depth();

  /**
   * Returns the item's own id or code, as given.
   *
   * @return the own id
   */
  public abstract String id();

  /**
   * Returns the item's own name.
   *
   * @return the own name
   */
  public abstract String name();

  /**
   * Returns the ids from the (included) top level down to this item joined by the separator, as
   * given (never padded), such as {@code 200.005}.
   *
   * @return the composed id
   */
  public abstract String composedId();

  /**
   * Returns the names from the (included) top level down to this item joined by the separator, such
   * as {@code PJA.SJB}.
   *
   * @return the composed name
   */
  public abstract String composedName();

  /**
   * Builds {@code FlatEntry} values: a setter per attribute (plus {@code add*}/{@code addAll*} for
   * lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a value,
   * and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder is not
   * thread safe.
   *
   * @param <K> the type parameter of the value built
   */
  public static final class Builder<K> extends FlatEntryBuilder<K> {
    Builder() {}
  }
}
