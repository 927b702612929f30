package dev.procoresync.qbd.mapping;

import dev.procoresync.core.validation.Validated;
import dev.procoresync.core.validation.Violation;
import dev.procoresync.qbd.model.BudgetExport;
import dev.procoresync.qbd.model.ChangeOrderExport;
import dev.procoresync.qbd.model.CommitmentExport;
import dev.procoresync.qbd.model.ExportLine;
import dev.procoresync.qbd.qbxml.EstimateAdd;
import dev.procoresync.qbd.qbxml.EstimateLine;
import dev.procoresync.qbd.qbxml.PurchaseOrderAdd;
import dev.procoresync.qbd.qbxml.PurchaseOrderLine;
import dev.procoresync.qbd.qbxml.QbRef;
import dev.procoresync.qbd.qbxml.QbText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Procore commitments -> QuickBooks purchase orders and budgets -> estimates, as Procore's
 * connector maps them. A purchase order: the vendor, the commitment's number as reference number,
 * one line per schedule-of-values line (item from the cost code, description, amount, job-costed to
 * the project's job), and each approved commitment change order as new lines below. An estimate:
 * the Customer:Job, one line per budget line (item from the cost code, description, the original
 * budget amount as rate and amount), and each budget modification or change as new lines below (the
 * "from" code negative, the "to" code positive).
 *
 * <p>Every line's description starts with a tag, {@code [SOV 3]} or {@code [CCO-1/2]}, that names
 * the Procore line it came from: a Mod keeps the lines QuickBooks holds and adds only the tags it
 * lacks.
 *
 * <pre>{@code
 * TransactionMapping.toPurchaseOrder(commitment).value().lines();
 * }</pre>
 */
public final class TransactionMapping {
  /** The longest reference number of a purchase order or estimate. */
  public static final int MAX_REF_NUMBER = 11;

  private TransactionMapping() {}

  /**
   * One line with its tag.
   *
   * @param tag such as {@code "SOV 1"} or {@code "CCO-1/2"}
   * @param line the line
   */
  public record TaggedLine(String tag, ExportLine line) {}

  /**
   * The tagged lines of a commitment: its schedule of values, then its change orders' lines.
   *
   * @param commitment the commitment
   * @return the lines in order
   */
  public static List<TaggedLine> lines(CommitmentExport commitment) {
    return lines(commitment.lines(), commitment.changeOrders());
  }

  /**
   * Tagged lines: the original lines, then each change's lines.
   *
   * @param original the original lines, tagged {@code SOV n}
   * @param changes the changes, their lines tagged {@code <number>/n}
   * @return the lines in order
   */
  public static List<TaggedLine> lines(List<ExportLine> original, List<ChangeOrderExport> changes) {
    List<TaggedLine> out = new ArrayList<>();
    for (int i = 0; i < original.size(); i++) {
      out.add(new TaggedLine("SOV " + (i + 1), original.get(i)));
    }
    for (ChangeOrderExport c : changes) {
      for (int i = 0; i < c.lines().size(); i++) {
        out.add(new TaggedLine(c.number() + "/" + (i + 1), c.lines().get(i)));
      }
    }
    return out;
  }

  /**
   * The description a tagged line gets.
   *
   * @param line the line
   * @return {@code [tag] description}, at most 4095 characters
   */
  public static String description(TaggedLine line) {
    String d = line.line().description();
    return QbText.fit("[" + line.tag() + "]" + (d.isBlank() ? "" : " " + d), 4095);
  }

  /**
   * The tag of a QuickBooks line description written by {@link #description}.
   *
   * @param description the line's description
   * @return the tag, or empty for a line a user added in QuickBooks
   */
  public static Optional<String> tagOf(String description) {
    if (!description.startsWith("[")) {
      return Optional.empty();
    }
    int end = description.indexOf(']');
    return end < 0 ? Optional.empty() : Optional.of(description.substring(1, end));
  }

  /**
   * The signature of a set of lines: tag=amount, sorted by tag; compared to decide whether a
   * transaction changed.
   *
   * @param amounts the amount per tag
   * @return such as {@code "CCO-1/1=800.00;SOV 1=12000.00"}
   */
  public static String signature(TreeMap<String, BigDecimal> amounts) {
    StringBuilder b = new StringBuilder();
    amounts.forEach(
        (tag, amount) ->
            b.append(b.length() == 0 ? "" : ";")
                .append(tag)
                .append('=')
                .append(amount.setScale(2, RoundingMode.HALF_UP).toPlainString()));
    return b.toString();
  }

  /**
   * Maps a commitment.
   *
   * @param c the commitment
   * @return the purchase order Add, or violations ({@code ref_number_too_long}, {@code no_lines})
   */
  public static Validated<PurchaseOrderAdd> toPurchaseOrder(CommitmentExport c) {
    String ref = QbText.reduce(c.number()).trim();
    if (ref.isEmpty() || ref.length() > MAX_REF_NUMBER) {
      return Validated.invalid(
          Violation.of(
              "ref_number_too_long",
              "number",
              c.number(),
              "a QuickBooks purchase order's reference number holds 1 to 11 characters"));
    }
    List<TaggedLine> lines = lines(c);
    if (lines.isEmpty()) {
      return Validated.invalid(
          Violation.of(
              "no_lines", "lines", c.number(), "a purchase order needs at least one line"));
    }
    PurchaseOrderAdd.Builder b =
        PurchaseOrderAdd.builder()
            .vendor(QbRef.fullName(c.vendor()))
            .refNumber(ref)
            .txnDate(c.date());
    lines.forEach(l -> b.addLine(poLine(l, c.job(), Optional.empty())));
    return Validated.valid(b.build());
  }

  /**
   * Maps a budget.
   *
   * @param b the budget
   * @return the estimate Add, or violations ({@code ref_number_too_long}, {@code no_lines})
   */
  public static Validated<EstimateAdd> toEstimate(BudgetExport b) {
    String ref = QbText.reduce(b.number()).trim();
    if (ref.isEmpty() || ref.length() > MAX_REF_NUMBER) {
      return Validated.invalid(
          Violation.of(
              "ref_number_too_long",
              "number",
              b.number(),
              "a QuickBooks estimate's reference number holds 1 to 11 characters"));
    }
    List<TaggedLine> lines = lines(b.lines(), b.modifications());
    if (lines.isEmpty()) {
      return Validated.invalid(
          Violation.of("no_lines", "lines", b.number(), "an estimate needs at least one line"));
    }
    EstimateAdd.Builder e =
        EstimateAdd.builder().customer(QbRef.fullName(b.job())).refNumber(ref).txnDate(b.date());
    lines.forEach(l -> e.addLine(estimateLine(l, Optional.empty())));
    return Validated.valid(e.build());
  }

  /**
   * One estimate line: the amount is both rate and amount (quantity 1).
   *
   * @param l the tagged line
   * @param txnLineId {@code -1} for a new line in a Mod, empty in an Add
   * @return the line
   */
  public static EstimateLine estimateLine(TaggedLine l, Optional<String> txnLineId) {
    return EstimateLine.builder()
        .txnLineId(txnLineId)
        .item(QbRef.fullName(ItemMapping.itemName(l.line().costCode())))
        .desc(description(l))
        .rate(l.line().amount())
        .amount(l.line().amount())
        .build();
  }

  /**
   * One purchase-order line.
   *
   * @param l the tagged line
   * @param job the job's full name
   * @param txnLineId {@code -1} for a new line in a Mod, empty in an Add
   * @return the line
   */
  public static PurchaseOrderLine poLine(TaggedLine l, String job, Optional<String> txnLineId) {
    return PurchaseOrderLine.builder()
        .txnLineId(txnLineId)
        .item(QbRef.fullName(ItemMapping.itemName(l.line().costCode())))
        .desc(description(l))
        .amount(l.line().amount())
        .customer(QbRef.fullName(job))
        .build();
  }
}
