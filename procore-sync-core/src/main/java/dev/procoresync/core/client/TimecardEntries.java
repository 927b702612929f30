package dev.procoresync.core.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.client.internal.TimecardEntriesApi;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.model.TimecardEntry;
import dev.procoresync.core.model.TimecardEntryUpdate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * Timecard entries: a project's entries over a date range, the company's entries changed since a
 * cursor, and create, update and delete.
 *
 * <p>A timecard entry's {@code origin_id} is an integer. When a create's outcome is unknown
 * (timeout, 5xx), the client looks for an entry with the same origin id on the same day before
 * sending it again, so it is never created twice.
 *
 * <pre>{@code
 * TimecardEntries entries = client.forCompany(42L).timecardEntries();
 * entries.listForProject(projectId, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 8)).forEach(...);
 * entries.listChangedBetween(since, clock.instant()).forEach(...);
 * }</pre>
 */
public final class TimecardEntries {
  /** The most entries one {@link #createAll} call takes. */
  public static final int MAX_BULK = 1_000;

  private final Scope scope;
  private final TimecardEntriesApi api;

  TimecardEntries(Scope scope) {
    this.scope = scope;
    this.api = scope.service(TimecardEntriesApi.class);
  }

  /**
   * Lists a project's entries for the days from {@code from} to {@code to} (both inclusive),
   * lazily.
   *
   * @param projectId the project
   * @param from the first day
   * @param to the last day
   * @return the entries
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  public PagedIterable<TimecardEntry> listForProject(long projectId, LocalDate from, LocalDate to) {
    return listForProject(projectId, from, to, ListOptions.none());
  }

  /**
   * Lists a project's entries for a date range matching the options, lazily.
   *
   * @param projectId the project
   * @param from the first day
   * @param to the last day (inclusive)
   * @param options filters such as {@code created_by_id}
   * @return the entries
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  public PagedIterable<TimecardEntry> listForProject(
      long projectId, LocalDate from, LocalDate to, ListOptions options) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(options, "options");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
    }
    return scope
        .transport()
        .list(
            api.listForProject(
                projectId,
                from.toString(),
                to.toString(),
                options.perPageOr(Scope.V1_PAGE_SIZE),
                options.query()),
            TimecardEntry.class,
            Envelope.NONE);
  }

  /**
   * Lists the company's entries matching the options, lazily, all of them (no options).
   *
   * @return the records, lazily
   */
  public PagedIterable<TimecardEntry> listForCompany() {
    return listForCompany(ListOptions.none());
  }

  /**
   * Lists the company's entries matching the options, lazily.
   *
   * @param options filters such as {@code withUpdatedBetween}
   * @return the entries
   */
  public PagedIterable<TimecardEntry> listForCompany(ListOptions options) {
    Objects.requireNonNull(options, "options");
    return scope
        .transport()
        .list(
            api.listForCompany(
                scope.companyId(), options.perPageOr(Scope.V1_PAGE_SIZE), options.query()),
            TimecardEntry.class,
            Envelope.NONE);
  }

  /**
   * Lists the company's entries updated within a range ({@code filters[updated_at]}), lazily: the
   * incremental read of an audit flow.
   *
   * @param from the start of the range
   * @param to the end of the range
   * @return the entries
   */
  public PagedIterable<TimecardEntry> listChangedBetween(Instant from, Instant to) {
    return listForCompany(ListOptions.none().withUpdatedBetween(from, to));
  }

  /**
   * Creates an entry in a project.
   *
   * @param projectId the project
   * @param entry the attributes (a {@code date} and {@code party_id}, with {@code hours} or {@code
   *     time_in}/{@code time_out} as the project's timesheet setting asks)
   * @return the created entry
   * @throws IllegalArgumentException when {@code date} is missing
   */
  public TimecardEntry create(long projectId, TimecardEntryUpdate entry) {
    Objects.requireNonNull(entry, "entry");
    LocalDate date =
        entry
            .date()
            .orElseThrow(
                () -> new IllegalArgumentException("entry.date is required to create an entry"));
    ObjectNode body = scope.object();
    body.set("timecard_entry", scope.tree(entry));
    return scope.createSafely(
        headers -> api.create(projectId, body, headers),
        TimecardEntry.class,
        entry.originId().isPresent()
            ? () -> findByOriginId(projectId, date, entry.originId().get())
            : null);
  }

  /**
   * Creates many entries, of any projects of the company, in one call ({@code POST
   * /rest/v1.0/companies/{company_id}/timesheets}, "Bulk Create Timecard Entries").
   *
   * <p>The call is never sent again by the client: when it fails or gets no answer, part of the
   * entries may have been stored (Procore documents no all-or-nothing rule), so the caller finds
   * out what landed, by origin id, before it sends anything again (the flows' {@code
   * TimecardEntryTarget} does that).
   *
   * <pre>{@code
   * SyncResult<TimecardEntry> created = entries.createAll(List.of(
   *     TimecardEntryUpdate.builder().projectId(projectId).date(day).partyId(personId)
   *         .hours(new BigDecimal("8")).originId(7L).build()));
   * }</pre>
   *
   * @param entries the entries, 1 to 1,000, each with its {@code projectId} and {@code date}
   * @return the created entries ({@link SyncResult#entities()}, in the order Procore answered
   *     them), no failures (Procore answers a refused call with an error) and one request
   * @throws IllegalArgumentException when {@code entries} is empty or holds more than 1,000, or
   *     when an entry has no {@code projectId} or no {@code date} (the message names its index)
   * @throws dev.procoresync.core.error.ProcoreApiException when Procore refuses the call
   */
  public SyncResult<TimecardEntry> createAll(List<TimecardEntryUpdate> entries) {
    Objects.requireNonNull(entries, "entries");
    if (entries.isEmpty() || entries.size() > MAX_BULK) {
      throw new IllegalArgumentException(
          "entries must hold 1 to " + MAX_BULK + " entries, got " + entries.size());
    }
    ObjectNode body = scope.object();
    ArrayNode items = body.putArray("timecard_entries");
    for (int i = 0; i < entries.size(); i++) {
      TimecardEntryUpdate entry = Objects.requireNonNull(entries.get(i), "entries[" + i + "]");
      if (entry.projectId().isEmpty() || entry.date().isEmpty()) {
        throw new IllegalArgumentException(
            "entries[" + i + "] needs a projectId and a date to be created, got " + entry);
      }
      ObjectNode item = scope.tree(entry);
      item.remove("id");
      items.add(item);
    }
    JsonNode answer = scope.transport().execute(api.bulkCreate(scope.companyId(), body));
    if (answer.has("data")) {
      answer = answer.get("data");
    } else if (answer.has("timecard_entries")) {
      answer = answer.get("timecard_entries");
    }
    if (!answer.isArray()) {
      return new SyncResult<>(List.of(), List.of(), 1);
    }
    JavaType listType =
        scope
            .transport()
            .mapper()
            .getTypeFactory()
            .constructCollectionType(List.class, TimecardEntry.class);
    List<TimecardEntry> created = scope.transport().mapper().convertValue(answer, listType);
    return new SyncResult<>(created, List.of(), 1);
  }

  /**
   * Finds the entry of a project and day that carries an origin id.
   *
   * @param projectId the project
   * @param date the day of the entry
   * @param originId the other system's key (an integer for timecard entries)
   * @return the entry, if one has it
   */
  public Optional<TimecardEntry> findByOriginId(long projectId, LocalDate date, long originId) {
    return StreamSupport.stream(listForProject(projectId, date, date).spliterator(), false)
        .filter(e -> e.originId().filter(o -> o == originId).isPresent())
        .findFirst();
  }

  /**
   * Updates an entry.
   *
   * @param projectId the project
   * @param id the entry
   * @param entry the attributes to change (only those set are sent)
   * @return the updated entry
   */
  public TimecardEntry update(long projectId, long id, TimecardEntryUpdate entry) {
    Objects.requireNonNull(entry, "entry");
    ObjectNode body = scope.object();
    body.set("timecard_entry", scope.tree(entry));
    return scope
        .transport()
        .execute(api.update(projectId, id, body), TimecardEntry.class, Envelope.NONE);
  }

  /**
   * Deletes an entry (approved entries cannot be deleted: Procore answers with an error).
   *
   * @param projectId the project
   * @param id the entry
   */
  public void delete(long projectId, long id) {
    scope.transport().executeDiscarding(api.delete(projectId, id));
  }

  @Override
  public String toString() {
    return "TimecardEntries{" + scope + "}";
  }
}
