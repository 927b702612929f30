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
}
