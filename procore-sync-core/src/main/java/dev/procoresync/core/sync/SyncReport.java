package dev.procoresync.core.sync;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The result of one run of a flow: how many inputs ended in each {@link Outcome}, and every skip
 * and failure with its reason.
 *
 * <p>The counts always add up to {@link #totalInputs()}, the lists of skips and failures match
 * their counts, a completed run recorded exactly the inputs it declared, and a cancelled run says
 * where to resume: a report that breaks any of these cannot be built (nor read from JSON). Reports
 * are built by a {@link Recorder} (usually through {@link SyncRun}), render as {@linkplain
 * #toText() text} for a person and as {@linkplain #toJson() JSON} for a machine.
 *
 * <pre>{@code
 * SyncReport.Recorder recorder = SyncReport.recorder("vendors", "company:7", false, clock.instant());
 * recorder.expect(2);
 * recorder.record(RecordOutcome.created("vendor V-0042", "5611"));
 * recorder.record(RecordOutcome.skipped("vendor V-0043", "name.blank", "give the vendor a name"));
 * SyncReport report = recorder.complete(clock.instant());
 * System.out.println(report.toText());
 * String json = report.toJson(); // SyncReport.fromJson(json).equals(report)
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = SyncReportBuilder.ImmutableSyncReport.class)
@JsonDeserialize(as = SyncReportBuilder.ImmutableSyncReport.class)
public abstract class SyncReport {
  SyncReport() {}

  /**
   * Returns a new, empty builder of {@code SyncReport} values.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset; a setter given {@code null} for a required attribute throws {@link
   * NullPointerException} naming it ({@code null} for an optional attribute leaves it empty).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy; this value is
   * left as it is.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT) // a count of 0.5 is not 0
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
          .build();

  /**
   * How many skips, and how many failures, a {@link Recorder} keeps in the report unless told
   * otherwise ({@link Recorder#listAtMost}); beyond it they are counted, and the {@link
   * ProgressListener} still sees each one. It keeps memory bounded on a run of millions of records.
   */
  public static final int DEFAULT_LISTED_PER_OUTCOME = 10_000;

  /** How many skips or failures {@link #toText()} lists per reason before summarizing the rest. */
  public static final int TEXT_RECORDS_PER_GROUP = 10;

  /** How a run ended. */
  public enum Status {
    /** Every input was processed. */
    COMPLETED,
    /** The run was cancelled; {@link #resumeFrom()} says where the next run should carry on. */
    CANCELLED,
    /**
     * The run stopped because of an error it could not account to one record (a source that threw
     * half-way, an {@link Error}): {@link #abortReason()} says which, every record handed over
     * before it has its outcome, and {@link #resumeFrom()} says where a rerun may carry on.
     */
    ABORTED,
    /**
     * The run handed writes to an asynchronous target (such as the QuickBooks Web Connector's
     * queue) and {@link #awaiting()} of them have no answer yet: this report is a progress
     * snapshot, not the final one.
     */
    AWAITING_ANSWERS
  }

  /**
   * Returns the flow's name, such as {@code "vendors"}.
   *
   * @return the flow name, never blank
   */
  public abstract String flow();

  /**
   * Returns what the run covered, such as {@code "company:7"}.
   *
   * @return the scope, never blank
   */
  public abstract String scope();

  /**
   * Tells whether this was a dry run: outcomes say what would have been written; nothing was.
   *
   * @return {@code true} for a dry run
   */
  public abstract boolean dryRun();

  /**
   * Returns when the run started.
   *
   * @return the start instant
   */
  public abstract Instant startedAt();

  /**
   * Returns when the run finished (never before it started).
   *
   * @return the finish instant
   */
  public abstract Instant finishedAt();

  /**
   * Returns how the run ended.
   *
   * @return the status
   */
  public abstract Status status();

  /**
   * Returns where the next run should resume: present exactly when the run was cancelled or
   * aborted.
   *
   * @return the resume position of a cancelled or aborted run; empty otherwise
   */
  public abstract Optional<ResumePosition> resumeFrom();

  /**
   * Returns why an aborted run stopped: the error's type and message (secrets masked).
   *
   * @return the reason, present exactly when the status is {@link Status#ABORTED}
   */
  public abstract Optional<String> abortReason();

  /**
   * Returns the error that aborted the run, for logging its stack trace. Kept in memory only: left
   * out of JSON, {@code equals} and {@code toString}.
   *
   * @return the error, or empty (always empty after a JSON round trip)
   */
  @JsonIgnore
  @Value.Auxiliary
  public abstract Optional<Throwable> abortCause();

  /**
   * Returns how many inputs this run passed over because the run it resumes had already processed
   * them (see {@link ResumePosition}). They have no outcome in this report: their outcomes are in
   * the report of the run that processed them. They are not skips.
   *
   * @return the number of inputs resumed past, 0 for a run that did not resume
   */
  @Value.Default
  public long resumedPast() {
    return 0;
  }

  /**
   * Returns how many inputs were handed to an asynchronous target and have no answer yet.
   *
   * @return the number of inputs awaiting an answer; more than 0 exactly when the status is {@link
   *     Status#AWAITING_ANSWERS}
   */
  @Value.Default
  public long awaiting() {
    return 0;
  }

  /**
   * Returns how many inputs the flow declared up front, when it knew.
   *
   * @return the declared number of inputs, or empty
   */
  public abstract OptionalLong declaredInputs();

  /**
   * Returns how many inputs ended in an outcome in this run: the sum of the counts. Inputs resumed
   * past and inputs awaiting an answer are not included (see {@link #inputs()}).
   *
   * @return the number of inputs with an outcome
   */
  public abstract long totalInputs();

  /**
   * Returns every input the run accounts for: {@code totalInputs() + resumedPast() + awaiting()}.
   * For a completed run with a declared number of inputs, it equals {@link #declaredInputs()}.
   *
   * @return the number of inputs
   */
  public final long inputs() {
    return totalInputs() + resumedPast() + awaiting();
  }

  /**
   * Returns the count of every outcome (every {@link Outcome} is a key, zeros included).
   *
   * @return the counts per outcome
   */
  public abstract Map<Outcome, Long> counts();

  /**
   * Returns the skipped records, in the order recorded: all of them, or the first ones when more
   * were skipped than the recorder lists ({@link #omittedSkips()} tells how many more).
   *
   * @return the skips, each with its reason
   */
  public abstract List<RecordOutcome> skips();

  /**
   * Returns the failed records, in the order recorded: all of them, or the first ones when more
   * failed than the recorder lists ({@link #omittedFailures()} tells how many more).
   *
   * @return the failures, each with its error
   */
  public abstract List<RecordOutcome> failures();

  /**
   * Returns how many skips are counted but not listed in {@link #skips()}.
   *
   * @return the number of skips left out of the list; 0 unless the list limit was reached
   */
  @Value.Default
  public long omittedSkips() {
    return 0;
  }

  /**
   * Returns how many failures are counted but not listed in {@link #failures()}.
   *
   * @return the number of failures left out of the list; 0 unless the list limit was reached
   */
  @Value.Default
  public long omittedFailures() {
    return 0;
  }

  /**
   * Returns the count of one outcome.
   *
   * @param outcome the outcome
   * @return how many inputs ended in it
   */
  public final long count(Outcome outcome) {
    return counts().get(Objects.requireNonNull(outcome, "outcome"));
  }

  /**
   * Returns how long the run took.
   *
   * @return the time from start to finish
   */
  public final Duration duration() {
    return Duration.between(startedAt(), finishedAt());
  }

  /**
   * Starts recording a run.
   *
   * @param flow the flow's name
   * @param scope what the run covers
   * @param dryRun whether the run is a dry run
   * @param startedAt when the run started
   * @return an empty recorder
   */
  public static Recorder recorder(String flow, String scope, boolean dryRun, Instant startedAt) {
    return new Recorder(flow, scope, dryRun, startedAt);
  }

  /**
   * Reopens the run an {@link Status#AWAITING_ANSWERS} snapshot describes, to record the answers
   * that came since: the recorder starts with the snapshot's counts, lists, inputs resumed past and
   * declared inputs, and lists as many records per outcome as the snapshot holds or {@link
   * #DEFAULT_LISTED_PER_OUTCOME}, whichever is more.
   *
   * @param snapshot the progress snapshot
   * @return an open recorder holding what the snapshot holds
   * @throws IllegalArgumentException when the snapshot's status is not {@link
   *     Status#AWAITING_ANSWERS}
   */
  public static Recorder continuing(SyncReport snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    if (snapshot.status() != Status.AWAITING_ANSWERS) {
      throw new IllegalArgumentException(
          "snapshot must be AWAITING_ANSWERS to continue (was " + snapshot.status() + ")");
    }
    Recorder r =
        new Recorder(snapshot.flow(), snapshot.scope(), snapshot.dryRun(), snapshot.startedAt());
    for (Outcome o : Outcome.values()) {
      r.counts[o.ordinal()] = snapshot.count(o);
    }
    r.skips.addAll(snapshot.skips());
    r.failures.addAll(snapshot.failures());
    r.omittedSkips = snapshot.omittedSkips();
    r.omittedFailures = snapshot.omittedFailures();
    r.recorded = snapshot.totalInputs();
    r.resumedPast = snapshot.resumedPast();
    r.expected = snapshot.declaredInputs().orElse(-1);
    r.listLimit =
        Math.max(
            DEFAULT_LISTED_PER_OUTCOME,
            Math.max(snapshot.skips().size(), snapshot.failures().size()));
    return r;
  }

  /**
   * Renders the report for a person, listing at most {@link #TEXT_RECORDS_PER_GROUP} records per
   * reason.
   *
   * @return a compact multi-line summary
   * @see #toText(int)
   */
  public final String toText() {
    return toText(TEXT_RECORDS_PER_GROUP);
  }

  /**
   * Renders the report for a person: a headline, the counts, then skips grouped by reason code and
   * failures grouped by error type, each group listing up to {@code recordsPerGroup} records.
   *
   * <pre>{@code
   * vendors (company:7): COMPLETED in 1.2 s
   * 3 inputs: 1 created, 0 updated, 0 unchanged, 0 archived, 1 skipped, 1 failed
   * Skipped, by reason:
   *   name.blank (1)
   *     vendor V-0043: name is blank; give the vendor a name
   * Failed, by error:
   *   dev.procoresync.core.error.ProcoreApiException (1)
   *     vendor V-0044: 422 PATCH /rest/v1.0/vendors/5612: name has already been taken
   * }</pre>
   *
   * @param recordsPerGroup how many records to list per reason before summarizing the rest
   * @return a multi-line summary, ending with a line break
   * @throws IllegalArgumentException when {@code recordsPerGroup} is negative
   */
  public final String toText(int recordsPerGroup) {
    if (recordsPerGroup < 0) {
      throw new IllegalArgumentException(
          "recordsPerGroup must not be negative (was " + recordsPerGroup + ")");
    }
    StringBuilder out = new StringBuilder();
    out.append(flow()).append(" (").append(scope()).append("): ").append(status());
    if (status() == Status.CANCELLED || status() == Status.ABORTED) {
      out.append(" after ").append(totalInputs() + resumedPast());
      declaredInputs().ifPresent(n -> out.append(" of ").append(n));
      out.append(" inputs");
    }
    out.append(" in ").append(human(duration()));
    if (dryRun()) {
      out.append(", DRY RUN: nothing was written");
    }
    out.append('\n').append(inputs()).append(inputs() == 1 ? " input:" : " inputs:");
    String sep = " ";
    for (Outcome o : Outcome.values()) {
      out.append(sep).append(count(o)).append(' ').append(o.name().toLowerCase(Locale.ROOT));
      sep = ", ";
    }
    if (resumedPast() > 0) {
      out.append(", ").append(resumedPast()).append(" resumed past");
    }
    if (awaiting() > 0) {
      out.append(", ").append(awaiting()).append(" awaiting an answer");
    }
    out.append('\n');
    abortReason().ifPresent(r -> out.append("Stopped by: ").append(r).append('\n'));
    group(out, "Skipped, by reason:", skips(), omittedSkips(), recordsPerGroup);
    group(out, "Failed, by error:", failures(), omittedFailures(), recordsPerGroup);
    resumeFrom()
        .ifPresent(
            p ->
                out.append("Resume from: ")
                    .append(p.atStart() ? "the start" : "'" + p.token() + "'")
                    .append('\n'));
    return out.toString();
  }

  private static void group(
      StringBuilder out, String title, List<RecordOutcome> records, long omitted, int perGroup) {
    if (records.isEmpty() && omitted == 0) {
      return;
    }
    Map<String, List<RecordOutcome>> byReason = new LinkedHashMap<>();
    for (RecordOutcome r : records) {
      String reason = r.reason().or(r::errorType).orElseThrow();
      byReason.computeIfAbsent(reason, k -> new ArrayList<>()).add(r);
    }
    out.append(title).append('\n');
    List<Map.Entry<String, List<RecordOutcome>>> largestFirst =
        new ArrayList<>(byReason.entrySet());
    largestFirst.sort((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()));
    largestFirst.forEach(
        group -> {
          String reason = group.getKey();
          List<RecordOutcome> list = group.getValue();
          out.append("  ").append(reason).append(" (").append(list.size()).append(")\n");
          for (RecordOutcome r : list.subList(0, Math.min(perGroup, list.size()))) {
            out.append("    ").append(r.key()).append(": ").append(r.message().orElseThrow());
            out.append('\n');
          }
          if (list.size() > perGroup) {
            out.append("    ... and ").append(list.size() - perGroup).append(" more\n");
          }
        });
    if (omitted > 0) {
      out.append("  (")
          .append(omitted)
          .append(" more not listed in this report; the progress listener saw each one)\n");
    }
  }

  private static String human(Duration d) {
    long s = d.getSeconds();
    if (s < 60) {
      long ms = s * 1_000 + d.getNano() / 1_000_000;
      return ms < 1_000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
    return (s / 3600 > 0 ? s / 3600 + " h " : "") + (s % 3600) / 60 + " min " + s % 60 + " s";
  }

  /**
   * Renders the report as one line of JSON (snake_case keys, ISO-8601 instants, absent values left
   * out; a failure's {@link Throwable} is never included). {@link #fromJson} reads it back into an
   * equal report.
   *
   * @return the JSON text
   */
  public final String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render report of flow '" + flow() + "' as JSON", e);
    }
  }

  /**
   * Reads a report written by {@link #toJson()}; unknown properties are ignored.
   *
   * @param json the JSON text
   * @return the report
   * @throws IllegalArgumentException when the text is not JSON, not a report, or a report whose
   *     counts do not add up
   */
  public static SyncReport fromJson(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return JSON.readValue(json, SyncReport.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a valid SyncReport: " + e.getOriginalMessage(), e);
    } catch (NumberFormatException | ArithmeticException | DateTimeException outOfRange) {
      // values no Java type holds (1e-2147483649, an instant beyond Instant.MAX), which some
      // Jackson deserializers let escape as they are
      throw new IllegalArgumentException(
          "not a valid SyncReport: value out of range: " + outOfRange.getMessage(), outOfRange);
    }
  }

  @Value.Check
  void check() {
    if (flow().isBlank() || scope().isBlank()) {
      throw invalid("flow and scope must not be blank");
    }
    if (finishedAt().isBefore(startedAt())) {
      throw invalid("finishedAt " + finishedAt() + " is before startedAt " + startedAt());
    }
    long sum = 0;
    for (Outcome o : Outcome.values()) {
      Long n = counts().get(o);
      if (n == null || n < 0) {
        throw invalid("count of " + o + " is " + n + "; every outcome needs a count of 0 or more");
      }
      sum = addExact(sum, n, "the counts");
    }
    if (sum != totalInputs()) {
      throw invalid("counts add up to " + sum + " but totalInputs is " + totalInputs());
    }
    if (resumedPast() < 0 || awaiting() < 0) {
      throw invalid(
          "resumedPast ("
              + resumedPast()
              + ") and awaiting ("
              + awaiting()
              + ") must not be negative");
    }
    addExact(addExact(sum, resumedPast(), "the inputs"), awaiting(), "the inputs");
    if ((status() == Status.AWAITING_ANSWERS) != (awaiting() > 0)) {
      throw invalid(status() + " report with " + awaiting() + " inputs awaiting an answer");
    }
    if ((status() == Status.ABORTED) != abortReason().isPresent()) {
      throw invalid(
          status() + " report must " + (abortReason().isPresent() ? "not " : "") + "say why");
    }
    matches(Outcome.SKIPPED, skips(), omittedSkips());
    matches(Outcome.FAILED, failures(), omittedFailures());
    if ((status() == Status.CANCELLED || status() == Status.ABORTED) != resumeFrom().isPresent()) {
      throw invalid(
          status()
              + " report must "
              + (resumeFrom().isPresent() ? "not " : "")
              + "have a resume position");
    }
    if (declaredInputs().isPresent()) {
      long declared = declaredInputs().getAsLong();
      if (status() == Status.COMPLETED ? inputs() != declared : inputs() > declared) {
        throw invalid(
            status() + " run declared " + declared + " inputs but accounts for " + inputs());
      }
    }
  }

  private long addExact(long a, long b, String what) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw invalid(what + " overflow a long");
    }
  }

  private void matches(Outcome outcome, List<RecordOutcome> records, long omitted) {
    if (omitted < 0 || omitted > count(outcome) || records.size() + omitted != count(outcome)) {
      throw invalid(
          "count of "
              + outcome
              + " is "
              + count(outcome)
              + " but "
              + records.size()
              + " are listed and "
              + omitted
              + " omitted");
    }
    for (RecordOutcome r : records) {
      if (r.outcome() != outcome) {
        throw invalid("record '" + r.key() + "' is " + r.outcome() + ", listed as " + outcome);
      }
    }
  }

  private IllegalArgumentException invalid(String why) {
    return new IllegalArgumentException(
        "inconsistent SyncReport of flow '" + flow() + "' (" + scope() + "): " + why);
  }

  /**
   * Collects the outcomes of one run and builds its {@link SyncReport}. Thread safe: several
   * threads may record at once. Each input is recorded exactly once: if the flow declared how many
   * inputs it has ({@link #expect}), recording more is refused at once and completing with fewer is
   * refused at the end. After {@link #complete} or {@link #cancel} the recorder is closed. It lists
   * up to {@link #DEFAULT_LISTED_PER_OUTCOME} skips and as many failures ({@link #listAtMost}) and
   * counts the rest, so memory stays bounded however many records are skipped.
   *
   * <pre>{@code
   * SyncReport.Recorder r = SyncReport.recorder("vendors", "company:7", false, clock.instant());
   * r.expect(vendors.size());
   * vendors.forEach(v -> r.record(sync(v)));
   * SyncReport report = r.complete(clock.instant());
   * }</pre>
   */
  public static final class Recorder {
    private final String flow;
    private final String scope;
    private final boolean dryRun;
    private final Instant startedAt;
    private final long[] counts = new long[Outcome.values().length];
    private final List<RecordOutcome> skips = new ArrayList<>();
    private final List<RecordOutcome> failures = new ArrayList<>();
    private long recorded;
    private long resumedPast;
    private long expected = -1;
    private int listLimit = DEFAULT_LISTED_PER_OUTCOME;
    private long omittedSkips;
    private long omittedFailures;
    private boolean closed;

    private Recorder(String flow, String scope, boolean dryRun, Instant startedAt) {
      this.flow = requireText("flow", flow);
      this.scope = requireText("scope", scope);
      this.dryRun = dryRun;
      this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
    }

    private static String requireText(String name, String value) {
      if (Objects.requireNonNull(value, name).isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank (was '" + value + "')");
      }
      return value;
    }

    /**
     * Declares how many inputs the run has; may be called again when the number becomes better
     * known, but never below what was already recorded.
     *
     * @param inputs the number of inputs
     * @return this recorder
     * @throws IllegalArgumentException when {@code inputs} is negative or below the number already
     *     recorded
     * @throws IllegalStateException when the recorder is closed
     */
    public synchronized Recorder expect(long inputs) {
      requireOpen();
      if (inputs < recorded + resumedPast) {
        throw new IllegalArgumentException(
            "inputs must be at least the "
                + (recorded + resumedPast)
                + " already recorded or resumed past (was "
                + inputs
                + ")");
      }
      expected = inputs;
      return this;
    }

    /**
     * Sets how many skips, and how many failures, the report lists; further ones are counted as
     * omitted. Applies to the records recorded after the call.
     *
     * @param perOutcome the most skips (and the most failures) to keep, 0 or more
     * @return this recorder
     * @throws IllegalArgumentException when {@code perOutcome} is negative
     */
    public synchronized Recorder listAtMost(int perOutcome) {
      if (perOutcome < 0) {
        throw new IllegalArgumentException(
            "perOutcome must not be negative (was " + perOutcome + ")");
      }
      listLimit = perOutcome;
      return this;
    }

    /**
     * Returns the declared number of inputs.
     *
     * @return the number declared with {@link #expect}, or empty
     */
    public synchronized OptionalLong expected() {
      return expected < 0 ? OptionalLong.empty() : OptionalLong.of(expected);
    }

    /**
     * Records the outcome of one input.
     *
     * @param outcome the outcome
     * @return how many inputs are recorded now, this one included
     * @throws IllegalStateException when the recorder is closed, or when the declared number of
     *     inputs is already recorded (the outcome is then not counted)
     */
    public synchronized long record(RecordOutcome outcome) {
      Objects.requireNonNull(outcome, "outcome");
      requireOpen();
      if (expected >= 0 && recorded + resumedPast >= expected) {
        throw new IllegalStateException(
            "flow '"
                + flow
                + "' declared "
                + expected
                + " inputs and all are recorded; refusing a further outcome for '"
                + outcome.key()
                + "': every input must be recorded exactly once");
      }
      counts[outcome.outcome().ordinal()]++;
      if (outcome.outcome() == Outcome.SKIPPED) {
        if (skips.size() < listLimit) {
          skips.add(outcome);
        } else {
          omittedSkips++;
        }
      } else if (outcome.outcome() == Outcome.FAILED) {
        if (failures.size() < listLimit) {
          failures.add(outcome);
        } else {
          omittedFailures++;
        }
      }
      return ++recorded;
    }

    /**
     * Counts inputs this run passes over because the run it resumes processed them: they get no
     * outcome here ({@link SyncReport#resumedPast()}).
     *
     * @param inputs how many more inputs were resumed past, 0 or more
     * @return how many inputs are resumed past now
     * @throws IllegalArgumentException when {@code inputs} is negative
     * @throws IllegalStateException when the recorder is closed, or when the declared number of
     *     inputs would be exceeded
     */
    public synchronized long resumedPast(long inputs) {
      requireOpen();
      if (inputs < 0) {
        throw new IllegalArgumentException("inputs must not be negative (was " + inputs + ")");
      }
      if (expected >= 0 && recorded + resumedPast + inputs > expected) {
        throw new IllegalStateException(
            "flow '"
                + flow
                + "' declared "
                + expected
                + " inputs; "
                + (recorded + resumedPast)
                + " are accounted for and "
                + inputs
                + " more cannot be resumed past");
      }
      resumedPast += inputs;
      return resumedPast;
    }

    /**
     * Returns how many inputs are recorded so far.
     *
     * @return the number recorded
     */
    public synchronized long recorded() {
      return recorded;
    }

    /**
     * Builds the report of a run that processed every input, and closes the recorder.
     *
     * @param finishedAt when the run finished
     * @return the report, with status {@link Status#COMPLETED}
     * @throws IllegalStateException when fewer inputs were recorded than declared (the recorder
     *     stays open), or when the recorder is closed
     */
    public synchronized SyncReport complete(Instant finishedAt) {
      requireOpen();
      if (expected >= 0 && recorded + resumedPast != expected) {
        throw new IllegalStateException(
            "flow '"
                + flow
                + "' declared "
                + expected
                + " inputs but recorded "
                + recorded
                + " outcomes: every input must end in exactly one outcome");
      }
      return build(finishedAt, Status.COMPLETED, Optional.empty(), null, 0);
    }

    /**
     * Builds the report of a cancelled run, and closes the recorder.
     *
     * @param finishedAt when the run stopped
     * @param resumeFrom where the next run should carry on
     * @return the report, with status {@link Status#CANCELLED}
     * @throws IllegalStateException when the recorder is closed
     */
    public synchronized SyncReport cancel(Instant finishedAt, ResumePosition resumeFrom) {
      requireOpen();
      return build(
          finishedAt,
          Status.CANCELLED,
          Optional.of(Objects.requireNonNull(resumeFrom, "resumeFrom")),
          null,
          0);
    }

    /**
     * Builds the report of a run stopped by an error, and closes the recorder.
     *
     * @param finishedAt when the run stopped
     * @param resumeFrom where a rerun may carry on (after the last record fully processed)
     * @param cause the error; its type and message (secrets masked) become {@link
     *     SyncReport#abortReason()}
     * @return the report, with status {@link Status#ABORTED}
     * @throws IllegalStateException when the recorder is closed
     */
    public synchronized SyncReport abort(
        Instant finishedAt, ResumePosition resumeFrom, Throwable cause) {
      requireOpen();
      return build(
          finishedAt,
          Status.ABORTED,
          Optional.of(Objects.requireNonNull(resumeFrom, "resumeFrom")),
          Objects.requireNonNull(cause, "cause"),
          0);
    }

    /**
     * Builds the report of a run stopped by an error described only by text (a run continued from a
     * snapshot, whose error object is gone), and closes the recorder.
     *
     * @param finishedAt when the run stopped
     * @param resumeFrom where a rerun may carry on
     * @param reason why the run stopped, such as {@link RecordOutcome#describe(Throwable)}
     * @return the report, with status {@link Status#ABORTED}
     * @throws IllegalArgumentException when {@code reason} is blank
     * @throws IllegalStateException when the recorder is closed
     */
    public synchronized SyncReport abort(
        Instant finishedAt, ResumePosition resumeFrom, String reason) {
      requireOpen();
      if (Objects.requireNonNull(reason, "reason").isBlank()) {
        throw new IllegalArgumentException("reason must not be blank");
      }
      SyncReport report =
          build(
              finishedAt,
              Status.ABORTED,
              Optional.of(Objects.requireNonNull(resumeFrom, "resumeFrom")),
              new IllegalStateException(reason),
              0);
      return report.toBuilder()
          .abortReason(RecordOutcome.truncate(reason, RecordOutcome.MAX_TEXT_LENGTH))
          .abortCause(Optional.empty())
          .build();
    }

    /**
     * Builds a progress snapshot of a run whose asynchronous target has not answered {@code
     * awaiting} inputs yet, and closes the recorder; {@link #continuing} reopens the run from the
     * snapshot when answers come.
     *
     * @param finishedAt when the snapshot was taken
     * @param awaiting how many inputs await an answer, at least 1
     * @return the snapshot, with status {@link Status#AWAITING_ANSWERS}
     * @throws IllegalArgumentException when {@code awaiting} is below 1, or the inputs would exceed
     *     the declared number
     * @throws IllegalStateException when the recorder is closed
     */
    public synchronized SyncReport awaitAnswers(Instant finishedAt, long awaiting) {
      requireOpen();
      if (awaiting < 1) {
        throw new IllegalArgumentException("awaiting must be at least 1 (was " + awaiting + ")");
      }
      return build(finishedAt, Status.AWAITING_ANSWERS, Optional.empty(), null, awaiting);
    }

    private SyncReport build(
        Instant finishedAt,
        Status status,
        Optional<ResumePosition> resume,
        @Nullable Throwable cause,
        long awaiting) {
      Objects.requireNonNull(finishedAt, "finishedAt");
      Map<Outcome, Long> map = new EnumMap<>(Outcome.class);
      for (Outcome o : Outcome.values()) {
        map.put(o, counts[o.ordinal()]);
      }
      SyncReport report =
          SyncReport.builder()
              .flow(flow)
              .scope(scope)
              .dryRun(dryRun)
              .startedAt(startedAt)
              .finishedAt(finishedAt)
              .status(status)
              .resumeFrom(resume)
              .declaredInputs(expected())
              .totalInputs(recorded)
              .counts(map)
              .skips(skips)
              .failures(failures)
              .omittedSkips(omittedSkips)
              .omittedFailures(omittedFailures)
              .resumedPast(resumedPast)
              .awaiting(awaiting)
              .abortReason(Optional.ofNullable(cause).map(RecordOutcome::describe))
              .abortCause(Optional.ofNullable(cause))
              .build();
      closed = true;
      return report;
    }

    private void requireOpen() {
      if (closed) {
        throw new IllegalStateException("the report of flow '" + flow + "' is already built");
      }
    }
  }

  /**
   * Builds {@code SyncReport} values: a setter per attribute (plus {@code add*}/{@code addAll*} for
   * lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a value,
   * and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder is not
   * thread safe.
   */
  public static final class Builder extends SyncReportBuilder {
    Builder() {}
  }
}
