package dev.procoresync.core.mapping.changeorder;

/** Which Procore change-order resource a {@link ChangeOrderFacts} describes. */
public enum ChangeOrderKind {
  /** A change order package (prime or commitment contract change order). */
  PACKAGE,
  /** A potential change order (PCO). */
  POTENTIAL_CHANGE_ORDER,
  /** A change order request (COR, tiers 2 and 3). */
  CHANGE_ORDER_REQUEST,
  /** A commitment change order (CCO). */
  COMMITMENT_CHANGE_ORDER
}
