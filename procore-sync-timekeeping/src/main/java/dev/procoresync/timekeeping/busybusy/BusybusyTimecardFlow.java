package dev.procoresync.timekeeping.busybusy;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.error.TransportException;
import dev.procoresync.core.flow.FieldDigest;
import dev.procoresync.core.flow.ItemResult;
import dev.procoresync.core.flow.Mapped;
import dev.procoresync.core.flow.PlannedWrite;
import dev.procoresync.core.flow.RecordMapper;
import dev.procoresync.core.flow.UpsertTarget;
import dev.procoresync.core.flow.UpsertTemplate;
import dev.procoresync.core.mapping.timesheet.EntryViolation;
import dev.procoresync.core.model.NamedRef;
import dev.procoresync.core.model.TimecardCostCodeRef;
import dev.procoresync.core.model.TimecardEntry;
import dev.procoresync.core.model.TimecardEntryUpdate;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.core.validation.Violation;
import dev.procoresync.timekeeping.mapping.AggregationOptions;
import dev.procoresync.timekeeping.mapping.TimecardAggregation;
import dev.procoresync.timekeeping.mapping.TimecardLine;
import dev.procoresync.timekeeping.mapping.TimecardPlan;
import dev.procoresync.timekeeping.model.TimeEntry;
import dev.procoresync.timekeeping.model.TimecardMode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * busybusy time entries to Procore timecard entries, on the kit's {@link UpsertTemplate}
 * (docs/decisions/0302).
 *
 * <ul>
 *   <li>Only closed entries with a project are sent; time off and descriptions never are; every
 *       entry not sent is a SKIPPED outcome with its reason (open, no project, project or worker or
 *       cost code not linked, zero, negative or over 24 hours).
 *   <li>Sub-projects roll up to their top-level project; each entry takes that Procore project's
 *       zone; the company's rounding applies to clock-in and clock-out.
 *   <li>On a total-hours project the entries of one employee, project, cost code and day are one
 *       Procore entry with their total; on a start/stop project each entry is its own.
 *   <li>The Procore entry carries the line's key in {@code origin_data} ({@code busybusy:} + key)
 *       and a 53-bit hash of it in {@code origin_id}; a rerun finds it there, so an edit in
 *       busybusy updates the same Procore entry and an unchanged line writes nothing.
 * </ul>
 *
 * <p>The report counts Procore lines (one per total or start/stop entry) and skipped busybusy
 * entries.
 *
 * <pre>{@code
 * BusybusyTimecardFlow flow = BusybusyTimecardFlow.of(procore.forCompany(7), clock);
 * SyncReport report = flow.run("company:7", busybusy.timeEntries(since).toList(), links,
 *     RunOptions.defaults());
 * }</pre>
 */
public final class BusybusyTimecardFlow {
  /** The prefix of {@code origin_data} on every entry this flow writes. */
  public static final String ORIGIN_PREFIX = "busybusy:";

  /** A line's worker is not linked to a Procore employee. */
  public static final String WORKER_NOT_LINKED = "busybusy.worker_not_linked";

  /** A line's cost code is not linked to a Procore cost code. */
  public static final String COST_CODE_NOT_LINKED = "busybusy.cost_code_not_linked";

  private final CompanyClient company;
  private final Clock clock;
  private final int windowSize;

  private BusybusyTimecardFlow(CompanyClient company, Clock clock, int windowSize) {
    this.company = company;
    this.clock = clock;
    this.windowSize = windowSize;
  }

  /**
   * Returns this flow writing at most {@code size} entries between checkpoints (100 by default).
   *
   * @param size the window size, at least 1
   * @return a flow with that window
   * @throws IllegalArgumentException when {@code size} is below 1
   */
  public BusybusyTimecardFlow withWindowSize(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be at least 1, got " + size);
    }
    return new BusybusyTimecardFlow(company, clock, size);
  }

  /**
   * Creates the flow for one Procore company.
   *
   * @param company the Procore company's client
   * @param clock stamps the reports
   * @return the flow
   */
  public static BusybusyTimecardFlow of(CompanyClient company, Clock clock) {
    return new BusybusyTimecardFlow(
        Objects.requireNonNull(company, "company"), Objects.requireNonNull(clock, "clock"), 100);
  }

  /**
   * Sends busybusy time entries to Procore.
   *
   * @param scope what the run covers, such as {@code company:7}
   * @param entries the busybusy entries (from {@link BusybusyClient#timeEntries})
   * @param links the links between the two systems
   * @param options dry run, listener, cancellation
   * @return the report: every line and every skipped entry has one outcome
   */
  public SyncReport run(
      String scope, Iterable<TimeEntry> entries, BusybusyLinks links, RunOptions options) {
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(links, "links");
    Function<String, String> top =
        p -> links.topOf(p).filter(t -> links.projects().containsKey(t)).orElse(null);
    List<TimeEntry> zoned = new ArrayList<>();
    for (TimeEntry e : entries) {
      ZoneId zone = links.defaultZone();
      if (e.projectId().isPresent()) {
        String t = top.apply(e.projectId().get());
        if (t != null) {
          zone = links.zones().getOrDefault(links.projects().get(t), zone);
        }
      }
      zoned.add(e.zone().equals(zone) ? e : e.toBuilder().zone(zone).build());
    }
    TimecardPlan plan =
        TimecardAggregation.plan(
            zoned,
            AggregationOptions.builder()
                .rounding(links.rounding())
                .projectOf(top::apply)
                .modeOf(
                    p ->
                        links.startStopProjects().contains(links.projects().get(p))
                            ? TimecardMode.START_STOP
                            : TimecardMode.TOTAL_HOURS)
                .build());
    List<Object> records = new ArrayList<>(plan.skipped());
    records.addAll(plan.lines());
    Target target = new Target(company, links, plan.lines(), windowSize);
    return UpsertTemplate.of("busybusy-timecards", target, clock)
        .run(scope, records, mapper(links), options);
  }

  private static RecordMapper<Object, TimecardEntryUpdate> mapper(BusybusyLinks links) {
    return (record, context) -> {
      if (record instanceof EntryViolation<?> v) {
        String key = ORIGIN_PREFIX + "entry:" + v.entryId();
        return Mapped.decided(key, RecordOutcome.skipped(key, List.of(v.violation())));
      }
      TimecardLine line = (TimecardLine) record;
      String key = ORIGIN_PREFIX + line.key();
      Long party = links.workers().get(line.workerId());
      if (party == null) {
        return Mapped.decided(
            key,
            RecordOutcome.skipped(
                key,
                List.of(
                    Violation.of(
                        WORKER_NOT_LINKED,
                        "memberId",
                        line.workerId(),
                        "member "
                            + line.workerId()
                            + " is not linked to a Procore person marked as employee"))));
      }
      Long costCode = null;
      if (line.costCodeId().isPresent()) {
        costCode = links.costCodes().get(line.costCodeId().get());
        if (costCode == null) {
          return Mapped.decided(
              key,
              RecordOutcome.skipped(
                  key,
                  List.of(
                      Violation.of(
                          COST_CODE_NOT_LINKED,
                          "costCodeId",
                          line.costCodeId().get(),
                          "cost code " + line.costCodeId().get() + " is not linked to Procore"))));
        }
      }
      return Mapped.upsert(
          update(line, key, links.projects().get(line.projectId()), party, costCode));
    };
  }

  static TimecardEntryUpdate update(
      TimecardLine line, String key, long project, long party, Long costCode) {
    TimecardEntryUpdate.Builder b =
        TimecardEntryUpdate.builder()
            .projectId(project)
            .date(line.date())
            .partyId(party)
            .originId(originId(key))
            .originData(key);
    if (costCode != null) {
      b.costCodeId(costCode);
    }
    if (line.mode() == TimecardMode.START_STOP) {
      b.timeIn(OffsetDateTime.ofInstant(line.start().orElseThrow(), line.zone()))
          .timeOut(OffsetDateTime.ofInstant(line.end().orElseThrow(), line.zone()))
          .lunchTime(line.breakMinutes());
    } else {
      b.hours(line.hours());
    }
    return b.build();
  }

  /** FNV-1a over the key, kept to 53 bits so that every JSON reader holds it exactly. */
  static long originId(String key) {
    long h = 0xcbf29ce484222325L;
    for (byte c : key.getBytes(StandardCharsets.UTF_8)) {
      h ^= c & 0xff;
      h *= 0x100000001b3L;
    }
    return h & ((1L << 53) - 1);
  }

  private static Optional<?> hours(Optional<BigDecimal> h) {
    return h.map(v -> v.stripTrailingZeros().toPlainString());
  }

  private static final FieldDigest<TimecardEntry, TimecardEntryUpdate> DIGEST =
      FieldDigest.of(
          List.of(
              e -> hours(e.hours()),
              e -> e.timeIn().map(OffsetDateTime::toInstant),
              e -> e.timeOut().map(OffsetDateTime::toInstant),
              e -> e.lunchTime(),
              e -> e.costCode().map(TimecardCostCodeRef::id),
              e -> e.party().map(NamedRef::id),
              e -> e.date()),
          List.of(
              u -> hours(u.hours()),
              u -> u.timeIn().map(OffsetDateTime::toInstant),
              u -> u.timeOut().map(OffsetDateTime::toInstant),
              u -> u.lunchTime(),
              u -> u.costCodeId(),
              u -> u.partyId(),
              u -> u.date()));

  /** Procore's timecard entries of the projects and dates the lines cover. */
  private static final class Target implements UpsertTarget<TimecardEntry, TimecardEntryUpdate> {
    private final CompanyClient company;
    private final Map<Long, LocalDate[]> ranges = new TreeMap<>();
    private final int windowSize;

    Target(CompanyClient company, BusybusyLinks links, List<TimecardLine> lines, int windowSize) {
      this.company = company;
      this.windowSize = windowSize;
      for (TimecardLine l : lines) {
        Long project = links.projects().get(l.projectId());
        if (project == null) {
          continue;
        }
        LocalDate[] r = ranges.computeIfAbsent(project, p -> new LocalDate[] {l.date(), l.date()});
        if (l.date().isBefore(r[0])) {
          r[0] = l.date();
        }
        if (l.date().isAfter(r[1])) {
          r[1] = l.date();
        }
      }
    }

    @Override
    public String noun() {
      return "timecard entry";
    }

    @Override
    public Iterable<TimecardEntry> existing() {
      List<TimecardEntry> all = new ArrayList<>();
      for (Map.Entry<Long, LocalDate[]> r : ranges.entrySet()) {
        for (TimecardEntry e :
            company
                .timecardEntries()
                .listForProject(r.getKey(), r.getValue()[0], r.getValue()[1])) {
          if (e.originData().filter(d -> d.startsWith(ORIGIN_PREFIX)).isPresent()) {
            all.add(e);
          }
        }
      }
      return all;
    }

    @Override
    public Optional<String> existingKey(TimecardEntry existing) {
      return existing.originData().filter(d -> d.startsWith(ORIGIN_PREFIX));
    }

    @Override
    public Optional<String> existingId(TimecardEntry existing) {
      return Optional.of(String.valueOf(existing.id()));
    }

    @Override
    public Optional<String> updateKey(TimecardEntryUpdate update) {
      return update.originData();
    }

    @Override
    public List<Violation> validateKey(String key) {
      return key.length() > ORIGIN_PREFIX.length()
          ? List.of()
          : List.of(Violation.of("origin_data.blank", "origin_data", key, "the key is empty"));
    }

    @Override
    public FieldDigest<TimecardEntry, TimecardEntryUpdate> digest() {
      return DIGEST;
    }

    @Override
    public TimecardEntryUpdate withTargetId(TimecardEntryUpdate update, String targetId) {
      return update.toBuilder().id(Long.parseLong(targetId)).build();
    }

    @Override
    public int windowSize() {
      return windowSize;
    }

    @Override
    public Map<String, ItemResult> write(List<PlannedWrite<TimecardEntryUpdate>> window) {
      Map<String, ItemResult> results = new HashMap<>();
      for (PlannedWrite<TimecardEntryUpdate> w : window) {
        TimecardEntryUpdate body = w.body();
        long project = body.projectId().orElseThrow();
        try {
          TimecardEntry written =
              w.targetId().isPresent()
                  ? company
                      .timecardEntries()
                      .update(
                          project,
                          Long.parseLong(w.targetId().get()),
                          body.toBuilder().id(Optional.empty()).build())
                  : company.timecardEntries().create(project, body);
          results.put(w.key(), ItemResult.written(String.valueOf(written.id())));
        } catch (RuntimeException e) {
          if (!(e instanceof TransportException) && UpsertTarget.refusedForSure(e)) {
            results.put(w.key(), ItemResult.failed(e.getClass().getSimpleName(), e.getMessage()));
          } else {
            results.put(
                w.key(),
                ItemResult.unknown(e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
          }
        }
      }
      return results;
    }

    @Override
    public Map<String, TimecardEntry> lookup(Collection<String> keys) {
      Set<String> wanted = new HashSet<>(keys);
      Map<String, TimecardEntry> found = new HashMap<>();
      for (TimecardEntry e : existing()) {
        e.originData().filter(wanted::contains).ifPresent(k -> found.put(k, e));
      }
      return found;
    }

    @Override
    public String toString() {
      return "Procore timecard entries of projects " + ranges.keySet();
    }
  }

  @Override
  public String toString() {
    return "BusybusyTimecardFlow{company=" + company.companyId() + "}";
  }
}
