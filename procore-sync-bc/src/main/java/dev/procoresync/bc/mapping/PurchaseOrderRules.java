package dev.procoresync.bc.mapping;

import dev.procoresync.bc.model.BcPurchaseOrder;
import dev.procoresync.bc.model.BcPurchaseOrderLine;
import dev.procoresync.core.model.CommitmentLineItemUpdate;
import dev.procoresync.core.model.PurchaseOrderContractUpdate;
import dev.procoresync.core.validation.Validated;
import dev.procoresync.core.validation.Violation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongFunction;

/**
 * The guide's rules for a purchase order sent to Procore and its mapping to a purchase order
 * contract (commitment) with one line item per sent line.
 *
 * <p>Validated first, every failure named with the document, the line and the field: Job No. linked
 * to a Procore project, Vendor No. mapped to a Procore vendor, at least one line sent, and on each
 * sent line Cost Type, Project Task No. (Job Task No.) and Segment Code, whose budget code must
 * exist in the Procore project. The lines sent are those with "Send to Procore" set; when no line
 * carries the flag, every line is sent (decision 0212).
 *
 * <pre>{@code
 * Validated<CommitmentDraft> d = PurchaseOrderRules.map(po, projects, vendors, codes);
 * }</pre>
 */
public final class PurchaseOrderRules {
  /** Violation code: the order has no Job No. or its project is not linked to Procore. */
  public static final String JOB_NOT_LINKED = "purchase_order.job_no.not_linked";

  /** Violation code: the vendor is not mapped to a Procore vendor. */
  public static final String VENDOR_NOT_MAPPED = "purchase_order.vendor_no.not_mapped";

  /** Violation code: no line is sent. */
  public static final String NO_LINES = "purchase_order.lines.empty";

  /** Violation code: a line has no Cost Type. */
  public static final String COST_TYPE_MISSING = "purchase_order.line.cost_type.missing";

  /** Violation code: a line has no Project Task No. */
  public static final String TASK_MISSING = "purchase_order.line.job_task_no.missing";

  /** Violation code: a line has no Segment Code. */
  public static final String SEGMENT_MISSING = "purchase_order.line.segment_code.missing";

  /** Violation code: the project has no budget code for a line. */
  public static final String NO_BUDGET_CODE = "purchase_order.line.budget_code.unknown";

  private PurchaseOrderRules() {}

  /**
   * Returns the order's key in Procore's {@code origin_id}: {@code bc:purchase_order:{No.}}.
   *
   * @param po the order
   * @return the key
   */
  public static String key(BcPurchaseOrder po) {
    return "bc:purchase_order:" + po.number();
  }

  /**
   * Returns the lines that are sent: those flagged "Send to Procore", or all when none is.
   *
   * @param po the order
   * @return the lines
   */
  public static List<BcPurchaseOrderLine> sentLines(BcPurchaseOrder po) {
    List<BcPurchaseOrderLine> flagged =
        po.purchaseOrderLines().stream().filter(l -> l.sendToProcore().orElse(false)).toList();
    boolean anyFlag = po.purchaseOrderLines().stream().anyMatch(l -> l.sendToProcore().isPresent());
    return anyFlag ? flagged : po.purchaseOrderLines();
  }

  /**
   * Checks the order and maps it to a commitment.
   *
   * @param po the order, with its lines
   * @param projects which projects are linked to Procore
   * @param vendors which vendors are mapped to Procore vendors
   * @param codes the budget codes of a Procore project
   * @return the commitment, or every violation found
   */
  public static Validated<CommitmentDraft> map(
      BcPurchaseOrder po,
      ProjectLinks projects,
      VendorLinks vendors,
      LongFunction<BudgetCodeIndex> codes) {
    String doc = "purchase order " + po.number();
    List<Violation> found = new ArrayList<>();
    Optional<String> job = po.jobNo().filter(j -> !j.isBlank());
    OptionalLong project =
        job.isPresent() ? projects.procoreProjectId(job.get()) : OptionalLong.empty();
    if (project.isEmpty()) {
      found.add(
          Violation.of(
              JOB_NOT_LINKED,
              "Job No.",
              job.orElse(null),
              job.isEmpty()
                  ? doc + ": Job No. is required"
                  : doc + ": Job No. " + job.get() + " is not linked to a Procore project"));
    }
    Optional<String> vendor = po.vendorNumber().filter(v -> !v.isBlank());
    OptionalLong vendorId =
        vendor.isPresent() ? vendors.procoreVendorId(vendor.get()) : OptionalLong.empty();
    if (vendorId.isEmpty()) {
      found.add(
          Violation.of(
              VENDOR_NOT_MAPPED,
              "Vendor No.",
              vendor.orElse(null),
              vendor.isEmpty()
                  ? doc + ": Vendor No. is required"
                  : doc + ": Vendor No. " + vendor.get() + " is not mapped to a Procore vendor"));
    }
    List<BcPurchaseOrderLine> lines = sentLines(po);
    if (lines.isEmpty()) {
      found.add(Violation.of(NO_LINES, "Lines", null, doc + ": at least one line must be sent"));
    }
    List<CommitmentLineItemUpdate> items = new ArrayList<>();
    StringBuilder fingerprint = new StringBuilder();
    for (BcPurchaseOrderLine l : lines) {
      String line = doc + " line " + l.lineNo().map(String::valueOf).orElse("?");
      int before = found.size();
      required(found, l.costType(), COST_TYPE_MISSING, "Cost Type", line);
      required(found, l.jobTaskNo(), TASK_MISSING, "Project Task No.", line);
      required(found, l.segmentCode(), SEGMENT_MISSING, "Segment Code", line);
      if (found.size() > before || project.isEmpty()) {
        continue;
      }
      BudgetCodeKey code =
          new BudgetCodeKey(l.jobTaskNo().orElseThrow(), l.costType(), l.segmentCode());
      OptionalLong wbs = codes.apply(project.getAsLong()).find(code);
      if (wbs.isEmpty()) {
        found.add(
            Violation.of(
                NO_BUDGET_CODE,
                "Project Task No.",
                code.describe(),
                line + ": Procore project has no budget code " + code.describe()));
        continue;
      }
      BigDecimal amount =
          l.lineAmount()
              .orElseGet(
                  () ->
                      l.quantity()
                          .orElse(BigDecimal.ONE)
                          .multiply(l.directUnitCost().orElse(BigDecimal.ZERO)));
      CommitmentLineItemUpdate item =
          CommitmentLineItemUpdate.builder()
              .originId(key(po) + ":" + l.lineNo().map(String::valueOf).orElse("0"))
              .wbsCodeId(wbs.getAsLong())
              .amount(amount)
              .quantity(l.quantity())
              .unitCost(l.directUnitCost())
              .uom(l.unitOfMeasureCode())
              .description(l.description())
              .build();
      items.add(item);
      fingerprint
          .append(item.originId().orElse(""))
          .append('|')
          .append(wbs.getAsLong())
          .append('|')
          .append(amount.stripTrailingZeros().toPlainString())
          .append('|')
          .append(l.quantity().map(q -> q.stripTrailingZeros().toPlainString()).orElse(""))
          .append('|')
          .append(l.description().orElse(""))
          .append('\n');
    }
    if (!found.isEmpty()) {
      return Validated.invalid(found);
    }
    PurchaseOrderContractUpdate header =
        PurchaseOrderContractUpdate.builder()
            .originId(key(po))
            .originData(
                "BC " + po.number() + " / " + job.orElseThrow() + " / lines " + hash(fingerprint))
            .number(po.number())
            .title(po.description().filter(d -> !d.isBlank()).orElse(po.number()))
            .vendorId(vendorId.getAsLong())
            .contractDate(po.orderDate())
            .build();
    return Validated.valid(new CommitmentDraft(project.getAsLong(), header, items));
  }

  private static String hash(CharSequence text) {
    try {
      byte[] sha =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static void required(
      List<Violation> found, Optional<String> value, String code, String field, String line) {
    if (value.isEmpty() || value.get().isBlank()) {
      found.add(
          Violation.of(code, field, value.orElse(null), line + ": " + field + " is required"));
    }
  }
}
