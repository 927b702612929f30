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
}
