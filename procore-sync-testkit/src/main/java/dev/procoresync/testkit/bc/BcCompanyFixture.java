package dev.procoresync.testkit.bc;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.testkit.bc.contract.BcApi;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The records a test seeds a fake Business Central company with, in order: customers, vendors,
 * resources, accounting periods, projects with their segment codes, tasks and planning lines,
 * purchase orders and lines, posted invoices and lines, project journal lines and ledger entries,
 * change orders and lines, crew time-sheet buffer rows, or any record of the contract. Each typed
 * method sets the fields that identify a record; a {@code Consumer<ObjectNode>} sets the rest by
 * their contract names. Lines find their header by number. Immutable; seeded with {@link
 * FakeBusinessCentral#given(BcCompanyFixture)}.
 *
 * <pre>{@code
 * BcCompanyFixture company = BcCompanyFixture.builder()
 *     .customer("C10000", "Adatum Corporation")
 *     .project("JOB000042", "Sandbox Test Project", p -> p
 *         .put("sendToProcore", true).put("billToCustomerNumber", "C10000"))
 *     .segmentCode("JOB000042", "01", "Site work")
 *     .jobTask("JOB000042", "1000", "Concrete")
 *     .planningLine("JOB000042", "1000", 10000, l -> l
 *         .put("quantity", 10).put("unitCost", 55.5).put("sendBudgetLineToProcore", true))
 *     .build();
 * }</pre>
 */
public final class BcCompanyFixture {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final List<Entry> entries;

  private BcCompanyFixture(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * Returns a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the records, in seeding order.
   *
   * @return the entries (their JSON copied)
   */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * Returns a builder holding this fixture's records, to add more.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.entries.addAll(entries);
    return b;
  }

  @Override
  public String toString() {
    return "BcCompanyFixture[" + entries.size() + " record(s)]";
  }

  /**
   * One record to seed.
   *
   * @param api the root
   * @param entitySet the entity set it is written through
   * @param record its fields (a copy)
   */
  public record Entry(BcApi api, String entitySet, ObjectNode record) {
    /**
     * Checks and copies the components.
     *
     * @param api the root
     * @param entitySet the entity set
     * @param record the fields
     */
    public Entry {
      Objects.requireNonNull(api, "api");
      Objects.requireNonNull(entitySet, "entitySet");
      record = Objects.requireNonNull(record, "record").deepCopy();
    }

    /**
     * Returns a copy of the fields.
     *
     * @return the fields
     */
    @Override
    public ObjectNode record() {
      return record.deepCopy();
    }
  }

  /** Builds a {@link BcCompanyFixture}. Not thread safe. */
  public static final class Builder {
    private final List<Entry> entries = new ArrayList<>();

    private Builder() {}

    /**
     * Adds any record of the contract.
     *
     * @param api the root
     * @param entitySet the entity set
     * @param record the fields, by contract name
     * @return this builder
     */
    public Builder record(BcApi api, String entitySet, ObjectNode record) {
      entries.add(new Entry(api, entitySet, record));
      return this;
    }

    private Builder add(BcApi api, String set, ObjectNode base, Consumer<ObjectNode> more) {
      Objects.requireNonNull(more, "more").accept(base);
      return record(api, set, base);
    }

    private static String required(String value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value;
    }

    /**
     * Adds a customer (standard {@code customers}).
     *
     * @param number its No.
     * @param name its name
     * @return this builder
     */
    public Builder customer(String number, String name) {
      return customer(number, name, c -> {});
    }

    /**
     * Adds a customer with more fields.
     *
     * @param number its No.
     * @param name its name
     * @param more sets further fields
     * @return this builder
     */
    public Builder customer(String number, String name, Consumer<ObjectNode> more) {
      return add(
          BcApi.STANDARD,
          "customers",
          JSON.objectNode().put("number", required(number, "number")).put("displayName", name),
          more);
    }

    /**
     * Adds a vendor (standard {@code vendors}).
     *
     * @param number its No.
     * @param name its name
     * @return this builder
     */
    public Builder vendor(String number, String name) {
      return vendor(number, name, v -> {});
    }

    /**
     * Adds a vendor with more fields.
     *
     * @param number its No.
     * @param name its name
     * @param more sets further fields
     * @return this builder
     */
    public Builder vendor(String number, String name, Consumer<ObjectNode> more) {
      return add(
          BcApi.STANDARD,
          "vendors",
          JSON.objectNode().put("number", required(number, "number")).put("displayName", name),
          more);
    }

    /**
     * Adds a resource (custom {@code resources}), a person by default.
     *
     * @param number its No.
     * @param name its name
     * @param more sets further fields, e.g. {@code useCrewTimeSheet}
     * @return this builder
     */
    public Builder resource(String number, String name, Consumer<ObjectNode> more) {
      return add(
          BcApi.CUSTOM,
          "resources",
          JSON.objectNode()
              .put("number", required(number, "number"))
              .put("name", name)
              .put("type", "Person"),
          more);
    }

    /**
     * Adds an accounting period (custom {@code accountingPeriods}); it runs until the next one
     * starts.
     *
     * @param startingDate its first day
     * @param closed true when closed
     * @return this builder
     */
    public Builder accountingPeriod(LocalDate startingDate, boolean closed) {
      Objects.requireNonNull(startingDate, "startingDate");
      return record(
          BcApi.CUSTOM,
          "accountingPeriods",
          JSON.objectNode()
              .put("startingDate", startingDate.toString())
              .put("name", startingDate.getMonth().toString().substring(0, 3))
              .put("newFiscalYear", startingDate.getDayOfYear() == 1)
              .put("closed", closed)
              .put("dateLocked", closed));
    }

    /**
     * Adds a project (custom {@code projects}; the standard page shows it too), status Open,
     * project class {@code Base Project}.
     *
     * @param number its No., e.g. {@code JOB000042}
     * @param name its description
     * @param more sets further fields, e.g. {@code sendToProcore}
     * @return this builder
     */
    public Builder project(String number, String name, Consumer<ObjectNode> more) {
      return add(
          BcApi.CUSTOM,
          "projects",
          JSON.objectNode()
              .put("number", required(number, "number"))
              .put("displayName", name)
              .put("status", "Open")
              .put("projectClass", "Base Project"),
          more);
    }

    /**
     * Adds a project segment code (custom {@code segmentCodes}).
     *
     * @param jobNo the project's No.
     * @param code the segment code
     * @param description its description
     * @return this builder
     */
    public Builder segmentCode(String jobNo, String code, String description) {
      return record(
          BcApi.CUSTOM,
          "segmentCodes",
          JSON.objectNode()
              .put("jobNo", required(jobNo, "jobNo"))
              .put("code", required(code, "code"))
              .put("description", description));
    }

    /**
     * Adds a posting job task (custom {@code jobTasks}).
     *
     * @param jobNo the project's No.
     * @param jobTaskNo the task's No.
     * @param description its description
     * @return this builder
     */
    public Builder jobTask(String jobNo, String jobTaskNo, String description) {
      return jobTask(jobNo, jobTaskNo, description, t -> {});
    }

    /**
     * Adds a job task with more fields.
     *
     * @param jobNo the project's No.
     * @param jobTaskNo the task's No.
     * @param description its description
     * @param more sets further fields, e.g. {@code segmentCode}
     * @return this builder
     */
    public Builder jobTask(
        String jobNo, String jobTaskNo, String description, Consumer<ObjectNode> more) {
      return add(
          BcApi.CUSTOM,
          "jobTasks",
          JSON.objectNode()
              .put("jobNo", required(jobNo, "jobNo"))
              .put("jobTaskNo", required(jobTaskNo, "jobTaskNo"))
              .put("description", description)
              .put("jobTaskType", "Posting"),
          more);
    }

    /**
     * Adds a budget planning line (custom {@code jobPlanningLines}), type Resource.
     *
     * @param jobNo the project's No.
     * @param jobTaskNo the task's No.
     * @param lineNo the line No., e.g. 10000
     * @param more sets further fields, e.g. {@code quantity}, {@code sendBudgetLineToProcore}
     * @return this builder
     */
    public Builder planningLine(
        String jobNo, String jobTaskNo, int lineNo, Consumer<ObjectNode> more) {
      return add(
          BcApi.CUSTOM,
          "jobPlanningLines",
          JSON.objectNode()
              .put("jobNo", required(jobNo, "jobNo"))
              .put("jobTaskNo", required(jobTaskNo, "jobTaskNo"))
              .put("lineNo", lineNo)
              .put("lineType", "Budget")
              .put("type", "Resource"),
          more);
    }

    /**
     * Adds a purchase order header (custom {@code purchaseOrders}; the standard page shows it too),
     * status Open.
     *
     * @param number its No.
     * @param vendorNumber the buy-from vendor's No.
     * @param jobNo the project's No.
     * @param more sets further fields, e.g. {@code sendToProcore}
     * @return this builder
     */
    public Builder purchaseOrder(
        String number, String vendorNumber, String jobNo, Consumer<ObjectNode> more) {
      return add(
          BcApi.CUSTOM,
          "purchaseOrders",
          JSON.objectNode()
              .put("number", required(number, "number"))
              .put("vendorNumber", vendorNumber)
              .put("jobNo", jobNo)
              .put("status", "Open"),
          more);
    }

    /**
     * Adds a purchase order line (custom {@code purchaseOrderLines}) under the order with that
     * number.
     *
     * @param orderNumber the order's No.
     * @param lineNo the line No.
     * @param more sets further fields, e.g. {@code jobTaskNo}, {@code costType}
     * @return this builder
     */
    public Builder purchaseOrderLine(String orderNumber, int lineNo, Consumer<ObjectNode> more) {
      return add(
          BcApi.CUSTOM,
          "purchaseOrderLines",
          JSON.objectNode()
              .put("documentNumber", required(orderNumber, "orderNumber"))
              .put("lineNo", lineNo)
              .put("type", "Item"),
          more);
    }

    /**
     * Adds a posted purchase invoice (custom {@code postedPurchaseInvoices}).
     *
     * @param number its posted No.
     * @param orderNumber the order it was posted from
     * @param more sets further fields, e.g. {@code vendorNumber}, {@code amount}
     * @return this builder
     */
    public Builder postedInvoice(String number, String orderNumber, Consumer<ObjectNode> more) {
      return add(
          BcApi.CUSTOM,
          "postedPurchaseInvoices",
          JSON.objectNode()
              .put("number", required(number, "number"))
              .put("orderNumber", orderNumber),
          more);
    }

    /**
     * Adds a posted purchase invoice line under the posted invoice with that number.
     *
     * @param invoiceNumber the posted invoice's No.
     * @param lineNo the line No.
     * @param more sets further fields
     * @return this builder
     */
    public Builder postedInvoiceLine(String invoiceNumber, int lineNo, Consumer<ObjectNode> more) {
      return add(
          BcApi.CUSTOM,
          "postedPurchaseInvoiceLines",
          JSON.objectNode()
              .put("documentNumber", required(invoiceNumber, "invoiceNumber"))
              .put("lineNo", lineNo)
              .put("type", "Item"),
          more);
    }

    /**
     * Adds an unposted project journal line (custom {@code jobJournalLines}), template {@code
     * PROJECT}, batch {@code DEFAULT}, entry type Usage.
     *
     * @param lineNo the line No.
     * @param jobNo the project's No.
     * @param more sets further fields, e.g. {@code lineType}, {@code totalCost}
     * @return this builder
     */
    public Builder jobJournalLine(int lineNo, String jobNo, Consumer<ObjectNode> more) {
      return add(
          BcApi.CUSTOM,
          "jobJournalLines",
          JSON.objectNode()
              .put("journalTemplateName", "PROJECT")
              .put("journalBatchName", "DEFAULT")
              .put("lineNo", lineNo)
              .put("jobNo", jobNo)
              .put("entryType", "Usage")
              .put("type", "Resource"),
          more);
    }

    /**
     * Adds a posted project journal line (custom {@code jobLedgerEntries}).
     *
     * @param entryNo the entry No.
     * @param jobNo the project's No.
     * @param more sets further fields, e.g. {@code jobTaskNo}, {@code lineType}, {@code totalCost}
     * @return this builder
     */
    public Builder jobLedgerEntry(int entryNo, String jobNo, Consumer<ObjectNode> more) {
      return add(
          BcApi.CUSTOM,
          "jobLedgerEntries",
          JSON.objectNode()
              .put("entryNo", entryNo)
              .put("jobNo", jobNo)
              .put("entryType", "Usage")
              .put("type", "Resource"),
          more);
    }

    /**
     * Adds a change order header (custom {@code changeOrders}).
     *
     * @param jobNo the project's No.
     * @param number the change order's No.
     * @param more sets further fields, e.g. {@code procoreChangeOrderId}
     * @return this builder
     */
    public Builder changeOrder(String jobNo, String number, Consumer<ObjectNode> more) {
      return add(
          BcApi.CUSTOM,
          "changeOrders",
          JSON.objectNode()
              .put("jobNo", jobNo)
              .put("number", required(number, "number"))
              .put("status", "Open"),
          more);
    }

    /**
     * Adds a change order line under the change order with that number.
     *
     * @param changeOrderNumber the change order's No.
     * @param lineNo the line No.
     * @param amount the amount
     * @param more sets further fields
     * @return this builder
     */
    public Builder changeOrderLine(
        String changeOrderNumber, int lineNo, BigDecimal amount, Consumer<ObjectNode> more) {
      Objects.requireNonNull(amount, "amount");
      return add(
          BcApi.CUSTOM,
          "changeOrderLines",
          JSON.objectNode()
              .put("changeOrderNumber", required(changeOrderNumber, "changeOrderNumber"))
              .put("lineNo", lineNo)
              .put("amount", amount),
          more);
    }

    /**
     * Adds a crew time-sheet buffer row (custom {@code crewTimeSheetEntries}).
     *
     * @param headerId the Procore timesheet (header) id
     * @param lineId the Procore timesheet line id
     * @param more sets further fields, e.g. {@code resourceNumber}, {@code hours}
     * @return this builder
     */
    public Builder crewTimeSheetEntry(long headerId, long lineId, Consumer<ObjectNode> more) {
      return add(
          BcApi.CUSTOM,
          "crewTimeSheetEntries",
          JSON.objectNode()
              .put("procoreTimesheetHeaderId", headerId)
              .put("procoreTimesheetLineId", lineId)
              .put("status", "Approved"),
          more);
    }

    /**
     * Builds the fixture.
     *
     * @return the fixture
     */
    public BcCompanyFixture build() {
      return new BcCompanyFixture(entries);
    }
  }
}
