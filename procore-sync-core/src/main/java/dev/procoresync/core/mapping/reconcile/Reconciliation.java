package dev.procoresync.core.mapping.reconcile;

import java.util.Collections;
import java.util.List;

/**
 * The outcome of {@link Reconciler#reconcile}: every input record appears exactly once, in links,
 * only-left, only-right or an ambiguous match.
 *
 * @param <L> the left record type
 * @param <R> the right record type
 */
public final class Reconciliation<L, R> {
  private final List<Link<L, R>> links;
  private final List<L> onlyLeft;
  private final List<R> onlyRight;
  private final List<AmbiguousMatch<L, R>> ambiguous;

  Reconciliation(
      List<Link<L, R>> links,
      List<L> onlyLeft,
      List<R> onlyRight,
      List<AmbiguousMatch<L, R>> ambiguous) {
    // The reconciler hands over lists it never touches again: wrap them instead of copying.
    this.links = Collections.unmodifiableList(links);
    this.onlyLeft = Collections.unmodifiableList(onlyLeft);
    this.onlyRight = Collections.unmodifiableList(onlyRight);
    this.ambiguous = Collections.unmodifiableList(ambiguous);
  }

  /**
   * Returns the linked pairs, in order of the key that linked them, then left input order.
   *
   * @return the links
   */
  public List<Link<L, R>> links() {
    return links;
  }

  /**
   * Returns the left records with no partner, in input order.
   *
   * @return the unmatched left records
   */
  public List<L> onlyLeft() {
    return onlyLeft;
  }

  /**
   * Returns the right records with no partner, in input order.
   *
   * @return the unmatched right records
   */
  public List<R> onlyRight() {
    return onlyRight;
  }

  /**
   * Returns the ambiguous matches.
   *
   * @return the ambiguous matches
   */
  public List<AmbiguousMatch<L, R>> ambiguous() {
    return ambiguous;
  }

  @Override
  public String toString() {
    return "Reconciliation[links="
        + links.size()
        + ", onlyLeft="
        + onlyLeft.size()
        + ", onlyRight="
        + onlyRight.size()
        + ", ambiguous="
        + ambiguous.size()
        + "]";
  }
}
