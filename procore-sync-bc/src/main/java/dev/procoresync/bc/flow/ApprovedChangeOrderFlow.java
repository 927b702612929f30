package dev.procoresync.bc.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.bc.client.BcApi;
import dev.procoresync.bc.client.BcClient;
import dev.procoresync.bc.client.BcEntitySet;
import dev.procoresync.bc.client.BcServiceException;
import dev.procoresync.bc.client.ODataQuery;
import dev.procoresync.bc.mapping.BcChangeOrderRules;
import dev.procoresync.bc.mapping.ChangeOrderDraft;
import dev.procoresync.bc.mapping.ChangeOrderSource;
import dev.procoresync.bc.mapping.ProjectClasses;
import dev.procoresync.bc.model.BcChangeOrder;
import dev.procoresync.bc.model.BcChangeOrderLine;
import dev.procoresync.bc.model.BcJobTask;
import dev.procoresync.bc.model.BcProject;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.flow.FieldDigest;
import dev.procoresync.core.flow.ItemResult;
import dev.procoresync.core.flow.Mapped;
import dev.procoresync.core.flow.PlannedWrite;
import dev.procoresync.core.flow.RecordMapper;
import dev.procoresync.core.flow.UpsertTarget;
import dev.procoresync.core.flow.UpsertTemplate;
import dev.procoresync.core.http.BatchItemFailure;
import dev.procoresync.core.http.BatchResult;
import dev.procoresync.core.http.ODataBatchOperation;
import dev.procoresync.core.http.ODataBatchResult;
import dev.procoresync.core.mapping.changeorder.ChangeOrderClassification;
import dev.procoresync.core.mapping.changeorder.ChangeOrderClassifier;
import dev.procoresync.core.mapping.changeorder.ChangeOrderRules;
import dev.procoresync.core.model.PotentialChangeOrderLineItem;
import dev.procoresync.core.state.SyncStateStore;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.core.validation.Validated;
import dev.procoresync.core.webhook.WebhookEvent;
import java.math.BigDecimal;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Flow 5 of the guide, "Regular Change Order" (Procore -> Business Central): each approved regular
 * change order of a linked project becomes one Business Central change order with its lines (cost
 * code -> job task and its segment code, quantity, unit cost, amount), created once per Procore id
 * ({@code procoreChangeOrderId}, a unique key of the page), marked synced; the project's class
 * moves from "Base Project" to "Project with Change Order". Change orders are Procore's potential
 * change orders (docs/decisions/0220); NPC ones are left to {@link NpcChangeOrderFlow}; a project
 * whose class is not a master class is SKIPPED (docs/decisions/0221).
 *
 * <p>Reads are incremental: per Procore project, {@code filters[updated_at]} from the cursor kept
 * in the {@link SyncStateStore}; {@link #runForEvent} syncs the one change order a Procore webhook
 * event names. Headers and lines are written by deep insert through {@code $batch} (up to 100 a
 * request); a changed title, description or amount is patched with {@code If-Match} (a stale ETag
 * is re-read once). The lines of an approved change order are locked in Procore and are not
 * rewritten.
 *
 * <pre>{@code
 * ApprovedChangeOrderFlow flow =
 *     ApprovedChangeOrderFlow.create(bc, procore.forCompany(7), stateStore, Clock.systemUTC());
 * SyncReport polled = flow.run(RunOptions.defaults());
 * SyncReport pushed = flow.runForEvent(event, RunOptions.defaults());
 * }</pre>
 */
public final class ApprovedChangeOrderFlow {
  /** The flow's name in reports and cursors. */
  public static final String NAME = "bc-approved-change-orders";

  /** Change order headers written with their lines (deep insert). */
  private static final BcEntitySet<ObjectNode> HEADER_WRITES =
      BcEntitySet.custom("changeOrders", ObjectNode.class, List.of());

  private final BcClient bc;
  private final CompanyClient procore;
  private final SyncStateStore state;
  private final Clock clock;
  private final ChangeOrderRules rules;
  private final ProjectClasses classes;
  private final int windowSize;

  private ApprovedChangeOrderFlow(
      BcClient bc,
      CompanyClient procore,
      SyncStateStore state,
      Clock clock,
      ChangeOrderRules rules,
      ProjectClasses classes,
      int windowSize) {
    this.bc = bc;
    this.procore = procore;
    this.state = state;
    this.clock = clock;
    this.rules = rules;
    this.classes = classes;
    this.windowSize = windowSize;
  }

  /**
   * Creates the flow between a Procore company and a Business Central company.
   *
   * @param bc the Business Central client
   * @param procore the Procore company
   * @param state where the incremental cursors are kept
   * @param clock stamps the reports and "synced at"
   * @return the flow
   * @throws NullPointerException when an argument is null
   */
  public static ApprovedChangeOrderFlow create(
      BcClient bc, CompanyClient procore, SyncStateStore state, Clock clock) {
    return new ApprovedChangeOrderFlow(
        Objects.requireNonNull(bc, "bc"),
        Objects.requireNonNull(procore, "procore"),
        Objects.requireNonNull(state, "state"),
        Objects.requireNonNull(clock, "clock"),
        ChangeOrderRuns.defaultRules(),
        ProjectClasses.defaults(),
        UpsertTarget.DEFAULT_WINDOW_SIZE);
  }

  /**
   * Returns a copy with other classifier rules (give {@link NpcChangeOrderFlow} the same ones, so
   * that each change order is synced by exactly one of the two flows).
   *
   * @param rules the rules; default: approved potential change orders, NPC when the title starts
   *     with "NPC"
   * @return the copy
   */
  public ApprovedChangeOrderFlow withRules(ChangeOrderRules rules) {
    return new ApprovedChangeOrderFlow(
        bc, procore, state, clock, Objects.requireNonNull(rules, "rules"), classes, windowSize);
  }

  /**
   * Returns a copy with other Project Class names.
   *
   * @param classes the class names
   * @return the copy
   */
  public ApprovedChangeOrderFlow withProjectClasses(ProjectClasses classes) {
    return new ApprovedChangeOrderFlow(
        bc, procore, state, clock, rules, Objects.requireNonNull(classes, "classes"), windowSize);
  }

  /**
   * Returns a copy that writes windows of another size.
   *
   * @param windowSize 1 to 1,000 change orders per window
   * @return the copy
   * @throws IllegalArgumentException when out of range
   */
  public ApprovedChangeOrderFlow withWindowSize(int windowSize) {
    return new ApprovedChangeOrderFlow(
        bc, procore, state, clock, rules, classes, Flows.windowSize(windowSize));
  }

  /**
   * Reads the change orders of every linked project changed since the last run and writes them;
   * each project's cursor then moves to the newest change read (held at the oldest change order
   * that FAILED or was SKIPPED for a reason Business Central can lift, so a rerun sees it again).
   *
   * @param options dry run, progress, cancellation, resume
   * @return the report: every change order read has exactly one outcome
   */
  public SyncReport run(RunOptions options) {
    Objects.requireNonNull(options, "options");
    List<BcProject> projects = ChangeOrderRuns.projects(bc);
    Map<Long, BcProject> masters = ChangeOrderRuns.masters(projects);
    ChangeOrderRuns.Incremental read =
        new ChangeOrderRuns.Incremental(procore, state, NAME, masters.keySet());
    SyncReport report = run(read, masters, options);
    read.advance(report);
    return report;
  }

  /**
   * Syncs the one change order a Procore webhook event names (accept it through core's {@code
   * WebhookInbox} first). The cursor does not move: the next poll reads the change order again and
   * finds it UNCHANGED.
   *
   * @param event the event; a delete, or a change order Procore no longer has, reads nothing
   * @param options dry run, progress, cancellation
   * @return the report: one outcome, or none when there was nothing to read
   * @throws IllegalArgumentException when the event names no numeric resource id or no project
   */
  public SyncReport runForEvent(WebhookEvent event, RunOptions options) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(options, "options");
    Optional<ChangeOrderSource> one = ChangeOrderRuns.fetch(procore, event);
    return run(one.map(List::of).orElse(List.of()), options);
  }

  /**
   * Writes the given change orders (no cursor is read or moved).
   *
   * @param changeOrders the change orders with their Procore projects
   * @param options dry run, progress, cancellation, resume
   * @return the report: every change order has exactly one outcome
   */
  public SyncReport run(Iterable<ChangeOrderSource> changeOrders, RunOptions options) {
    Objects.requireNonNull(changeOrders, "changeOrders");
    Objects.requireNonNull(options, "options");
    return run(changeOrders, ChangeOrderRuns.masters(ChangeOrderRuns.projects(bc)), options);
  }

  private SyncReport run(
      Iterable<ChangeOrderSource> changeOrders, Map<Long, BcProject> masters, RunOptions options) {
    ChangeOrderClassifier classifier = ChangeOrderClassifier.of(rules);
    Map<String, BcProject> byNumber = new ConcurrentHashMap<>();
    masters.values().forEach(p -> byNumber.put(p.number(), p));
    Supplier<Map<Long, BcJobTask>> tasks = memo(this::tasksByCostCode);
    RecordMapper<ChangeOrderSource, ChangeOrderDraft> mapper =
        (s, context) -> {
          String key = s.key();
          ChangeOrderClassification c = classifier.classify(BcChangeOrderRules.facts(s));
          Validated<ChangeOrderDraft> head =
              BcChangeOrderRules.regular(
                  s, c, masters, classes, List.of(), Map.of(), clock.instant());
          if (!head.isValid()) {
            return Mapped.decided(key, RecordOutcome.skipped(key, head.violations()));
          }
          if (context.targetIdOf(key).isPresent()) {
            // created once: only the header's fields are compared; a project still in the base
            // class is written again so that its class moves
            BcProject p = byNumber.get(head.value().jobNo());
            boolean base = p != null && classes.base().equals(p.projectClass().orElse("").trim());
            return base ? Mapped.upsertChanged(head.value()) : Mapped.upsert(head.value());
          }
          List<PotentialChangeOrderLineItem> lines = new ArrayList<>();
          procore
              .changeManagement()
              .listPotentialChangeOrderLineItems(s.projectId(), s.changeOrder().id())
              .forEach(lines::add);
          Validated<ChangeOrderDraft> d =
              BcChangeOrderRules.regular(
                  s, c, masters, classes, lines, tasks.get(), clock.instant());
          if (!d.isValid()) {
            return Mapped.decided(key, RecordOutcome.skipped(key, d.violations()));
          }
          return Mapped.upsert(d.value());
        };
    return UpsertTemplate.of(NAME, new Target(bc, byNumber, classes, windowSize), clock)
        .run("company:" + procore.companyId(), changeOrders, mapper, options);
  }

  private Map<Long, BcJobTask> tasksByCostCode() {
    Map<Long, BcJobTask> tasks = new HashMap<>();
    for (BcJobTask t : bc.list(BcEntitySet.JOB_TASKS, ODataQuery.all())) {
      t.procoreCostCodeId().filter(id -> id > 0).ifPresent(id -> tasks.put(id, t));
    }
    return tasks;
  }

  static <T> Supplier<T> memo(Supplier<T> supplier) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = supplier.get();
        }
        return value;
      }
    };
  }

  private static String amount(Optional<BigDecimal> amount) {
    return amount.map(a -> a.stripTrailingZeros().toPlainString()).orElse("0");
  }

  static final FieldDigest<BcChangeOrder, ChangeOrderDraft> DIGEST =
      FieldDigest.of(
          List.of(
              h -> h.title().filter(t -> !t.isEmpty()),
              h -> h.description().filter(t -> !t.isEmpty()),
              h -> Optional.of(amount(h.amount())),
              h -> h.procoreChangeOrderNumber().filter(t -> !t.isEmpty())),
          List.of(
              d -> d.header().title().filter(t -> !t.isEmpty()),
              d -> d.header().description().filter(t -> !t.isEmpty()),
              d -> Optional.of(amount(d.header().amount())),
              d -> d.header().procoreChangeOrderNumber().filter(t -> !t.isEmpty())));

  private static final class Target implements UpsertTarget<BcChangeOrder, ChangeOrderDraft> {
    private final BcClient bc;
    private final Map<String, BcProject> projects;
    private final ProjectClasses classes;
    private final int windowSize;
    private final Map<String, BcChangeOrder> held = new ConcurrentHashMap<>();

    Target(BcClient bc, Map<String, BcProject> projects, ProjectClasses classes, int windowSize) {
      this.bc = bc;
      this.projects = projects;
      this.classes = classes;
      this.windowSize = windowSize;
    }

    @Override
    public String noun() {
      return "change order";
    }

    @Override
    public Iterable<BcChangeOrder> existing() {
      List<BcChangeOrder> all = new ArrayList<>();
      for (BcChangeOrder h : bc.list(BcEntitySet.CHANGE_ORDERS, ODataQuery.all())) {
        if (h.procoreChangeOrderId().orElse(0L) > 0) {
          all.add(h);
          held.put(BcChangeOrderRules.key(h.procoreChangeOrderId().get()), h);
        }
      }
      return all;
    }

    @Override
    public Optional<String> existingKey(BcChangeOrder existing) {
      return existing.procoreChangeOrderId().filter(id -> id > 0).map(BcChangeOrderRules::key);
    }

    @Override
    public Optional<String> existingId(BcChangeOrder existing) {
      return existing.id();
    }

    @Override
    public Optional<String> updateKey(ChangeOrderDraft update) {
      return Optional.of(update.key());
    }

    @Override
    public FieldDigest<BcChangeOrder, ChangeOrderDraft> digest() {
      return DIGEST;
    }

    @Override
    public ChangeOrderDraft withTargetId(ChangeOrderDraft update, String targetId) {
      return update.withId(targetId);
    }

    @Override
    public int windowSize() {
      return windowSize;
    }

    @Override
    public Map<String, ItemResult> write(List<PlannedWrite<ChangeOrderDraft>> window) {
      List<ODataBatchOperation> ops = new ArrayList<>();
      Map<String, PlannedWrite<ChangeOrderDraft>> byKey = new LinkedHashMap<>();
      for (PlannedWrite<ChangeOrderDraft> w : window) {
        byKey.put(w.key(), w);
        ChangeOrderDraft d = w.body();
        BcChangeOrder old = held.get(w.key());
        if (w.kind() == PlannedWrite.Kind.CREATE || old == null) {
          ObjectNode body = bc.toWire(BcEntitySet.CHANGE_ORDERS, d.header());
          ArrayNode lines = body.putArray("changeOrderLines");
          for (BcChangeOrderLine l : d.lines()) {
            lines.add(bc.toWire(BcEntitySet.CHANGE_ORDER_LINES, l));
          }
          ops.add(bc.createOperation(HEADER_WRITES, w.key(), body));
        } else {
          ops.add(
              bc.updateOperation(
                  BcEntitySet.CHANGE_ORDERS,
                  w.key(),
                  old.id().orElseThrow(),
                  old.etag().orElse("*"),
                  patch(d.header())));
        }
      }
      Map<String, ItemResult> answers = new HashMap<>();
      BatchResult<ODataBatchResult> result = bc.batch(BcApi.CUSTOM, ops);
      for (ODataBatchResult r : result.values()) {
        String id = r.body().map(b -> b.path("id").asText("")).orElse("");
        BcChangeOrder old = held.get(r.id());
        answers.put(
            r.id(),
            ItemResult.written(id.isEmpty() ? old == null ? null : old.id().orElse(null) : id));
        r.body().ifPresent(b -> remember(r.id(), b));
      }
      for (BatchItemFailure f : result.failures()) {
        answers.put(f.key(), failure(f, byKey.get(f.key())));
      }
      Set<String> jobs = new HashSet<>();
      for (Map.Entry<String, ItemResult> a : answers.entrySet()) {
        if (a.getValue().kind() == ItemResult.Kind.WRITTEN) {
          jobs.add(byKey.get(a.getKey()).body().jobNo());
        }
      }
      promote(jobs, byKey, answers);
      return answers;
    }

    private void remember(String key, JsonNode body) {
      try {
        held.put(key, bc.fromWire(BcEntitySet.CHANGE_ORDERS, body));
      } catch (RuntimeException e) {
        // an answer without the record: the next write reads it again
      }
    }

    private static BcChangeOrder patch(BcChangeOrder header) {
      BcChangeOrder.Builder b = BcChangeOrder.builder().jobNo(header.jobNo());
      header.title().ifPresent(b::title);
      header.description().ifPresent(b::description);
      header.amount().ifPresent(b::amount);
      header.procoreChangeOrderNumber().ifPresent(b::procoreChangeOrderNumber);
      return b.build();
    }

    private ItemResult failure(BatchItemFailure f, PlannedWrite<ChangeOrderDraft> w) {
      int status = f.status().orElse(0);
      String code = f.serviceErrorCode().orElse("");
      BcChangeOrder old = held.get(f.key());
      if ((status == 409 || status == 412) && old != null && old.id().isPresent()) {
        try {
          BcChangeOrder stored =
              bc.update(
                  BcEntitySet.CHANGE_ORDERS,
                  old.id().get(),
                  old.etag().orElse("*"),
                  old,
                  fresh -> patch(w.body().header()));
          held.put(f.key(), stored);
          return ItemResult.written(old.id().get());
        } catch (BcServiceException e) {
          return ItemResult.failed(e.code().orElse("BcServiceException"), e.getMessage());
        }
      }
      if ("Internal_EntityWithSameKeyExists".equals(code)) {
        // another run created it first: the template looks it up
        return ItemResult.unknown(code, f.message());
      }
      if (status >= 400 && status < 500 && status != 408 && status != 429) {
        return ItemResult.failed(code.isEmpty() ? "BcRefused" : code, f.message());
      }
      return ItemResult.unknown(code.isEmpty() ? "BcBatchFailed" : code, f.message());
    }

    /** Moves the projects of the written change orders out of the base class. */
    private void promote(
        Set<String> jobs,
        Map<String, PlannedWrite<ChangeOrderDraft>> byKey,
        Map<String, ItemResult> answers) {
      List<BcProject> move = new ArrayList<>();
      for (String job : jobs) {
        BcProject p = projects.get(job);
        if (p != null && classes.base().equals(p.projectClass().orElse("").trim())) {
          move.add(p);
        }
      }
      if (move.isEmpty()) {
        return;
      }
      Map<String, String> refused = ChangeOrderRuns.promote(bc, move, classes);
      for (BcProject p : move) {
        if (!refused.containsKey(p.number())) {
          projects.put(p.number(), p.toBuilder().projectClass(classes.withChangeOrder()).build());
        }
      }
      for (Map.Entry<String, PlannedWrite<ChangeOrderDraft>> e : byKey.entrySet()) {
        String why = refused.get(e.getValue().body().jobNo());
        if (why != null && answers.get(e.getKey()).kind() == ItemResult.Kind.WRITTEN) {
          answers.put(e.getKey(), ChangeOrderRuns.classFailed(e.getValue().body().jobNo(), why));
        }
      }
    }

    @Override
    public Map<String, BcChangeOrder> lookup(Collection<String> keys) {
      Set<String> wanted = new HashSet<>(keys);
      Map<String, BcChangeOrder> found = new HashMap<>();
      for (BcChangeOrder h : existing()) {
        String k = BcChangeOrderRules.key(h.procoreChangeOrderId().orElse(0L));
        if (wanted.contains(k)) {
          found.put(k, h);
        }
      }
      return found;
    }

    @Override
    public String toString() {
      return "change orders of Business Central company " + bc.companyId();
    }
  }

  @Override
  public String toString() {
    return "ApprovedChangeOrderFlow{company=" + procore.companyId() + "}";
  }
}
