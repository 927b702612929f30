package dev.procoresync.timekeeping.busybusy;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.flow.FieldDigest;
import dev.procoresync.core.flow.ItemResult;
import dev.procoresync.core.flow.Mapped;
import dev.procoresync.core.flow.PlannedWrite;
import dev.procoresync.core.flow.RecordMapper;
import dev.procoresync.core.flow.UpsertTarget;
import dev.procoresync.core.flow.UpsertTemplate;
import dev.procoresync.core.model.Project;
import dev.procoresync.core.model.ProjectUpdate;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.core.validation.Violation;
import dev.procoresync.timekeeping.model.Location;
import java.time.Clock;
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
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Procore projects to busybusy's top-level projects after the first sync, on the kit's {@link
 * UpsertTemplate} (docs/decisions/0304).
 *
 * <ul>
 *   <li>Every active Procore project is a top-level busybusy project with its name and number; a
 *       changed name or number updates it; a new one is created.
 *   <li>A linked project removed or deactivated in Procore is archived in busybusy.
 *   <li>A linked top-level project archived in busybusy is archived (made inactive) in Procore.
 *   <li>Sub-projects (busybusy's tree, up to seven levels) are never read into Procore nor changed.
 *   <li>An unlinked top-level busybusy project is adopted only when exactly one unlinked Procore
 *       project has the same name; a rerun with the returned links writes nothing.
 * </ul>
 *
 * <pre>{@code
 * BusybusyProjectFlow.Result result =
 *     BusybusyProjectFlow.of(procore.forCompany(7), busybusy, clock).run(links, RunOptions.defaults());
 * links = result.links();
 * }</pre>
 */
public final class BusybusyProjectFlow {
  /** The name of the Procore to busybusy report. */
  public static final String TO_BUSYBUSY = "busybusy-projects";

  /** The name of the busybusy to Procore report (archives only). */
  public static final String TO_PROCORE = "busybusy-project-archives";

  /** The prefix of the to-busybusy outcome keys: the Procore project id follows it. */
  public static final String KEY_PREFIX = "procore-project:";

  /** The prefix of the to-Procore outcome keys: the busybusy project id follows it. */
  public static final String ARCHIVE_PREFIX = "busybusy-project:";

  private final CompanyClient company;
  private final BusybusyClient busybusy;
  private final Clock clock;

  private BusybusyProjectFlow(CompanyClient company, BusybusyClient busybusy, Clock clock) {
    this.company = company;
    this.busybusy = busybusy;
    this.clock = clock;
  }

  /**
   * Creates the flow for one Procore company and one busybusy account.
   *
   * @param company the Procore company's client
   * @param busybusy the busybusy client
   * @param clock stamps the reports and the archive times
   * @return the flow
   * @throws NullPointerException when an argument is {@code null}
   */
  public static BusybusyProjectFlow of(
      CompanyClient company, BusybusyClient busybusy, Clock clock) {
    return new BusybusyProjectFlow(
        Objects.requireNonNull(company, "company"),
        Objects.requireNonNull(busybusy, "busybusy"),
        Objects.requireNonNull(clock, "clock"));
  }

  /**
   * The reports of one run and the links after it.
   *
   * @param toBusybusy one outcome per active Procore project and per busybusy project archived
   *     because its Procore project is gone
   * @param toProcore one outcome per Procore project archived because busybusy archived it
   * @param links the given links with every adopted or created top-level project linked
   */
  public record Result(SyncReport toBusybusy, SyncReport toProcore, BusybusyLinks links) {
    /**
     * Checks the parts.
     *
     * @param toBusybusy the Procore to busybusy report
     * @param toProcore the busybusy to Procore report
     * @param links the links after the run
     * @throws NullPointerException when a part is {@code null}
     */
    public Result {
      Objects.requireNonNull(toBusybusy, "toBusybusy");
      Objects.requireNonNull(toProcore, "toProcore");
      Objects.requireNonNull(links, "links");
    }
  }

  /**
   * Sends Procore's projects to busybusy and busybusy's archives to Procore.
   *
   * @param links the links so far ({@link BusybusyLinks#projects()}: busybusy id to Procore id)
   * @param options dry run, listener, cancellation
   * @return the two reports and the updated links
   * @throws NullPointerException when an argument is {@code null}
   */
  public Result run(BusybusyLinks links, RunOptions options) {
    Objects.requireNonNull(links, "links");
    Objects.requireNonNull(options, "options");
    List<Project> procore = new ArrayList<>();
    company.projects().list().forEach(procore::add);
    List<Location> tops = busybusy.projects().filter(l -> l.parentId().isEmpty()).toList();
    return run(links, options, procore, tops, Map.of());
  }

  /**
   * Runs on lists already read (the first sync reads them once for its reconciliation), holding
   * back the Procore projects a person must decide about: each is SKIPPED with its violation and
   * neither adopted nor copied.
   */
  Result run(
      BusybusyLinks links,
      RunOptions options,
      List<Project> procore,
      List<Location> tops,
      Map<Long, Violation> held) {
    Map<Long, Write> live = new LinkedHashMap<>();
    List<Object> records = new ArrayList<>();
    for (Project p : procore) {
      if (!p.active().orElse(true)) {
        continue;
      }
      Violation v = held.get(p.id());
      if (v != null) {
        records.add(new Held(KEY_PREFIX + p.id(), v));
      } else {
        live.put(p.id(), Write.of(p));
      }
    }
    Map<String, String> keyOf = keys(tops, links, live);
    List<Long> toArchiveInProcore = new ArrayList<>();
    for (Location l : tops) {
      Long procoreId = links.projects().get(l.id());
      if (procoreId == null) {
        continue;
      }
      if (l.archived()) {
        if (live.containsKey(procoreId)) {
          toArchiveInProcore.add(procoreId);
          live.remove(procoreId);
        }
      } else if (!live.containsKey(procoreId)) {
        records.add(
            new Gone(Write.of(KEY_PREFIX + procoreId, l.toBuilder().archived(false).build())));
      }
    }
    records.addAll(live.values());
    BbTarget bb = new BbTarget(busybusy, clock, tops, keyOf);
    RecordMapper<Object, Write> mapper =
        (record, context) -> {
          if (record instanceof Held h) {
            return Mapped.decided(h.key(), RecordOutcome.skipped(h.key(), List.of(h.violation())));
          }
          return record instanceof Gone g
              ? Mapped.archive(g.write())
              : Mapped.upsert((Write) record);
        };
    String scope = "company:" + company.companyId();
    SyncReport toBusybusy =
        UpsertTemplate.of(TO_BUSYBUSY, bb, clock).run(scope, records, mapper, options);

    Map<Long, String> bbOf = new HashMap<>();
    links.projects().forEach((b, p) -> bbOf.put(p, b));
    List<Project> archivable =
        procore.stream().filter(p -> toArchiveInProcore.contains(p.id())).toList();
    ProcoreTarget pt =
        new ProcoreTarget(company, archivable, p -> ARCHIVE_PREFIX + bbOf.get(p.id()));
    List<Object> archives = new ArrayList<>();
    for (Project p : archivable) {
      archives.add(
          new Gone(Write.of(ARCHIVE_PREFIX + bbOf.get(p.id()), p).withId(String.valueOf(p.id()))));
    }
    SyncReport toProcore =
        UpsertTemplate.of(TO_PROCORE, pt, clock).run(scope, archives, mapper, options);

    Map<String, Long> merged = new TreeMap<>(links.projects());
    BiFunction<String, String, Void> link =
        (bbId, key) -> {
          if (key.startsWith(KEY_PREFIX)) {
            merged.put(bbId, Long.parseLong(key.substring(KEY_PREFIX.length())));
          }
          return null;
        };
    keyOf.forEach(link::apply);
    bb.created.forEach((key, bbId) -> link.apply(bbId, key));
    return new Result(toBusybusy, toProcore, links.toBuilder().projects(merged).build());
  }

  private static Map<String, String> keys(
      List<Location> tops, BusybusyLinks links, Map<Long, Write> live) {
    Map<String, String> keyOf = new HashMap<>();
    Set<Long> linked = new HashSet<>(links.projects().values());
    for (Location l : tops) {
      Long id = links.projects().get(l.id());
      if (id != null) {
        keyOf.put(l.id(), KEY_PREFIX + id);
      }
    }
    Map<String, List<Long>> procoreByName = new HashMap<>();
    live.forEach(
        (id, w) -> {
          if (!linked.contains(id)) {
            procoreByName.computeIfAbsent(w.project().name(), k -> new ArrayList<>()).add(id);
          }
        });
    Map<String, List<Location>> bbByName = new HashMap<>();
    for (Location l : tops) {
      if (!keyOf.containsKey(l.id()) && !l.archived()) {
        bbByName.computeIfAbsent(l.name(), k -> new ArrayList<>()).add(l);
      }
    }
    bbByName.forEach(
        (name, list) -> {
          List<Long> p = procoreByName.getOrDefault(name, List.of());
          if (list.size() == 1 && p.size() == 1) {
            keyOf.put(list.get(0).id(), KEY_PREFIX + p.get(0));
          }
        });
    return keyOf;
  }

  @Override
  public String toString() {
    return "BusybusyProjectFlow{company=" + company.companyId() + "}";
  }

  /**
   * A project to write: to busybusy (title, number, address, city, state, postal code) or an
   * archive on either side. The location's id is a placeholder until {@link #withId}.
   */
  record Write(String key, @Nullable String id, Location project) {
    private static final String NEW = "new";

    static Write of(Project p) {
      return of(KEY_PREFIX + p.id(), p);
    }

    static Write of(String key, Project p) {
      return new Write(
          key,
          null,
          Location.builder()
              .id(NEW)
              .name(p.name())
              .code(p.projectNumber().filter(s -> !s.isBlank()))
              .address(p.address().filter(s -> !s.isBlank()))
              .city(p.city().filter(s -> !s.isBlank()))
              .state(p.stateCode().filter(s -> !s.isBlank()))
              .postalCode(p.zip().filter(s -> !s.isBlank()))
              .build());
    }

    static Write of(String key, Location l) {
      return new Write(key, l.id(), l);
    }

    Write withId(String targetId) {
      return new Write(key, targetId, project.toBuilder().id(targetId).build());
    }
  }

  /** A project whose counterpart is gone or archived: archive it. */
  private record Gone(Write write) {}

  /** A Procore project held back for a person to decide (an ambiguous first-sync match). */
  private record Held(String key, Violation violation) {}

  private static ItemResult failure(RuntimeException e) {
    String type = e.getClass().getSimpleName();
    String message = RecordOutcome.describe(e);
    return UpsertTarget.refusedForSure(e)
        ? ItemResult.failed(type, message)
        : ItemResult.unknown(type, message);
  }

  private static final class BbTarget implements UpsertTarget<Location, Write> {
    private final BusybusyClient busybusy;
    private final Clock clock;
    private final List<Location> tops;
    private final Map<String, String> keyOf;
    final Map<String, String> created = new HashMap<>();
    private final Map<String, String> titleOfKey = new HashMap<>();

    BbTarget(BusybusyClient busybusy, Clock clock, List<Location> tops, Map<String, String> keyOf) {
      this.busybusy = busybusy;
      this.clock = clock;
      this.tops = tops;
      this.keyOf = keyOf;
    }

    @Override
    public String noun() {
      return "busybusy project";
    }

    @Override
    public Iterable<Location> existing() {
      return tops;
    }

    @Override
    public Optional<String> existingKey(Location existing) {
      return Optional.ofNullable(keyOf.get(existing.id()));
    }

    @Override
    public Optional<String> existingId(Location existing) {
      return Optional.of(existing.id());
    }

    @Override
    public Optional<String> updateKey(Write update) {
      return Optional.of(update.key());
    }

    @Override
    public FieldDigest<Location, Write> digest() {
      return FieldDigest.of(
          List.of(
              l -> Optional.of(l.name()),
              Location::code,
              Location::address,
              Location::city,
              Location::state,
              Location::postalCode),
          List.of(
              w -> Optional.of(w.project().name()),
              w -> w.project().code(),
              w -> w.project().address(),
              w -> w.project().city(),
              w -> w.project().state(),
              w -> w.project().postalCode()));
    }

    @Override
    public Write withTargetId(Write update, String targetId) {
      return update.withId(targetId);
    }

    @Override
    public List<Violation> validateKey(String key) {
      return List.of();
    }

    @Override
    public Map<String, ItemResult> write(List<PlannedWrite<Write>> window) {
      Map<String, ItemResult> answers = new HashMap<>();
      for (PlannedWrite<Write> w : window) {
        Write body = w.body();
        try {
          String id;
          switch (w.kind()) {
            case CREATE -> {
              titleOfKey.put(w.key(), body.project().name());
              id = busybusy.createProject(body.project());
              created.put(w.key(), id);
            }
            case UPDATE -> {
              id = w.targetId().orElseThrow();
              busybusy.updateProject(body.project().toBuilder().id(id).build());
            }
            default -> {
              id = w.targetId().orElseThrow();
              busybusy.archiveProject(id, clock.instant());
            }
          }
          answers.put(w.key(), ItemResult.written(id));
        } catch (RuntimeException e) {
          answers.put(w.key(), failure(e));
        }
      }
      return answers;
    }

    @Override
    public Map<String, Location> lookup(Collection<String> keys) {
      Map<String, Location> found = new HashMap<>();
      List<Location> now = busybusy.projects().filter(l -> l.parentId().isEmpty()).toList();
      for (String key : keys) {
        String title = titleOfKey.get(key);
        for (Location l : now) {
          if (key.equals(keyOf.get(l.id())) || (title != null && title.equals(l.name()))) {
            found.put(key, l);
            if (title != null) {
              created.put(key, l.id());
            }
            break;
          }
        }
      }
      return found;
    }
  }

  private static final class ProcoreTarget implements UpsertTarget<Project, Write> {
    private final CompanyClient company;
    private final List<Project> projects;
    private final Function<Project, String> key;

    ProcoreTarget(CompanyClient company, List<Project> projects, Function<Project, String> key) {
      this.company = company;
      this.projects = projects;
      this.key = key;
    }

    @Override
    public String noun() {
      return "Procore project";
    }

    @Override
    public Iterable<Project> existing() {
      return projects;
    }

    @Override
    public Optional<String> existingKey(Project existing) {
      return Optional.of(key.apply(existing));
    }

    @Override
    public Optional<String> existingId(Project existing) {
      return Optional.of(String.valueOf(existing.id()));
    }

    @Override
    public Optional<String> updateKey(Write update) {
      return Optional.of(update.key());
    }

    @Override
    public FieldDigest<Project, Write> digest() {
      return FieldDigest.of(
          List.of(p -> Optional.of(p.name())), List.of(w -> Optional.of(w.project().name())));
    }

    @Override
    public Write withTargetId(Write update, String targetId) {
      return update.withId(targetId);
    }

    @Override
    public List<Violation> validateKey(String key) {
      return List.of();
    }

    @Override
    public Map<String, ItemResult> write(List<PlannedWrite<Write>> window) {
      Map<String, ItemResult> answers = new HashMap<>();
      for (PlannedWrite<Write> w : window) {
        String id = w.targetId().orElseThrow();
        try {
          company
              .projects()
              .update(Long.parseLong(id), ProjectUpdate.builder().active(false).build());
          answers.put(w.key(), ItemResult.written(id));
        } catch (RuntimeException e) {
          answers.put(w.key(), failure(e));
        }
      }
      return answers;
    }

    @Override
    public Map<String, Project> lookup(Collection<String> keys) {
      Map<String, Project> found = new HashMap<>();
      for (Project p : projects) {
        if (keys.contains(key.apply(p))) {
          found.put(key.apply(p), p);
        }
      }
      return found;
    }
  }
}
