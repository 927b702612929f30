package dev.procoresync.testkit.procore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Builders of Procore records with sensible defaults (read from {@code
 * dev/procoresync/testkit/procore/fixtures/defaults.json} in this jar), one factory per resource,
 * plus {@link #of(String)} for any resource the fake serves.
 *
 * <pre>{@code
 * long projectId = procore.givenProject(Fixtures.project("Tower A").originId("bc:job:JOB000042"));
 * procore.given(Fixtures.costCode("03", "Concrete").in(projectId));
 * }</pre>
 */
public final class Fixtures {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNode DEFAULTS = load("defaults.json");

  private Fixtures() {}

  /**
   * Reads a JSON fixture shipped in this jar.
   *
   * @param name the file under {@code dev/procoresync/testkit/procore/fixtures/}
   * @return the JSON
   * @throws IllegalArgumentException when there is no such fixture
   */
  public static JsonNode load(String name) {
    Objects.requireNonNull(name, "name");
    String path = "/dev/procoresync/testkit/procore/fixtures/" + name;
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture named " + name + " (" + path + ")");
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read fixture " + path, e);
    }
  }

  /**
   * A record of any resource, starting from its defaults (empty when it has none).
   *
   * @param resource the resource name as {@link FakeProcore#resources()} lists it
   * @return the fixture
   */
  public static Fixture of(String resource) {
    Objects.requireNonNull(resource, "resource");
    JsonNode defaults = DEFAULTS.get(resource);
    return new Fixture(
        resource,
        defaults == null ? MAPPER.createObjectNode() : ((ObjectNode) defaults).deepCopy());
  }

  /**
   * A company.
   *
   * @param name its name
   * @return the fixture
   */
  public static Fixture company(String name) {
    return of("companies").with("name", name);
  }

  /**
   * A project (active, in Denver, no number).
   *
   * @param name its name
   * @return the fixture
   */
  public static Fixture project(String name) {
    return of("projects").with("name", name);
  }

  /**
   * A company vendor (active).
   *
   * @param name its name (required by Procore, 255 characters at most)
   * @return the fixture
   */
  public static Fixture vendor(String name) {
    return of("vendors").with("name", name);
  }

  /**
   * A project cost code; call {@link Fixture#in(long)} with the project id, and {@code
   * with("parent_id", id)} for a lower tier.
   *
   * @param code the code of this tier (without the parent's prefix)
   * @param name its name
   * @return the fixture
   */
  public static Fixture costCode(String code, String name) {
    return of("cost_codes").with("code", code).with("name", name);
  }

  /**
   * A cost type (line item type) of the company.
   *
   * @param code its code
   * @param name its name
   * @return the fixture
   */
  public static Fixture lineItemType(String code, String name) {
    return of("line_item_types").with("code", code).with("name", name);
  }

  /**
   * A sub job; call {@link Fixture#in(long)} with the project id.
   *
   * @param code its code
   * @param name its name
   * @return the fixture
   */
  public static Fixture subJob(String code, String name) {
    return of("sub_jobs").with("code", code).with("name", name);
  }

  /**
   * A user of the company directory ({@code /rest/v1.3/companies/{company_id}/users}).
   *
   * @param firstName first name
   * @param lastName last name (required by Procore)
   * @param email email address (required by Procore)
   * @return the fixture
   */
  public static Fixture companyUser(String firstName, String lastName, String email) {
    return of("company_users")
        .with("first_name", firstName)
        .with("last_name", lastName)
        .with("email_address", email);
  }

  /**
   * A worker of the company directory (an employee).
   *
   * @param firstName first name
   * @param lastName last name (required by Procore)
   * @return the fixture
   */
  public static Fixture person(String firstName, String lastName) {
    return of("people").with("first_name", firstName).with("last_name", lastName);
  }

  /**
   * A crew; call {@link Fixture#in(long)} with the project id.
   *
   * @param name its name
   * @return the fixture
   */
  public static Fixture crew(String name) {
    return of("crews").with("name", name);
  }

  /**
   * A work classification of the company.
   *
   * @param name its name
   * @return the fixture
   */
  public static Fixture workClassification(String name) {
    return of("work_classifications").with("name", name);
  }

  /**
   * A timecard time type of the company.
   *
   * @param abbreviation e.g. {@code REG}
   * @param name e.g. {@code Regular Time}
   * @return the fixture
   */
  public static Fixture timecardTimeType(String abbreviation, String name) {
    return of("timecard_time_types")
        .with("abbreviated_time_type", abbreviation)
        .with("time_type", name);
  }

  /**
   * A timecard entry (pending, billable); call {@link Fixture#in(long)} with the project id.
   *
   * @param date the day worked
   * @param hours hours worked (sent as a string, as Procore does)
   * @param partyId the worker (a person id)
   * @return the fixture
   */
  public static Fixture timecardEntry(LocalDate date, BigDecimal hours, long partyId) {
    return of("timecard_entries")
        .with("date", Objects.requireNonNull(date, "date").toString())
        .with("hours", hours)
        .with("party_id", partyId);
  }

  /**
   * A project timesheet (pending); call {@link Fixture#in(long)} with the project id.
   *
   * @param date its day
   * @return the fixture
   */
  public static Fixture timesheet(LocalDate date) {
    return of("timesheets").with("date", Objects.requireNonNull(date, "date").toString());
  }

  /**
   * A budget line item on a WBS (budget) code; call {@link Fixture#in(long)} with the project id.
   *
   * @param wbsCodeId the budget code
   * @param originalBudgetAmount the amount (sent as a string, as Procore does)
   * @return the fixture
   */
  public static Fixture budgetLineItem(long wbsCodeId, BigDecimal originalBudgetAmount) {
    return of("budget_line_items")
        .with("wbs_code_id", wbsCodeId)
        .with("original_budget_amount", originalBudgetAmount);
  }

  /**
   * A purchase order (Draft); call {@link Fixture#in(long)} with the project id.
   *
   * @param vendorId the vendor
   * @return the fixture
   */
  public static Fixture purchaseOrder(long vendorId) {
    return of("purchase_order_contracts").with("vendor_id", vendorId);
  }

  /**
   * A subcontract (work order, Draft); call {@link Fixture#in(long)} with the project id.
   *
   * @param vendorId the vendor
   * @return the fixture
   */
  public static Fixture workOrder(long vendorId) {
    return of("work_order_contracts").with("vendor_id", vendorId);
  }

  /**
   * A schedule-of-values line of a purchase order; call {@link Fixture#in(long)} with the purchase
   * order's id.
   *
   * @param amount the amount
   * @return the fixture
   */
  public static Fixture purchaseOrderLineItem(BigDecimal amount) {
    return of("purchase_order_contracts_line_items").with("amount", amount);
  }

  /**
   * A schedule-of-values line of a subcontract; call {@link Fixture#in(long)} with the
   * subcontract's id.
   *
   * @param amount the amount
   * @return the fixture
   */
  public static Fixture workOrderLineItem(BigDecimal amount) {
    return of("work_order_contracts_line_items").with("amount", amount);
  }

  /**
   * A subcontractor invoice (requisition, draft) of a commitment; call {@link Fixture#in(long)}
   * with the project id.
   *
   * @param commitmentId the purchase order or subcontract
   * @return the fixture
   */
  public static Fixture requisition(long commitmentId) {
    return of("requisitions").with("commitment_id", commitmentId);
  }

  /**
   * A direct cost (draft); call {@link Fixture#in(long)} with the project id.
   *
   * @param type {@code invoice}, {@code expense}, {@code payroll} or {@code subcontractor_invoice}
   * @return the fixture
   */
  public static Fixture directCost(String type) {
    return of("direct_costs").with("direct_cost_type", type);
  }

  /**
   * A change event (Open); call {@link Fixture#in(long)} with the project id.
   *
   * @param title its title
   * @return the fixture
   */
  public static Fixture changeEvent(String title) {
    return of("change_events").with("title", title);
  }

  /**
   * A company webhook hook.
   *
   * @param destinationUrl where Procore would deliver
   * @return the fixture
   */
  public static Fixture webhookHook(String destinationUrl) {
    return of("webhook_hooks").with("destination_url", destinationUrl);
  }

  /**
   * A delivery attempt of a hook; call {@link Fixture#in(long)} with the hook id.
   *
   * @param outcome {@code ok}, {@code discarded}, {@code retried} or {@code failed}
   * @return the fixture
   */
  public static Fixture webhookDelivery(String outcome) {
    return of("webhook_deliveries").with("outcome", outcome);
  }
}
