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
}
