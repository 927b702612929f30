package dev.procoresync.core.flow;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.model.TimecardEntry;
import dev.procoresync.core.model.TimecardEntryUpdate;
import dev.procoresync.core.origin.OriginId;
import dev.procoresync.core.origin.TimecardOriginIds;
import dev.procoresync.core.sync.RecordOutcome;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Procore timecard entries as an {@link UpsertTarget}, keyed by their integer {@code origin_id}
 * through {@link TimecardOriginIds}: the one target the time-keeping flows write through.
 *
 * <p><b>Writes.</b> The creates of a window go in one call of Procore's "Bulk Create Timecard
 * Entries" ({@code POST /rest/v1.0/companies/{company_id}/timesheets}), so 1,000 new entries cost
 * {@code 1,000 / windowSize} requests instead of 1,000; the entries it answers are matched to their
 * keys by origin id. Updates are sent one by one ({@code PATCH
 * /rest/v1.0/projects/{project_id}/timecard_entries/{id}}): the bulk update applies the same fields
 * to every listed entry. A window with one create sends it alone through the client's safe create.
 *
 * <p><b>Failures.</b> When the bulk call fails or gets no answer, part of it may have been stored,
 * so the target reads what the target holds under the window's keys ({@link #lookup}): what landed
 * is written, the rest is sent one by one through the client's safe create, which gives each entry
 * its own answer (a refused entry is FAILED with Procore's message, never its neighbours). When
 * that read fails too, the creates are answered unknown and the template looks them up before it
 * reports. A create is never sent twice without a lookup in between.
 *
 * <pre>{@code
 * TimecardEntryTarget target = TimecardEntryTarget.builder()
 *     .company(company)
 *     .originIds(TimecardOriginIds.using(stateStore))
 *     .existing(() -> company.timecardEntries().listForProject(projectId, from, to))
 *     .digest(DIGEST)
 *     .windowSize(100)
 *     .description("timecard entries of project " + projectId)
 *     .build();
 * SyncReport report = UpsertTemplate.of("my-flow", target, clock).run(scope, inputs, mapper, run);
 * }</pre>
 */
public final class TimecardEntryTarget implements UpsertTarget<TimecardEntry, TimecardEntryUpdate> {
  private final CompanyClient company;
  private final TimecardOriginIds originIds;
  private final Supplier<? extends Iterable<TimecardEntry>> existing;
  private final FieldDigest<TimecardEntry, TimecardEntryUpdate> digest;
  private final int windowSize;
  private final boolean bulkCreate;
  private final String description;

  private TimecardEntryTarget(Builder b) {
    this.company = Objects.requireNonNull(b.company, "company");
    this.originIds = Objects.requireNonNull(b.originIds, "originIds");
    this.existing = Objects.requireNonNull(b.existing, "existing");
    this.digest = Objects.requireNonNull(b.digest, "digest");
    this.windowSize = b.windowSize;
    this.bulkCreate = b.bulkCreate;
    this.description = b.description == null ? "timecard entries" : b.description;
  }

  /**
   * Starts building a target; the company, the origin ids, the existing entries and the digest are
   * required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String noun() {
    return "timecard entry";
  }

  @Override
  public Iterable<TimecardEntry> existing() {
    return existing.get();
  }

  @Override
  public Optional<String> existingKey(TimecardEntry existing) {
    return existing.originId().flatMap(originIds::originIdOf).map(OriginId::format);
  }

  @Override
  public Optional<String> existingId(TimecardEntry existing) {
    return Optional.of(Long.toString(existing.id()));
  }

  @Override
  public Optional<String> updateKey(TimecardEntryUpdate update) {
    return update.originId().flatMap(originIds::originIdOf).map(OriginId::format);
  }

  @Override
  public FieldDigest<TimecardEntry, TimecardEntryUpdate> digest() {
    return digest;
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
    Map<String, ItemResult> answers = new HashMap<>();
    List<PlannedWrite<TimecardEntryUpdate>> creates = new ArrayList<>();
    for (PlannedWrite<TimecardEntryUpdate> w : window) {
      if (w.kind() == PlannedWrite.Kind.CREATE) {
        creates.add(w);
      } else {
        answers.put(w.key(), one(w));
      }
    }
    if (creates.size() == 1 || (!bulkCreate && !creates.isEmpty())) {
      creates.forEach(w -> answers.put(w.key(), one(w)));
    } else if (!creates.isEmpty()) {
      answers.putAll(bulk(creates));
    }
    return answers;
  }

  private Map<String, ItemResult> bulk(List<PlannedWrite<TimecardEntryUpdate>> creates) {
    Map<String, ItemResult> answers = new HashMap<>();
    Set<String> keys = new HashSet<>();
    List<TimecardEntryUpdate> bodies = new ArrayList<>(creates.size());
    for (PlannedWrite<TimecardEntryUpdate> w : creates) {
      keys.add(w.key());
      bodies.add(w.body());
    }
    try {
      for (TimecardEntry e : company.timecardEntries().createAll(bodies).entities()) {
        existingKey(e)
            .filter(keys::contains)
            .ifPresent(k -> answers.put(k, ItemResult.written(Long.toString(e.id()))));
      }
      return answers; // keys left out are looked up by the template
    } catch (RuntimeException bulkFailure) {
      Map<String, TimecardEntry> landed;
      try {
        landed = lookup(keys);
      } catch (RuntimeException lookupFailure) {
        ItemResult unknown = answer(bulkFailure);
        ItemResult asUnknown =
            unknown.kind() == ItemResult.Kind.UNKNOWN
                ? unknown
                : ItemResult.unknown(
                    unknown.errorType().orElseThrow(), unknown.message().orElseThrow());
        creates.forEach(w -> answers.put(w.key(), asUnknown));
        return answers;
      }
      for (PlannedWrite<TimecardEntryUpdate> w : creates) {
        TimecardEntry found = landed.get(w.key());
        answers.put(
            w.key(), found != null ? ItemResult.written(Long.toString(found.id())) : one(w));
      }
      return answers;
    }
  }

  private ItemResult one(PlannedWrite<TimecardEntryUpdate> w) {
    Optional<Long> project = w.body().projectId();
    if (project.isEmpty()) {
      return ItemResult.failed(
          "IllegalArgumentException", "the entry has no projectId: the flow must set it");
    }
    long projectId = project.get();
    try {
      TimecardEntry written =
          w.kind() == PlannedWrite.Kind.CREATE
              ? company.timecardEntries().create(projectId, w.body())
              : company
                  .timecardEntries()
                  .update(projectId, Long.parseLong(w.targetId().orElseThrow()), w.body());
      return ItemResult.written(Long.toString(written.id()));
    } catch (RuntimeException e) {
      return answer(e);
    }
  }

  private static ItemResult answer(RuntimeException e) {
    String type = e.getClass().getSimpleName();
    String message = RecordOutcome.describe(e);
    return UpsertTarget.refusedForSure(e)
        ? ItemResult.failed(type, message)
        : ItemResult.unknown(type, message);
  }

  @Override
  public Map<String, TimecardEntry> lookup(Collection<String> keys) {
    Set<String> wanted = new HashSet<>(keys);
    Map<String, TimecardEntry> found = new LinkedHashMap<>();
    for (TimecardEntry e : existing()) {
      existingKey(e).filter(wanted::contains).ifPresent(k -> found.put(k, e));
    }
    return found;
  }

  @Override
  public String toString() {
    return description;
  }

  /** Builds a {@link TimecardEntryTarget}. Not thread safe. */
  public static final class Builder {
    private @Nullable CompanyClient company;
    private @Nullable TimecardOriginIds originIds;
    private @Nullable Supplier<? extends Iterable<TimecardEntry>> existing;
    private @Nullable FieldDigest<TimecardEntry, TimecardEntryUpdate> digest;
    private int windowSize = 100;
    private boolean bulkCreate = true;
    private @Nullable String description;

    Builder() {}

    /**
     * Sets the Procore company the entries are written to.
     *
     * @param company the company
     * @return this builder
     */
    public Builder company(CompanyClient company) {
      this.company = Objects.requireNonNull(company, "company");
      return this;
    }

    /**
     * Sets where the integer origin ids of the entries are kept.
     *
     * @param originIds the origin ids
     * @return this builder
     */
    public Builder originIds(TimecardOriginIds originIds) {
      this.originIds = Objects.requireNonNull(originIds, "originIds");
      return this;
    }

    /**
     * Sets how the entries the flow may hold are read (a project's or the company's entries of a
     * date range); read once per run and after a write whose outcome is unknown.
     *
     * @param existing reads the entries, lazily
     * @return this builder
     */
    public Builder existing(Supplier<? extends Iterable<TimecardEntry>> existing) {
      this.existing = Objects.requireNonNull(existing, "existing");
      return this;
    }

    /**
     * Sets the fields compared to decide whether an entry changed.
     *
     * @param digest the digest
     * @return this builder
     */
    public Builder digest(FieldDigest<TimecardEntry, TimecardEntryUpdate> digest) {
      this.digest = Objects.requireNonNull(digest, "digest");
      return this;
    }

    /**
     * Sets the most records per write window, and so per bulk call (default 100).
     *
     * @param windowSize 1 to 1,000
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder windowSize(int windowSize) {
      if (windowSize < 1 || windowSize > 1_000) {
        throw new IllegalArgumentException("windowSize must be 1 to 1000, got " + windowSize);
      }
      this.windowSize = windowSize;
      return this;
    }

    /**
     * Sets whether the creates of a window go in one bulk call (default true) or one by one.
     *
     * @param bulkCreate whether to use the bulk call
     * @return this builder
     */
    public Builder bulkCreate(boolean bulkCreate) {
      this.bulkCreate = bulkCreate;
      return this;
    }

    /**
     * Sets how the target names itself in messages (default {@code timecard entries}).
     *
     * @param description such as {@code timecard entries of project 42}
     * @return this builder
     * @throws IllegalArgumentException when blank
     */
    public Builder description(String description) {
      if (Objects.requireNonNull(description, "description").isBlank()) {
        throw new IllegalArgumentException("description must not be blank");
      }
      this.description = description;
      return this;
    }

    /**
     * Builds the target.
     *
     * @return the target
     * @throws NullPointerException naming the first required part left unset
     */
    public TimecardEntryTarget build() {
      return new TimecardEntryTarget(this);
    }
  }
}
