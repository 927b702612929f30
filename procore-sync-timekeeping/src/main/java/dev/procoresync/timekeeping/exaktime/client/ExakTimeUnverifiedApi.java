package dev.procoresync.timekeeping.exaktime.client;

import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.timekeeping.exaktime.model.ExakTimeCustomField;
import dev.procoresync.timekeeping.exaktime.model.ExakTimeEmployee;
import dev.procoresync.timekeeping.exaktime.model.ExakTimeLocation;
import dev.procoresync.timekeeping.exaktime.model.ExakTimeTimeRecord;
import dev.procoresync.timekeeping.exaktime.model.ExakTimeTimeType;
import dev.procoresync.timekeeping.exaktime.model.ExakTimeWorkClassification;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * <b>Unverified</b> ExakTime routes: employees ({@code /v1/Time/Employees}), locations ({@code
 * /v1/Time/Locations}), time records ({@code /v1/Time/TimeRecords}), and what SyncLinx imports
 * alongside them: work classifications ({@code /v1/Time/WorkClassifications}), time types ({@code
 * /v1/Time/TimeTypes}) and the custom fields of one fieldset ({@code /v1/Time/CustomFields}).
 *
 * <p>No public source confirms these paths or their fields (ExakTime's public listing names the
 * objects {@code dwuser}, {@code dwlocation} and {@code dwtimerecord}, not their REST routes): they
 * follow the shape of the confirmed cost-code route, as recorded in decision 0320, and the fake
 * ExakTime of the testkit serves them so. Check them against ExakTime's documentation for your
 * account before relying on them; when they differ, this one class changes.
 *
 * <pre>{@code
 * for (ExakTimeTimeRecord r : exak.unverified().timeRecords(monday, sunday)) { ... }
 * }</pre>
 */
public final class ExakTimeUnverifiedApi {
  private static final String EMPLOYEES = "v1/Time/Employees";
  private static final String LOCATIONS = "v1/Time/Locations";
  private static final String TIME_RECORDS = "v1/Time/TimeRecords";
  private static final String WORK_CLASSIFICATIONS = "v1/Time/WorkClassifications";
  private static final String TIME_TYPES = "v1/Time/TimeTypes";
  private static final String CUSTOM_FIELDS = "v1/Time/CustomFields";

  private final ExakTimeClient client;

  ExakTimeUnverifiedApi(ExakTimeClient client) {
    this.client = client;
  }

  /**
   * Lists every employee, lazily (unverified route).
   *
   * @return the employees
   */
  public PagedIterable<ExakTimeEmployee> employees() {
    return client.list(EMPLOYEES, Map.of(), ExakTimeEmployee.class);
  }

  /**
   * Creates an employee (unverified route).
   *
   * @param employee the employee
   * @return the employee as ExakTime stored it
   * @throws dev.procoresync.core.error.ServiceException with 409 when the identifier is taken
   */
  public ExakTimeEmployee createEmployee(ExakTimeEmployee employee) {
    return client.send("POST", EMPLOYEES, employee, ExakTimeEmployee.class);
  }

  /**
   * Replaces an employee's attributes (unverified route); an employee is never deleted, only
   * deactivated with {@code is_active=false}.
   *
   * @param employee the employee; its identifier names the record
   * @return the employee as ExakTime stored it
   */
  public ExakTimeEmployee updateEmployee(ExakTimeEmployee employee) {
    Objects.requireNonNull(employee, "employee");
    return client.send(
        "PUT",
        EMPLOYEES + "/" + ExakTimeClient.segment(employee.identifier()),
        employee,
        ExakTimeEmployee.class);
  }

  /**
   * Lists every location, lazily (unverified route).
   *
   * @return the locations
   */
  public PagedIterable<ExakTimeLocation> locations() {
    return client.list(LOCATIONS, Map.of(), ExakTimeLocation.class);
  }

  /**
   * Creates a location (unverified route).
   *
   * @param location the location
   * @return the location as ExakTime stored it
   * @throws dev.procoresync.core.error.ServiceException with 409 when the identifier is taken
   */
  public ExakTimeLocation createLocation(ExakTimeLocation location) {
    return client.send("POST", LOCATIONS, location, ExakTimeLocation.class);
  }

  /**
   * Replaces a location's attributes (unverified route).
   *
   * @param location the location; its identifier names the record
   * @return the location as ExakTime stored it
   */
  public ExakTimeLocation updateLocation(ExakTimeLocation location) {
    Objects.requireNonNull(location, "location");
    return client.send(
        "PUT",
        LOCATIONS + "/" + ExakTimeClient.segment(location.identifier()),
        location,
        ExakTimeLocation.class);
  }

  /**
   * Lists the time records whose clock-in falls on the UTC days {@code from} to {@code to}
   * (inclusive), lazily (unverified route).
   *
   * @param from the first day
   * @param to the last day
   * @return the time records
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  public PagedIterable<ExakTimeTimeRecord> timeRecords(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
    }
    Map<String, String> query = new LinkedHashMap<>();
    query.put("start_date", from.toString());
    query.put("end_date", to.toString());
    return client.list(TIME_RECORDS, query, ExakTimeTimeRecord.class);
  }

  /**
   * Lists every work classification, lazily (unverified route).
   *
   * @return the work classifications
   */
  public PagedIterable<ExakTimeWorkClassification> workClassifications() {
    return client.list(WORK_CLASSIFICATIONS, Map.of(), ExakTimeWorkClassification.class);
  }

  /**
   * Creates a work classification (unverified route).
   *
   * @param value the work classification
   * @return the work classification as ExakTime stored it
   * @throws dev.procoresync.core.error.ServiceException with 409 when the identifier is taken
   */
  public ExakTimeWorkClassification createWorkClassification(ExakTimeWorkClassification value) {
    return client.send("POST", WORK_CLASSIFICATIONS, value, ExakTimeWorkClassification.class);
  }

  /**
   * Replaces a work classification's attributes (unverified route); it is never deleted.
   *
   * @param value the work classification; its identifier names the record
   * @return the work classification as ExakTime stored it
   */
  public ExakTimeWorkClassification updateWorkClassification(ExakTimeWorkClassification value) {
    Objects.requireNonNull(value, "value");
    return client.send(
        "PUT",
        WORK_CLASSIFICATIONS + "/" + ExakTimeClient.segment(value.identifier()),
        value,
        ExakTimeWorkClassification.class);
  }

  /**
   * Lists every time type, lazily (unverified route).
   *
   * @return the time types
   */
  public PagedIterable<ExakTimeTimeType> timeTypes() {
    return client.list(TIME_TYPES, Map.of(), ExakTimeTimeType.class);
  }

  /**
   * Creates a time type (unverified route).
   *
   * @param value the time type
   * @return the time type as ExakTime stored it
   * @throws dev.procoresync.core.error.ServiceException with 409 when the identifier is taken
   */
  public ExakTimeTimeType createTimeType(ExakTimeTimeType value) {
    return client.send("POST", TIME_TYPES, value, ExakTimeTimeType.class);
  }

  /**
   * Replaces a time type's attributes (unverified route); it is never deleted.
   *
   * @param value the time type; its identifier names the record
   * @return the time type as ExakTime stored it
   */
  public ExakTimeTimeType updateTimeType(ExakTimeTimeType value) {
    Objects.requireNonNull(value, "value");
    return client.send(
        "PUT",
        TIME_TYPES + "/" + ExakTimeClient.segment(value.identifier()),
        value,
        ExakTimeTimeType.class);
  }

  /**
   * Lists every custom field, lazily (unverified route).
   *
   * @return the custom fields
   */
  public PagedIterable<ExakTimeCustomField> customFields() {
    return client.list(CUSTOM_FIELDS, Map.of(), ExakTimeCustomField.class);
  }

  /**
   * Creates a custom field (unverified route).
   *
   * @param value the custom field
   * @return the custom field as ExakTime stored it
   * @throws dev.procoresync.core.error.ServiceException with 409 when the identifier is taken
   */
  public ExakTimeCustomField createCustomField(ExakTimeCustomField value) {
    return client.send("POST", CUSTOM_FIELDS, value, ExakTimeCustomField.class);
  }

  /**
   * Replaces a custom field's attributes (unverified route); it is never deleted.
   *
   * @param value the custom field; its identifier names the record
   * @return the custom field as ExakTime stored it
   */
  public ExakTimeCustomField updateCustomField(ExakTimeCustomField value) {
    Objects.requireNonNull(value, "value");
    return client.send(
        "PUT",
        CUSTOM_FIELDS + "/" + ExakTimeClient.segment(value.identifier()),
        value,
        ExakTimeCustomField.class);
  }

  @Override
  public String toString() {
    return "ExakTimeUnverifiedApi{" + client + "}";
  }
}
