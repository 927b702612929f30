package dev.procoresync.core.mapping.changeorder;

/** The class a change order falls in for an ERP. */
public enum ChangeOrderCategory {
  /** An approved change order under its project: a regular change order. */
  REGULAR,
  /** An approved non-project change (NPC) order: the ERP tracks it as its own linked project. */
  NPC,
  /** Not to be synced; the classification says why. */
  NOT_ELIGIBLE
}
