package dev.procoresync.core.mapping.changeorder;

/** Why a change order is {@link ChangeOrderCategory#NOT_ELIGIBLE}. */
public enum IneligibleReason {
  /** Its status is known but not among the eligible ones (default: approved only). */
  NOT_APPROVED("change_order.not_approved"),
  /** Its status is not a value this version knows. */
  UNKNOWN_STATUS("change_order.unknown_status"),
  /** It is not linked to a project. */
  NO_PROJECT_LINK("change_order.no_project_link"),
  /** It is not linked to a contract while the rules require one. */
  NO_CONTRACT_LINK("change_order.no_contract_link"),
  /** The project's change-order tier setting is not supported (or unknown). */
  UNSUPPORTED_TIER("change_order.unsupported_tier"),
  /** Its kind of resource is not synced under the rules. */
  UNSUPPORTED_KIND("change_order.unsupported_kind"),
  /** It has no line items while the rules require some. */
  NO_LINE_ITEMS("change_order.no_line_items");

  private final String code;

  IneligibleReason(String code) {
    this.code = code;
  }

  /**
   * Returns the violation code for this reason.
   *
   * @return the code, such as {@code change_order.not_approved}
   */
  public String code() {
    return code;
  }
}
