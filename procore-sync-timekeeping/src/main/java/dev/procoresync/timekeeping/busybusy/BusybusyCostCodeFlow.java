package dev.procoresync.timekeeping.busybusy;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.flow.FieldDigest;
import dev.procoresync.core.flow.ItemResult;
import dev.procoresync.core.flow.Mapped;
import dev.procoresync.core.flow.PlannedWrite;
import dev.procoresync.core.flow.RecordMapper;
import dev.procoresync.core.flow.UpsertTarget;
import dev.procoresync.core.flow.UpsertTemplate;
import dev.procoresync.core.mapping.hierarchy.FlatEntry;
import dev.procoresync.core.mapping.hierarchy.Flattener;
import dev.procoresync.core.mapping.hierarchy.HierarchyResult;
import dev.procoresync.core.model.StandardCostCode;
import dev.procoresync.core.model.StandardCostCodeList;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.core.validation.Violation;
import dev.procoresync.timekeeping.model.CostCode;
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
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Procore's company cost codes to busybusy's flat cost codes, on the kit's {@link UpsertTemplate}
 * (docs/decisions/0303).
 *
 * <ul>
 *   <li>Procore's tiered codes are flattened below their division ({@code 06} + {@code 200} becomes
 *       {@code 06-200}); a division itself is never sent. The busybusy title is the code's own
 *       name.
 *   <li>Edits flow only Procore to busybusy: a changed code or name updates the linked busybusy
 *       code; busybusy is never read back into Procore.
 *   <li>A linked code deleted in Procore is archived in busybusy; a code archived in busybusy
 *       changes nothing in Procore and is not revived.
 *   <li>A busybusy code not yet linked is adopted when exactly one Procore code has the same flat
 *       code, so a first run never duplicates codes that already exist on both sides.
 *   <li>A rerun with the returned links writes nothing.
 * </ul>
 *
 * <pre>{@code
 * BusybusyCostCodeFlow flow = BusybusyCostCodeFlow.of(procore.forCompany(7), busybusy, clock);
 * BusybusyCostCodeFlow.Result result = flow.run(links, RunOptions.defaults());
 * links = result.links(); // keep for the next run and for the timecard flow
 * }</pre>
 */
public final class BusybusyCostCodeFlow {
  /** The flow's name in its reports. */
  public static final String NAME = "busybusy-cost-codes";

  /** The prefix of every outcome key: the Procore standard cost code's id follows it. */
  public static final String KEY_PREFIX = "procore-cost-code:";

  /** A Procore cost code without a code of its own cannot be sent. */
  public static final String NO_CODE = "busybusy.cost_code_without_code";

  private final CompanyClient company;
  private final BusybusyClient busybusy;
  private final Clock clock;

  private BusybusyCostCodeFlow(CompanyClient company, BusybusyClient busybusy, Clock clock) {
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
  public static BusybusyCostCodeFlow of(
      CompanyClient company, BusybusyClient busybusy, Clock clock) {
    return new BusybusyCostCodeFlow(
        Objects.requireNonNull(company, "company"),
        Objects.requireNonNull(busybusy, "busybusy"),
        Objects.requireNonNull(clock, "clock"));
  }

  /**
   * The report of one run and the links after it.
   *
   * @param report one outcome per Procore cost code (divisions excluded) and per busybusy code
   *     archived because its Procore code is gone
   * @param links the given links with every busybusy cost code now linked to a Procore code
   */
  public record Result(SyncReport report, BusybusyLinks links) {
    /**
     * Checks the parts.
     *
     * @param report the report
     * @param links the links after the run
     * @throws NullPointerException when a part is {@code null}
     */
    public Result {
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(links, "links");
    }
  }

  /**
   * Sends the company's Procore cost codes to busybusy.
   *
   * @param links the links so far ({@link BusybusyLinks#costCodes()}: busybusy id to Procore
   *     standard cost code id)
   * @param options dry run, listener, cancellation
   * @return the report and the updated links
   * @throws NullPointerException when an argument is {@code null}
   */
  public Result run(BusybusyLinks links, RunOptions options) {
    Objects.requireNonNull(links, "links");
    Objects.requireNonNull(options, "options");
    return run(links, options, standardCodes(company), busybusy.costCodes().toList(), Map.of());
  }

  /** Reads every code of the company's standard cost code lists. */
  static List<StandardCostCode> standardCodes(CompanyClient company) {
    List<StandardCostCode> codes = new ArrayList<>();
    for (StandardCostCodeList list : company.costCodes().listStandardLists()) {
      company.costCodes().listStandardCodes(list.id()).forEach(codes::add);
    }
    return codes;
  }

  /**
   * Returns the flat code ({@code 06-200}) of every Procore code that would be sent, by Procore id;
   * divisions, codes without a code and codes in a broken tree are left out.
   */
  static Map<Long, String> flatCodes(List<StandardCostCode> codes) {
    Map<Long, String> flat = new LinkedHashMap<>();
    HierarchyResult<Long, StandardCostCode> tree = tree(codes);
    for (FlatEntry<Long> e :
        Flattener.belowRoots(
            tree.hierarchy(), c -> c.name().orElse(""), c -> c.code().orElse(""), "-")) {
      if (!e.id().isBlank()) {
        flat.put(e.key(), e.composedId());
      }
    }
    return flat;
  }

  private static HierarchyResult<Long, StandardCostCode> tree(List<StandardCostCode> codes) {
    return dev.procoresync.core.mapping.hierarchy.Hierarchy.build(
        codes, StandardCostCode::id, c -> c.parentId().orElse(null), Integer.MAX_VALUE);
  }

  /**
   * Runs on lists already read (the first sync reads them once for its reconciliation), holding
   * back the Procore codes a person must decide about: each is SKIPPED with its violation and
   * neither adopted nor copied.
   */
  Result run(
      BusybusyLinks links,
      RunOptions options,
      List<StandardCostCode> codes,
      List<CostCode> existing,
      Map<Long, Violation> held) {
    HierarchyResult<Long, StandardCostCode> tree = tree(codes);
    List<Object> records = new ArrayList<>();
    for (Violation v : tree.violations()) {
      records.add(new Refused(KEY_PREFIX + v.rejectedValue(), List.of(v)));
    }
    Map<Long, Write> live = new LinkedHashMap<>();
    Function<StandardCostCode, String> own = c -> c.code().orElse("");
    for (FlatEntry<Long> e :
        Flattener.belowRoots(tree.hierarchy(), c -> c.name().orElse(""), own, "-")) {
      String key = KEY_PREFIX + e.key();
      if (e.id().isBlank()) {
        records.add(
            new Refused(
                key,
                List.of(
                    Violation.of(
                        NO_CODE,
                        "code",
                        String.valueOf(e.key()),
                        "Procore cost code " + e.key() + " has no code"))));
        continue;
      }
      Violation v = held.get(e.key());
      if (v != null) {
        records.add(new Refused(key, List.of(v)));
        continue;
      }
      live.put(e.key(), new Write(key, null, e.composedId(), e.name().isBlank() ? null : e.name()));
    }
    Map<String, String> keyOf = keys(existing, links, live);
    for (CostCode c : existing) {
      String key = keyOf.get(c.id());
      Long procoreId = links.costCodes().get(c.id());
      if (key != null && procoreId != null && !live.containsKey(procoreId) && !c.archived()) {
        records.add(new Gone(new Write(key, c.id(), c.code(), c.name().orElse(null))));
      }
    }
    records.addAll(live.values());
    Target target = new Target(busybusy, clock, existing, keyOf);
    RecordMapper<Object, Write> mapper =
        (record, context) -> {
          if (record instanceof Refused r) {
            return Mapped.decided(r.key(), RecordOutcome.skipped(r.key(), r.violations()));
          }
          if (record instanceof Gone g) {
            return Mapped.archive(g.write());
          }
          return Mapped.upsert((Write) record);
        };
    SyncReport report =
        UpsertTemplate.of(NAME, target, clock)
            .run("company:" + company.companyId(), records, mapper, options);
    BusybusyLinks.Builder next = links.toBuilder();
    Map<String, Long> byKey = new HashMap<>();
    live.keySet().forEach(id -> byKey.put(KEY_PREFIX + id, id));
    Map<String, Long> merged = new TreeMap<>(links.costCodes());
    keyOf.forEach(
        (bb, key) -> {
          if (byKey.containsKey(key)) {
            merged.put(bb, byKey.get(key));
          }
        });
    target.created.forEach(
        (key, bb) -> {
          if (byKey.containsKey(key)) {
            merged.put(bb, byKey.get(key));
          }
        });
    next.costCodes(merged);
    return new Result(report, next.build());
  }

  /** Busybusy id to outcome key: by link first, else by a unique same flat code. */
  private static Map<String, String> keys(
      List<CostCode> existing, BusybusyLinks links, Map<Long, Write> live) {
    Map<String, String> keyOf = new HashMap<>();
    Set<Long> linked = new HashSet<>(links.costCodes().values());
    for (CostCode c : existing) {
      Long id = links.costCodes().get(c.id());
      if (id != null) {
        keyOf.put(c.id(), KEY_PREFIX + id);
      }
    }
    Map<String, List<Long>> procoreByCode = new HashMap<>();
    live.forEach(
        (id, w) -> {
          if (!linked.contains(id)) {
            procoreByCode.computeIfAbsent(w.code(), k -> new ArrayList<>()).add(id);
          }
        });
    Map<String, List<CostCode>> bbByCode = new HashMap<>();
    for (CostCode c : existing) {
      if (!keyOf.containsKey(c.id()) && !c.archived()) {
        bbByCode.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(c);
      }
    }
    bbByCode.forEach(
        (code, list) -> {
          List<Long> procore = procoreByCode.getOrDefault(code, List.of());
          if (list.size() == 1 && procore.size() == 1) {
            keyOf.put(list.get(0).id(), KEY_PREFIX + procore.get(0));
          }
        });
    return keyOf;
  }

  @Override
  public String toString() {
    return "BusybusyCostCodeFlow{company=" + company.companyId() + "}";
  }

  /** A flat cost code to write to busybusy. */
  record Write(String key, @Nullable String id, String code, @Nullable String title) {}

  /** A linked busybusy code whose Procore code is gone. */
  private record Gone(Write write) {}

  /** A Procore code that cannot be sent. */
  private record Refused(String key, List<Violation> violations) {}

  private static final class Target implements UpsertTarget<CostCode, Write> {
    private final BusybusyClient busybusy;
    private final Clock clock;
    private final List<CostCode> existing;
    private final Map<String, String> keyOf;
    final Map<String, String> created = new HashMap<>();
    private final Map<String, String> codeOfKey = new HashMap<>();

    Target(
        BusybusyClient busybusy, Clock clock, List<CostCode> existing, Map<String, String> keyOf) {
      this.busybusy = busybusy;
      this.clock = clock;
      this.existing = existing;
      this.keyOf = keyOf;
    }

    @Override
    public String noun() {
      return "busybusy cost code";
    }

    @Override
    public Iterable<CostCode> existing() {
      return existing;
    }

    @Override
    public Optional<String> existingKey(CostCode existing) {
      return Optional.ofNullable(keyOf.get(existing.id()));
    }

    @Override
    public Optional<String> existingId(CostCode existing) {
      return Optional.of(existing.id());
    }

    @Override
    public Optional<String> updateKey(Write update) {
      return Optional.of(update.key());
    }

    @Override
    public FieldDigest<CostCode, Write> digest() {
      return FieldDigest.of(
          List.of(c -> Optional.of(c.code()), CostCode::name),
          List.of(w -> Optional.of(w.code()), w -> Optional.ofNullable(w.title())));
    }

    @Override
    public Write withTargetId(Write update, String targetId) {
      return new Write(update.key(), targetId, update.code(), update.title());
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
              codeOfKey.put(w.key(), body.code());
              id = busybusy.createCostCode(body.code(), body.title());
              created.put(w.key(), id);
            }
            case UPDATE -> {
              id = w.targetId().orElseThrow();
              busybusy.updateCostCode(id, body.code(), body.title());
            }
            default -> {
              id = w.targetId().orElseThrow();
              busybusy.archiveCostCode(id, clock.instant());
            }
          }
          answers.put(w.key(), ItemResult.written(id));
        } catch (RuntimeException e) {
          String type = e.getClass().getSimpleName();
          String message = RecordOutcome.describe(e);
          answers.put(
              w.key(),
              UpsertTarget.refusedForSure(e)
                  ? ItemResult.failed(type, message)
                  : ItemResult.unknown(type, message));
        }
      }
      return answers;
    }

    /** After an unknown create, finds the busybusy code created with the same flat code. */
    @Override
    public Map<String, CostCode> lookup(Collection<String> keys) {
      Map<String, CostCode> found = new HashMap<>();
      List<CostCode> now = busybusy.costCodes().toList();
      for (String key : keys) {
        String code = codeOfKey.get(key);
        for (CostCode c : now) {
          if (key.equals(keyOf.get(c.id())) || (code != null && code.equals(c.code()))) {
            found.put(key, c);
            if (code != null) {
              created.put(key, c.id());
            }
            break;
          }
        }
      }
      return found;
    }
  }
}
