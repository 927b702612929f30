package dev.procoresync.bc.mapping;

import dev.procoresync.bc.model.BcPostedPurchaseInvoice;
import dev.procoresync.bc.model.BcPostedPurchaseInvoiceLine;
import dev.procoresync.core.model.DirectCostLineItemUpdate;
import dev.procoresync.core.model.DirectCostType;
import dev.procoresync.core.model.DirectCostUpdate;
import dev.procoresync.core.validation.Validated;
import dev.procoresync.core.validation.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongFunction;

/**
 * The guide's rules for a posted purchase invoice and its mapping to the Procore record the guide
 * calls "Commitment Invoice (Direct Cost)": a direct cost of type {@code invoice} in the order's
 * project, with the vendor's invoice number, the vendor of the order and one line item per posted
 * line on its budget code (decision 0213).
 *
 * <p>The invoice must name the purchase order it was posted from, and that order must have a
 * Procore commitment id; until it has, the invoice is refused with {@link #NO_COMMITMENT}
 * ("purchase order {No.} has no Procore commitment id yet") and the next run picks it up. Then: the
 * project is linked, the vendor is mapped, at least one line carries an amount, and each such line
 * has a Job Task No. and a Segment Code whose budget code exists in the Procore project.
 *
 * <pre>{@code
 * Validated<DirectCostDraft> d = PurchaseInvoiceRules.map(inv, commitments, projects, vendors, codes);
 * }</pre>
 */
public final class PurchaseInvoiceRules {
  /** Violation code: the invoice names no purchase order. */
  public static final String NO_ORDER = "posted_purchase_invoice.order_no.missing";

  /** Violation code: the purchase order has no Procore commitment id yet (waits for flow 2). */
  public static final String NO_COMMITMENT = "posted_purchase_invoice.order_no.no_commitment";

  /** Violation code: the invoice has no Job No. or its project is not linked to Procore. */
  public static final String JOB_NOT_LINKED = "posted_purchase_invoice.job_no.not_linked";

  /** Violation code: the vendor is not mapped to a Procore vendor. */
  public static final String VENDOR_NOT_MAPPED = "posted_purchase_invoice.vendor_no.not_mapped";

  /** Violation code: no line carries an amount. */
  public static final String NO_LINES = "posted_purchase_invoice.lines.empty";

  /** Violation code: a line has no Job Task No. */
  public static final String TASK_MISSING = "posted_purchase_invoice.line.job_task_no.missing";

  /** Violation code: a line has no Segment Code. */
  public static final String SEGMENT_MISSING = "posted_purchase_invoice.line.segment_code.missing";

  /** Violation code: the project has no budget code for a line. */
  public static final String NO_BUDGET_CODE = "posted_purchase_invoice.line.budget_code.unknown";

  private PurchaseInvoiceRules() {}

  /**
   * Returns the invoice's key in Procore's {@code origin_id}: {@code
   * bc:posted_purchase_invoice:{No.}}.
   *
   * @param invoice the posted invoice
   * @return the key
   */
  public static String key(BcPostedPurchaseInvoice invoice) {
    return "bc:posted_purchase_invoice:" + invoice.number();
  }

  /**
   * Returns the lines that become line items: those with a non-zero Line Amount (comment lines
   * carry none).
   *
   * @param invoice the posted invoice
   * @return the lines, in Business Central's order
   */
  public static List<BcPostedPurchaseInvoiceLine> costLines(BcPostedPurchaseInvoice invoice) {
    return invoice.postedPurchaseInvoiceLines().stream()
        .filter(l -> l.lineAmount().filter(a -> a.signum() != 0).isPresent())
        .toList();
  }

  /**
   * Checks the invoice and maps it to a direct cost of type {@code invoice}.
   *
   * @param invoice the posted invoice, lines expanded
   * @param commitments Procore's commitment id by purchase order No.
   * @param links which projects are linked to Procore
   * @param vendors which vendors are mapped to Procore vendors
   * @param codes the budget codes of a Procore project
   * @return the direct cost, or every violation found (each naming the document, line and field)
   */
  public static Validated<DirectCostDraft> map(
      BcPostedPurchaseInvoice invoice,
      Map<String, Long> commitments,
      ProjectLinks links,
      VendorLinks vendors,
      LongFunction<BudgetCodeIndex> codes) {
    Objects.requireNonNull(invoice, "invoice");
    Objects.requireNonNull(commitments, "commitments");
    Objects.requireNonNull(links, "links");
    Objects.requireNonNull(vendors, "vendors");
    Objects.requireNonNull(codes, "codes");
    String doc = "posted purchase invoice " + invoice.number();
    List<Violation> found = new ArrayList<>();
    Optional<String> order = invoice.orderNumber().filter(o -> !o.isBlank());
    Long commitment = order.map(commitments::get).filter(id -> id > 0).orElse(null);
    if (order.isEmpty()) {
      found.add(
          Violation.of(
              NO_ORDER,
              "Order No.",
              invoice.orderNumber().orElse(null),
              doc + ": Order No. is required (only invoices of a purchase order go to Procore)"));
    } else if (commitment == null) {
      found.add(
          Violation.of(
              NO_COMMITMENT,
              "Order No.",
              order.get(),
              "purchase order "
                  + order.get()
                  + " has no Procore commitment id yet ("
                  + doc
                  + " waits for the purchase order flow)"));
    }
    List<BcPostedPurchaseInvoiceLine> lines = costLines(invoice);
    Optional<String> job =
        invoice
            .jobNo()
            .filter(j -> !j.isBlank())
            .or(() -> lines.stream().flatMap(l -> l.jobNo().stream()).findFirst());
    OptionalLong project = job.map(links::procoreProjectId).orElse(OptionalLong.empty());
    if (project.isEmpty()) {
      found.add(
          Violation.of(
              JOB_NOT_LINKED,
              "Job No.",
              job.orElse(null),
              doc
                  + ": Job No. "
                  + job.orElse("(blank)")
                  + " is not linked to a Procore project; push the project first"));
    }
    OptionalLong vendor =
        invoice.vendorNumber().map(vendors::procoreVendorId).orElse(OptionalLong.empty());
    if (vendor.isEmpty()) {
      found.add(
          Violation.of(
              VENDOR_NOT_MAPPED,
              "Vendor No.",
              invoice.vendorNumber().orElse(null),
              doc
                  + ": Vendor No. "
                  + invoice.vendorNumber().orElse("(blank)")
                  + " is not mapped to a Procore vendor"));
    }
    if (lines.isEmpty()) {
      found.add(
          Violation.of(
              NO_LINES, "Lines", null, doc + ": at least one line with an amount is required"));
    }
    BudgetCodeIndex index = project.isPresent() ? codes.apply(project.getAsLong()) : null;
    String key = key(invoice);
    List<DirectCostLineItemUpdate> items = new ArrayList<>();
    for (BcPostedPurchaseInvoiceLine l : lines) {
      String where = doc + " line " + l.lineNo().map(String::valueOf).orElse("?") + ": ";
      Optional<String> task = l.jobTaskNo().filter(t -> !t.isBlank());
      Optional<String> segment = l.segmentCode().filter(t -> !t.isBlank());
      if (task.isEmpty()) {
        found.add(
            Violation.of(
                TASK_MISSING,
                "Job Task No.",
                l.jobTaskNo().orElse(null),
                where + "Job Task No. is required"));
      }
      if (segment.isEmpty()) {
        found.add(
            Violation.of(
                SEGMENT_MISSING,
                "Segment Code",
                l.segmentCode().orElse(null),
                where + "Segment Code is required"));
      }
      if (task.isEmpty() || segment.isEmpty() || index == null) {
        continue;
      }
      BudgetCodeKey code =
          new BudgetCodeKey(task.get(), l.costType().filter(c -> !c.isBlank()), segment);
      OptionalLong wbs = index.find(code);
      if (wbs.isEmpty()) {
        found.add(
            Violation.of(
                NO_BUDGET_CODE,
                "Job Task No.",
                code.describe(),
                where
                    + "Procore project "
                    + project.getAsLong()
                    + " has no budget code "
                    + code.describe()
                    + "; push the job task first"));
        continue;
      }
      BigDecimal amount = l.lineAmount().orElseThrow();
      items.add(
          DirectCostLineItemUpdate.builder()
              .originId(key + ":" + l.lineNo().map(String::valueOf).or(l::id).orElse("?"))
              .wbsCodeId(wbs.getAsLong())
              .amount(amount)
              .quantity(l.quantity())
              .unitCost(l.directUnitCost())
              .uom(l.unitOfMeasureCode())
              .description(l.description())
              .build());
    }
    if (!found.isEmpty()) {
      return Validated.invalid(found);
    }
    String vendorInvoice = invoice.vendorInvoiceNumber().filter(v -> !v.isBlank()).orElse("");
    String what =
        "BC "
            + job.orElseThrow()
            + " / PO "
            + order.orElseThrow()
            + " / commitment "
            + commitment
            + " / "
            + invoice.number();
    DirectCostUpdate header =
        DirectCostUpdate.builder()
            .originId(key)
            .originData(what)
            .directCostType(DirectCostType.INVOICE)
            .invoiceNumber(vendorInvoice.isEmpty() ? invoice.number() : vendorInvoice)
            .vendorId(vendor.getAsLong())
            .directCostDate(invoice.postingDate().or(invoice::documentDate))
            .description(what)
            .build();
    return Validated.valid(new DirectCostDraft(project.getAsLong(), header, items));
  }
}
