package dev.procoresync.core.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.client.internal.TimesheetsApi;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.model.Timesheet;
import dev.procoresync.core.model.TimesheetApproval;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A project's daily timesheets: list, show, create, and approval through {@code update_approval}.
 *
 * <p>A timesheet has no origin id, so a create whose outcome is unknown (timeout, 5xx) is never
 * sent again: the error reaches the caller, who can list the day's timesheets to check.
 *
 * <pre>{@code
 * Timesheets timesheets = client.forCompany(42L).timesheets();
 * Timesheet sheet = timesheets.create(projectId, LocalDate.of(2026, 11, 2));
 * timesheets.updateApproval(projectId, List.of(
 *     TimesheetApproval.builder().id(sheet.id().orElseThrow()).status(TimesheetStatus.APPROVED).build()));
 * }</pre>
 */
public final class Timesheets {
  private final Scope scope;
  private final TimesheetsApi api;

  Timesheets(Scope scope) {
    this.scope = scope;
    this.api = scope.service(TimesheetsApi.class);
  }

  /**
   * Lists a project's timesheets, lazily.
   *
   * <pre>{@code
   * timesheets.list(projectId).forEach(s -> System.out.println(s.name().orElse("")));
   * }</pre>
   *
   * @param projectId the project
   * @return the timesheets
   */
  public PagedIterable<Timesheet> list(long projectId) {
    return list(projectId, ListOptions.none());
  }

  /**
   * Lists a project's timesheets for the days from {@code from} to {@code to} (both inclusive),
   * lazily.
   *
   * <pre>{@code
   * timesheets.list(projectId, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 8));
   * }</pre>
   *
   * @param projectId the project
   * @param from the first day
   * @param to the last day
   * @return the timesheets
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  public PagedIterable<Timesheet> list(long projectId, LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
    }
    return list(
        projectId,
        ListOptions.none()
            .withParam("start_date", from.toString())
            .withParam("end_date", to.toString()));
  }

  /**
   * Lists a project's timesheets matching the options, lazily.
   *
   * <pre>{@code
   * timesheets.list(projectId, ListOptions.none().withParam("log_date", "2026-11-02"));
   * }</pre>
   *
   * @param projectId the project
   * @param options filters and parameters such as {@code start_date}, {@code end_date}
   * @return the timesheets
   */
  public PagedIterable<Timesheet> list(long projectId, ListOptions options) {
    Objects.requireNonNull(options, "options");
    return scope
        .transport()
        .list(
            api.list(projectId, options.perPageOr(Scope.V1_PAGE_SIZE), options.query()),
            Timesheet.class,
            Envelope.NONE);
  }

  /**
   * Shows a timesheet, with its timecard entries.
   *
   * <pre>{@code
   * Timesheet sheet = timesheets.get(projectId, 7001L);
   * }</pre>
   *
   * @param projectId the project
   * @param id the timesheet
   * @return the timesheet
   * @throws dev.procoresync.core.error.ProcoreNotFoundException when it does not exist
   */
  public Timesheet get(long projectId, long id) {
    return scope.transport().execute(api.get(projectId, id), Timesheet.class, Envelope.NONE);
  }

  /**
   * Creates a project's timesheet for a day; Procore numbers the day's timesheets ({@code
   * 2026-11-02 - 01}) and starts them pending.
   *
   * <pre>{@code
   * Timesheet sheet = timesheets.create(projectId, LocalDate.of(2026, 11, 2));
   * }</pre>
   *
   * @param projectId the project
   * @param date the day
   * @return the created timesheet
   * @throws NullPointerException when {@code date} is null
   */
  public Timesheet create(long projectId, LocalDate date) {
    Objects.requireNonNull(date, "date");
    ObjectNode body = scope.object();
    body.putObject("timesheet").put("date", date.toString());
    return scope.createSafely(
        headers -> api.create(projectId, body, headers), Timesheet.class, null);
  }

  /**
   * Sets the approval state of a project's timesheets in one call ({@code PATCH
   * .../timesheets/update_approval}). Procore accepts only {@code pending} and {@code approved};
   * any other state is refused with a {@link
   * dev.procoresync.core.error.ProcoreValidationException}.
   *
   * <pre>{@code
   * List<Timesheet> approved = timesheets.updateApproval(projectId, List.of(
   *     TimesheetApproval.builder().id(7001L).status(TimesheetStatus.APPROVED).build()));
   * }</pre>
   *
   * @param projectId the project
   * @param approvals the timesheets and their new states
   * @return the updated timesheets, in the order Procore answered them
   * @throws IllegalArgumentException when {@code approvals} is empty
   * @throws dev.procoresync.core.error.ProcoreValidationException when Procore refuses a state
   * @throws dev.procoresync.core.error.ProcoreNotFoundException when a timesheet is not in the
   *     project
   */
  public List<Timesheet> updateApproval(long projectId, List<TimesheetApproval> approvals) {
    Objects.requireNonNull(approvals, "approvals");
    if (approvals.isEmpty()) {
      throw new IllegalArgumentException("approvals must not be empty");
    }
    ObjectNode body = scope.object();
    ArrayNode items = body.putArray("timesheets");
    for (TimesheetApproval approval : approvals) {
      items.add(scope.tree(Objects.requireNonNull(approval, "approvals element")));
    }
    JsonNode answer = scope.transport().execute(api.updateApproval(projectId, body));
    if (answer.has("data")) {
      answer = answer.get("data");
    }
    if (!answer.isArray()) {
      return List.of();
    }
    JavaType listType =
        scope
            .transport()
            .mapper()
            .getTypeFactory()
            .constructCollectionType(List.class, Timesheet.class);
    return scope.transport().mapper().convertValue(answer, listType);
  }

  @Override
  public String toString() {
    return "Timesheets{" + scope + "}";
  }
}
