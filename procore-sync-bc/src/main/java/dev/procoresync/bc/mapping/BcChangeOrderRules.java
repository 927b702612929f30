package dev.procoresync.bc.mapping;

import dev.procoresync.bc.model.BcChangeOrder;
import dev.procoresync.bc.model.BcChangeOrderLine;
import dev.procoresync.bc.model.BcJobTask;
import dev.procoresync.bc.model.BcProject;
import dev.procoresync.core.mapping.changeorder.ChangeOrderCategory;
import dev.procoresync.core.mapping.changeorder.ChangeOrderClassification;
import dev.procoresync.core.mapping.changeorder.ChangeOrderFacts;
import dev.procoresync.core.mapping.changeorder.ChangeOrderKind;
import dev.procoresync.core.model.PotentialChangeOrder;
import dev.procoresync.core.model.PotentialChangeOrderLineItem;
import dev.procoresync.core.validation.Validated;
import dev.procoresync.core.validation.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules of flows 5 and 6 (approved regular and NPC change orders, Procore -> Business Central),
 * as pure functions: a change order is classified by core's classifier, then checked against its
 * Business Central project and mapped. Every refusal is a violation naming the change order, the
 * field and the value (docs/decisions/0220, 0221).
 *
 * <pre>{@code
 * ChangeOrderClassification c = classifier.classify(BcChangeOrderRules.facts(source));
 * Validated<ChangeOrderDraft> d =
 *     BcChangeOrderRules.regular(source, c, masters, classes, lines, tasks, now);
 * }</pre>
 */
public final class BcChangeOrderRules {
  /** The change order's Procore project is not linked to a Business Central project. */
  public static final String PROJECT_NOT_LINKED = "bc.change_order.project_not_linked";

  /** The Business Central project's class is not one change orders are synced into. */
  public static final String PROJECT_CLASS = "bc.change_order.project_class";

  /** Flow 5 leaves an NPC change order to flow 6. */
  public static final String IS_NPC = "bc.change_order.npc";

  /** Flow 6 leaves a regular change order to flow 5. */
  public static final String NOT_NPC = "bc.change_order.not_npc";

  /** A line's cost code is not linked to a job task of the project. */
  public static final String COST_CODE_NOT_MAPPED = "bc.change_order.cost_code_not_mapped";

  /** An NPC change order without a title (the new project's name comes from it). */
  public static final String NO_TITLE = "bc.change_order.no_title";

  /** The parent project of an NPC change order has no customer. */
  public static final String NO_CUSTOMER = "bc.change_order.parent_without_customer";

  private static final String PREFIX = "procore:change_order:";

  private BcChangeOrderRules() {}

  /**
   * Returns the key of a Procore change order.
   *
   * @param changeOrderId the change order's id
   * @return {@code procore:change_order:{id}}
   */
  public static String key(long changeOrderId) {
    return PREFIX + changeOrderId;
  }

  /**
   * Returns the BC header number of a change order: {@code PC} and the Procore id (at most 20
   * characters, unique per Procore id).
   *
   * @param changeOrderId the change order's id
   * @return the number
   */
  public static String headerNumber(long changeOrderId) {
    return "PC" + changeOrderId;
  }

  /**
   * Returns the number of the project an NPC change order creates: {@code NPC} and the Procore id.
   *
   * @param changeOrderId the change order's id
   * @return the number
   */
  public static String npcProjectNumber(long changeOrderId) {
    return "NPC" + changeOrderId;
  }

  /**
   * Adapts a change order to core's classifier.
   *
   * @param source the change order
   * @return the facts
   */
  public static ChangeOrderFacts facts(ChangeOrderSource source) {
    PotentialChangeOrder co = source.changeOrder();
    return ChangeOrderFacts.builder()
        .kind(ChangeOrderKind.POTENTIAL_CHANGE_ORDER)
        .id(co.id())
        .rawStatus(co.status().map(s -> s.wireValue()).orElse(""))
        .projectId(source.projectId())
        .contractId(co.contractId())
        .title(co.title().orElse(""))
        .build();
  }

  /**
   * Checks the parts both flows share: the classification, the project link and its class.
   *
   * @param source the change order
   * @param classification its classification
   * @param masters the Business Central projects by Procore project id (NPC projects left out)
   * @param classes the class names
   * @return the Business Central project, or every violation
   */
  public static Validated<BcProject> project(
      ChangeOrderSource source,
      ChangeOrderClassification classification,
      Map<Long, BcProject> masters,
      ProjectClasses classes) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(masters, "masters");
    Objects.requireNonNull(classes, "classes");
    List<Violation> v = new ArrayList<>(classification.violations());
    String who = who(source);
    BcProject project = masters.get(source.projectId());
    if (project == null) {
      v.add(
          Violation.of(
              PROJECT_NOT_LINKED,
              "projectId",
              source.projectId(),
              who
                  + ": Procore project "
                  + source.projectId()
                  + " is not linked to a Business Central project (none has Procore Project ID "
                  + source.projectId()
                  + ")"));
    } else {
      String c = project.projectClass().orElse("");
      if (!classes.isMaster(c)) {
        v.add(
            Violation.of(
                PROJECT_CLASS,
                "projectClass",
                c,
                who
                    + ": project "
                    + project.number()
                    + " has Project Class '"
                    + c
                    + "'; change orders are synced only into "
                    + classes.masterClasses()));
      }
    }
    return v.isEmpty() ? Validated.valid(Objects.requireNonNull(project)) : Validated.invalid(v);
  }

  /**
   * Maps an approved regular change order to a Business Central change order with its lines.
   *
   * @param source the change order
   * @param classification its classification
   * @param masters the Business Central projects by Procore project id
   * @param classes the class names
   * @param lines the change order's line items
   * @param tasksByCostCode the project's job tasks by "Procore Cost Code ID"
   * @param now when the change order is marked synced
   * @return the draft, or every violation
   */
  public static Validated<ChangeOrderDraft> regular(
      ChangeOrderSource source,
      ChangeOrderClassification classification,
      Map<Long, BcProject> masters,
      ProjectClasses classes,
      List<PotentialChangeOrderLineItem> lines,
      Map<Long, BcJobTask> tasksByCostCode,
      Instant now) {
    Validated<BcProject> p = project(source, classification, masters, classes);
    List<Violation> v = new ArrayList<>(p.violations());
    String who = who(source);
    if (classification.category() == ChangeOrderCategory.NPC) {
      v.add(
          Violation.of(
              IS_NPC,
              "npc",
              true,
              who + " is an NPC change order; NpcChangeOrderFlow creates its project"));
    }
    if (!v.isEmpty()) {
      return Validated.invalid(v);
    }
    BcProject project = p.value();
    PotentialChangeOrder co = source.changeOrder();
    String number = headerNumber(co.id());
    List<BcChangeOrderLine> out = new ArrayList<>();
    int n = 0;
    for (PotentialChangeOrderLineItem line : lines) {
      n++;
      BcJobTask task = line.costCodeId().map(tasksByCostCode::get).orElse(null);
      if (task == null || !task.jobNo().equals(project.number())) {
        v.add(
            Violation.of(
                COST_CODE_NOT_MAPPED,
                "costCodeId",
                line.costCodeId().orElse(null),
                who
                    + " line "
                    + line.id()
                    + ": "
                    + line.costCodeId()
                        .map(
                            cc ->
                                "cost code "
                                    + cc
                                    + " is not linked to a job task of "
                                    + project.number()
                                    + " (none has Procore Cost Code ID "
                                    + cc
                                    + ")")
                        .orElse("has no cost code")));
        continue;
      }
      BcChangeOrderLine.Builder b =
          BcChangeOrderLine.builder()
              .changeOrderNumber(number)
              .lineNo(n * 10000)
              .jobNo(project.number())
              .jobTaskNo(task.jobTaskNo())
              .procoreLineItemId(line.id());
      task.segmentCode().ifPresent(b::segmentCode);
      line.description().map(d -> cut(d, 100)).ifPresent(b::description);
      line.quantity().ifPresent(b::quantity);
      line.uom().map(u -> cut(u, 10)).ifPresent(b::unitOfMeasureCode);
      line.unitCost().ifPresent(b::unitCost);
      line.amount().ifPresent(b::amount);
      out.add(b.build());
    }
    if (!v.isEmpty()) {
      return Validated.invalid(v);
    }
    BcChangeOrder.Builder h =
        BcChangeOrder.builder()
            .jobNo(project.number())
            .number(number)
            .procoreChangeOrderId(co.id())
            .status("Approved")
            .synced(true)
            .syncedAt(now);
    co.number().map(s -> cut(s, 50)).ifPresent(h::procoreChangeOrderNumber);
    co.title().map(s -> cut(s, 100)).ifPresent(h::title);
    co.description().map(s -> cut(s, 250)).ifPresent(h::description);
    co.grandTotal().ifPresent(h::amount);
    return Validated.valid(new ChangeOrderDraft(source.key(), project.number(), h.build(), out));
  }

  /**
   * Maps an approved NPC change order to the new Business Central project linked to its parent.
   *
   * @param source the change order
   * @param classification its classification
   * @param masters the Business Central projects by Procore project id
   * @param classes the class names
   * @return the draft, or every violation
   */
  public static Validated<NpcProjectDraft> npc(
      ChangeOrderSource source,
      ChangeOrderClassification classification,
      Map<Long, BcProject> masters,
      ProjectClasses classes) {
    Validated<BcProject> p = project(source, classification, masters, classes);
    List<Violation> v = new ArrayList<>(p.violations());
    String who = who(source);
    PotentialChangeOrder co = source.changeOrder();
    if (classification.category() == ChangeOrderCategory.REGULAR) {
      v.add(
          Violation.of(
              NOT_NPC,
              "npc",
              false,
              who + " is a regular change order; ApprovedChangeOrderFlow syncs it"));
    }
    if (co.title().filter(t -> !t.isBlank()).isEmpty()) {
      v.add(
          Violation.of(
              NO_TITLE,
              "title",
              null,
              who + " has no title; the NPC project's name comes from it"));
    }
    if (p.isValid() && p.value().billToCustomerNumber().filter(c -> !c.isBlank()).isEmpty()) {
      v.add(
          Violation.of(
              NO_CUSTOMER,
              "billToCustomerNumber",
              null,
              who
                  + ": parent project "
                  + p.value().number()
                  + " has no Bill-to Customer No. for the NPC project"));
    }
    if (!v.isEmpty()) {
      return Validated.invalid(v);
    }
    BcProject parent = p.value();
    BcProject.Builder b =
        BcProject.builder()
            .number(npcProjectNumber(co.id()))
            .displayName(cut(co.title().orElseThrow().trim(), 100))
            .billToCustomerNumber(parent.billToCustomerNumber().orElseThrow())
            .projectClass(classes.npcProject())
            .procoreProjectId(source.projectId())
            .parentProjectNumber(parent.number())
            .npcChangeOrderId(co.id());
    co.description().filter(d -> !d.isBlank()).map(d -> cut(d, 50)).ifPresent(b::description2);
    return Validated.valid(new NpcProjectDraft(source.key(), parent.number(), b.build()));
  }

  private static String who(ChangeOrderSource source) {
    PotentialChangeOrder co = source.changeOrder();
    return "change order "
        + co.id()
        + co.number().filter(n -> !n.isBlank()).map(n -> " (No. " + n + ")").orElse("");
  }

  private static String cut(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
