package dev.procoresync.timekeeping.exaktime.flow;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ListOptions;
import dev.procoresync.core.error.ProcoreApiException;
import dev.procoresync.core.flow.FieldDigest;
import dev.procoresync.core.flow.Mapped;
import dev.procoresync.core.flow.RecordMapper;
import dev.procoresync.core.flow.TimecardEntryTarget;
import dev.procoresync.core.flow.UpsertTemplate;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.model.CostCode;
import dev.procoresync.core.model.NamedRef;
import dev.procoresync.core.model.Person;
import dev.procoresync.core.model.Project;
import dev.procoresync.core.model.SubJob;
import dev.procoresync.core.model.TimecardCostCodeRef;
import dev.procoresync.core.model.TimecardEntry;
import dev.procoresync.core.model.TimecardEntryUpdate;
import dev.procoresync.core.origin.OriginId;
import dev.procoresync.core.origin.TimecardOriginIds;
import dev.procoresync.core.state.SyncStateStore;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.core.validation.Violation;
import dev.procoresync.timekeeping.exaktime.client.ExakTimeClient;
import dev.procoresync.timekeeping.exaktime.mapping.AccountLinxMapping;
import dev.procoresync.timekeeping.exaktime.model.ExakTimeTimeRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The AccountLinx export: ExakTime time records of a date range into Procore timecard entries, one
 * per record, on the {@link UpsertTemplate}.
 *
 * <p>Each record's location ID names the Procore project by its project number and, after a dot,
 * the sub job by its code ({@code 200.005}); its cost code is matched on the project's cost codes
 * by full code (or code); its employee ID on Procore's people. A record whose sub job or cost code
 * is not on the project, whose project or employee Procore does not have, or that is still open is
 * SKIPPED with a reason saying what to map or activate (the guide's "Potential Errors"). Entries
 * carry an integer {@code origin_id} ({@link TimecardOriginIds}): a rerun writes nothing new, an
 * edited record updates its entry.
 *
 * <p><b>Timeouts.</b> The guide retries Procore timeouts 5 times, 1 second apart: build the Procore
 * client with {@link #retryPolicy()}. Idempotent calls (reads, updates) are then retried so; a
 * create that timed out is sent again only after a lookup by origin id found nothing (the Procore
 * client's safe create), and the template looks up whatever stays unknown before it reports.
 *
 * <pre>{@code
 * ProcoreClient procore = ProcoreClient.builder()...retryPolicy(AccountLinxExportFlow.retryPolicy()).build();
 * SyncReport report = AccountLinxExportFlow.create(exak, procore.forCompany(companyId), state, clock)
 *     .run(monday, sunday, RunOptions.defaults());
 * }</pre>
 */
public final class AccountLinxExportFlow {
  /** The flow's name in reports. */
  public static final String NAME = "accountlinx-export";

  static final FieldDigest<TimecardEntry, TimecardEntryUpdate> DIGEST =
      FieldDigest.of(
          List.of(
              TimecardEntry::date,
              TimecardEntry::hours,
              e -> e.party().map(NamedRef::id),
              e -> e.costCode().map(TimecardCostCodeRef::id),
              e -> e.subJob().map(NamedRef::id),
              TimecardEntry::originData),
          List.of(
              TimecardEntryUpdate::date,
              TimecardEntryUpdate::hours,
              TimecardEntryUpdate::partyId,
              TimecardEntryUpdate::costCodeId,
              TimecardEntryUpdate::subJobId,
              TimecardEntryUpdate::originData));

  private final ExakTimeClient exak;
  private final CompanyClient procore;
  private final TimecardOriginIds originIds;
  private final Clock clock;
  private final ZoneId zone;
  private final int windowSize;

  private AccountLinxExportFlow(
      ExakTimeClient exak,
      CompanyClient procore,
      TimecardOriginIds originIds,
      Clock clock,
      ZoneId zone,
      int windowSize) {
    this.exak = exak;
    this.procore = procore;
    this.originIds = originIds;
    this.clock = clock;
    this.zone = zone;
    this.windowSize = windowSize;
  }

  /**
   * Returns the guide's retry of Procore timeouts: 5 retries, 1 second apart, no jitter. Build the
   * Procore client this flow writes through with it.
   *
   * @return the policy
   */
  public static RetryPolicy retryPolicy() {
    return RetryPolicy.defaults()
        .withMaxRetries(5)
        .withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1))
        .withJitter(0);
  }

  /**
   * Creates the flow; entry dates are UTC days until {@link #withZone} says otherwise.
   *
   * @param exak the ExakTime account
   * @param procore the Procore company
   * @param state where the integer origin ids of the entries are kept
   * @param clock stamps the reports
   * @return the flow
   */
  public static AccountLinxExportFlow create(
      ExakTimeClient exak, CompanyClient procore, SyncStateStore state, Clock clock) {
    return new AccountLinxExportFlow(
        Objects.requireNonNull(exak, "exak"),
        Objects.requireNonNull(procore, "procore"),
        TimecardOriginIds.using(Objects.requireNonNull(state, "state")),
        Objects.requireNonNull(clock, "clock"),
        ZoneOffset.UTC,
        100);
  }

  /**
   * Returns a copy that writes at most {@code windowSize} records between checkpoints (default
   * 100). The new entries of a window go to Procore in one bulk call; updates are one request each.
   *
   * @param windowSize 1 to 1,000
   * @return the copy
   * @throws IllegalArgumentException when {@code windowSize} is out of range
   */
  public AccountLinxExportFlow withWindowSize(int windowSize) {
    if (windowSize < 1 || windowSize > 1_000) {
      throw new IllegalArgumentException("windowSize must be 1 to 1000, got " + windowSize);
    }
    return new AccountLinxExportFlow(exak, procore, originIds, clock, zone, windowSize);
  }

  /**
   * Returns a copy whose entry dates are the day of the clock-in in {@code zone} (the company's or
   * projects' zone).
   *
   * @param zone the zone
   * @return the copy
   */
  public AccountLinxExportFlow withZone(ZoneId zone) {
    return new AccountLinxExportFlow(
        exak, procore, originIds, clock, Objects.requireNonNull(zone, "zone"), windowSize);
  }

  /**
   * Exports the time records whose clock-in falls on the days {@code from} to {@code to}.
   *
   * @param from the first day
   * @param to the last day (inclusive)
   * @param options dry run, listener, cancellation, resume
   * @return the report, one outcome per time record, keyed {@code exaktime:time_record:<id>}
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  public SyncReport run(LocalDate from, LocalDate to, RunOptions options) {
    Objects.requireNonNull(options, "options");
    Iterable<ExakTimeTimeRecord> records = exak.unverified().timeRecords(from, to);
    Map<String, Project> projects = new HashMap<>();
    for (Project p : procore.projects().list()) {
      if (p.active().orElse(true)) {
        p.projectNumber()
            .map(String::trim)
            .filter(n -> !n.isEmpty())
            .ifPresent(n -> projects.putIfAbsent(n, p));
      }
    }
    Map<String, Long> people = new HashMap<>();
    for (Person p : procore.people().list()) {
      if (p.isEmployee().orElse(false)) {
        p.employeeId()
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .ifPresent(e -> people.put(e, p.id()));
      }
    }
    Map<Long, ProjectCodes> codes = new ConcurrentHashMap<>();
    RecordMapper<ExakTimeTimeRecord, TimecardEntryUpdate> mapper =
        (record, context) -> {
          String key = AccountLinxMapping.key(record);
          List<Violation> refused = AccountLinxMapping.violations(record);
          if (!refused.isEmpty()) {
            return skipped(key, refused);
          }
          String number = AccountLinxMapping.projectNumber(record);
          Project project = projects.get(number);
          if (project == null) {
            return skipped(
                key,
                "accountlinx.project.missing",
                "location_id",
                record.locationId(),
                "no active Procore project has project number '"
                    + number
                    + "': map the location in ExakTime or activate the project in Procore");
          }
          ProjectCodes known = codes.computeIfAbsent(project.id(), this::read);
          Optional<Long> subJobId = Optional.empty();
          Optional<String> subJob = AccountLinxMapping.subJobCode(record);
          if (subJob.isPresent()) {
            subJobId = Optional.ofNullable(known.subJobs.get(subJob.get()));
            if (subJobId.isEmpty()) {
              return skipped(
                  key,
                  "accountlinx.sub_job.not_on_project",
                  "location_id",
                  record.locationId(),
                  "sub job '"
                      + subJob.get()
                      + "' is not on Procore project "
                      + number
                      + (known.subJobsDisabled ? " (sub jobs are not enabled in Procore)" : "")
                      + ": map the location in ExakTime, or add or activate the sub job in"
                      + " Procore");
            }
          }
          Optional<Long> costCodeId = Optional.empty();
          if (record.costCodeId().filter(c -> !c.isBlank()).isPresent()) {
            String code = record.costCodeId().get().trim();
            costCodeId = Optional.ofNullable(known.costCodes.get(code));
            if (costCodeId.isEmpty()) {
              return skipped(
                  key,
                  "accountlinx.cost_code.not_on_project",
                  "cost_code_id",
                  code,
                  "cost code '"
                      + code
                      + "' is not on Procore project "
                      + number
                      + ": map it in ExakTime, or add or activate it on the project in Procore");
            }
          }
          Long partyId = people.get(record.employeeId().trim());
          if (partyId == null) {
            return skipped(
                key,
                "accountlinx.employee.missing",
                "employee_id",
                record.employeeId(),
                "no Procore employee has Employee ID '"
                    + record.employeeId()
                    + "': mark the worker 'Is Employee' and enter the ID in Procore's Directory");
          }
          long originId = originIds.allocate(OriginId.parse(key).toOptional().orElseThrow());
          return Mapped.upsert(
              AccountLinxMapping.entry(
                  record, project.id(), partyId, costCodeId, subJobId, originId, zone));
        };
    return UpsertTemplate.of(NAME, target(from.minusDays(1), to.plusDays(1)), clock)
        .run("company:" + procore.companyId(), records, mapper, options);
  }

  /** The company's timecard entries of the range; the creates of a window go in one bulk call. */
  private TimecardEntryTarget target(LocalDate first, LocalDate last) {
    return TimecardEntryTarget.builder()
        .company(procore)
        .originIds(originIds)
        .existing(
            () ->
                procore
                    .timecardEntries()
                    .listForCompany(
                        ListOptions.none()
                            .withParam("start_date", first.toString())
                            .withParam("end_date", last.toString())))
        .digest(DIGEST)
        .windowSize(windowSize)
        .description("timecard entries " + first + ".." + last)
        .build();
  }

  private static Mapped<TimecardEntryUpdate> skipped(String key, List<Violation> violations) {
    return Mapped.decided(key, RecordOutcome.skipped(key, violations));
  }

  private static Mapped<TimecardEntryUpdate> skipped(
      String key, String code, String field, Object value, String message) {
    return skipped(key, List.of(Violation.of(code, field, value, message)));
  }

  private ProjectCodes read(long projectId) {
    ProjectCodes out = new ProjectCodes();
    try {
      for (SubJob s : procore.subJobs().list(projectId)) {
        s.code().map(String::trim).ifPresent(c -> out.subJobs.put(c, s.id()));
      }
    } catch (ProcoreApiException e) {
      if (e.status() != 403) {
        throw e;
      }
      out.subJobsDisabled = true;
    }
    for (CostCode c : procore.costCodes().list(projectId)) {
      c.code().map(String::trim).ifPresent(code -> out.costCodes.putIfAbsent(code, c.id()));
      c.fullCode().map(String::trim).ifPresent(code -> out.costCodes.put(code, c.id()));
    }
    return out;
  }

  /** A project's sub jobs and cost codes by code. */
  private static final class ProjectCodes {
    final Map<String, Long> subJobs = new HashMap<>();
    final Map<String, Long> costCodes = new HashMap<>();
    boolean subJobsDisabled;
  }

  @Override
  public String toString() {
    return "AccountLinxExportFlow{company=" + procore.companyId() + ", zone=" + zone + "}";
  }
}
