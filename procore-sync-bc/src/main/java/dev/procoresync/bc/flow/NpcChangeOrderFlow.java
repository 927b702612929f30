package dev.procoresync.bc.flow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.procoresync.bc.client.BcApi;
import dev.procoresync.bc.client.BcClient;
import dev.procoresync.bc.client.BcEntitySet;
import dev.procoresync.bc.client.BcServiceException;
import dev.procoresync.bc.mapping.BcChangeOrderRules;
import dev.procoresync.bc.mapping.ChangeOrderSource;
import dev.procoresync.bc.mapping.NpcProjectDraft;
import dev.procoresync.bc.mapping.ProjectClasses;
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
import dev.procoresync.core.mapping.changeorder.ChangeOrderClassifier;
import dev.procoresync.core.mapping.changeorder.ChangeOrderRules;
import dev.procoresync.core.state.SyncStateStore;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.core.validation.Validated;
import dev.procoresync.core.webhook.WebhookEvent;
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

/**
 * Flow 6 of the guide, "NPC Change Order" (Procore -> Business Central): each approved NPC change
 * order of a linked project creates one new Business Central project linked to its parent: name
 * from the title, "Description 2" from the description, the parent's customer, "Sub-Level to
 * Project No." = the parent's No., the Procore project id, the NPC change order id, class "NPC
 * Change Order"; the parent moves from "Base Project" to "Project with Change Order".
 *
 * <p>Never twice for one change order, also when two runs overlap: the new project's {@code
 * npcChangeOrderId} is a unique key of the projects page (custom-api-contract), so the second of
 * two concurrent creates is refused with {@code Internal_EntityWithSameKeyExists} and the flow
 * looks the project up instead of failing or creating again (docs/decisions/0222). Reads are
 * incremental and webhook-driven as in {@link ApprovedChangeOrderFlow}; which change orders are NPC
 * is the classifier's {@link dev.procoresync.core.mapping.changeorder.NpcRule} (default: the title
 * starts with "NPC", docs/decisions/0220).
 *
 * <pre>{@code
 * NpcChangeOrderFlow flow =
 *     NpcChangeOrderFlow.create(bc, procore.forCompany(7), stateStore, Clock.systemUTC());
 * SyncReport report = flow.run(RunOptions.defaults());
 * }</pre>
 */
public final class NpcChangeOrderFlow {
  /** The flow's name in reports and cursors. */
  public static final String NAME = "bc-npc-change-orders";

  private final BcClient bc;
  private final CompanyClient procore;
  private final SyncStateStore state;
  private final Clock clock;
  private final ChangeOrderRules rules;
  private final ProjectClasses classes;
  private final int windowSize;

  private NpcChangeOrderFlow(
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
   * @param clock stamps the reports
   * @return the flow
   * @throws NullPointerException when an argument is null
   */
  public static NpcChangeOrderFlow create(
      BcClient bc, CompanyClient procore, SyncStateStore state, Clock clock) {
    return new NpcChangeOrderFlow(
        Objects.requireNonNull(bc, "bc"),
        Objects.requireNonNull(procore, "procore"),
        Objects.requireNonNull(state, "state"),
        Objects.requireNonNull(clock, "clock"),
        ChangeOrderRuns.defaultRules(),
        ProjectClasses.defaults(),
        UpsertTarget.DEFAULT_WINDOW_SIZE);
  }

  /**
   * Returns a copy with other classifier rules (give {@link ApprovedChangeOrderFlow} the same).
   *
   * @param rules the rules
   * @return the copy
   */
  public NpcChangeOrderFlow withRules(ChangeOrderRules rules) {
    return new NpcChangeOrderFlow(
        bc, procore, state, clock, Objects.requireNonNull(rules, "rules"), classes, windowSize);
  }

  /**
   * Returns a copy with other Project Class names.
   *
   * @param classes the class names
   * @return the copy
   */
  public NpcChangeOrderFlow withProjectClasses(ProjectClasses classes) {
    return new NpcChangeOrderFlow(
        bc, procore, state, clock, rules, Objects.requireNonNull(classes, "classes"), windowSize);
  }

  /**
   * Returns a copy that writes windows of another size.
   *
   * @param windowSize 1 to 1,000 change orders per window
   * @return the copy
   * @throws IllegalArgumentException when out of range
   */
  public NpcChangeOrderFlow withWindowSize(int windowSize) {
    return new NpcChangeOrderFlow(
        bc, procore, state, clock, rules, classes, Flows.windowSize(windowSize));
  }

  /**
   * Reads the change orders of every linked project changed since the last run and writes the NPC
   * ones (cursor as in {@link ApprovedChangeOrderFlow#run(RunOptions)}).
   *
   * @param options dry run, progress, cancellation, resume
   * @return the report: every change order read has exactly one outcome
   */
  public SyncReport run(RunOptions options) {
    Objects.requireNonNull(options, "options");
    Map<Long, BcProject> masters = ChangeOrderRuns.masters(ChangeOrderRuns.projects(bc));
    ChangeOrderRuns.Incremental read =
        new ChangeOrderRuns.Incremental(procore, state, NAME, masters.keySet());
    SyncReport report = run(read, masters, options);
    read.advance(report);
    return report;
  }

  /**
   * Syncs the one change order a Procore webhook event names (cursor untouched).
   *
   * @param event the event; a delete, or a change order Procore no longer has, reads nothing
   * @param options dry run, progress, cancellation
   * @return the report: one outcome, or none when there was nothing to read
   * @throws IllegalArgumentException when the event names no numeric resource id or no project
   */
  public SyncReport runForEvent(WebhookEvent event, RunOptions options) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(options, "options");
    return run(ChangeOrderRuns.fetch(procore, event).map(List::of).orElse(List.of()), options);
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
    Map<String, BcProject> parents = new ConcurrentHashMap<>();
    masters.values().forEach(p -> parents.put(p.number(), p));
    RecordMapper<ChangeOrderSource, NpcProjectDraft> mapper =
        (s, context) -> {
          String key = s.key();
          Validated<NpcProjectDraft> d =
              BcChangeOrderRules.npc(
                  s, classifier.classify(BcChangeOrderRules.facts(s)), masters, classes);
          if (!d.isValid()) {
            return Mapped.decided(key, RecordOutcome.skipped(key, d.violations()));
          }
          BcProject parent = parents.get(d.value().parentNumber());
          boolean base =
              parent != null && classes.base().equals(parent.projectClass().orElse("").trim());
          return context.targetIdOf(key).isPresent() && base
              ? Mapped.upsertChanged(d.value())
              : Mapped.upsert(d.value());
        };
    return UpsertTemplate.of(NAME, new Target(bc, parents, classes, windowSize), clock)
        .run("company:" + procore.companyId(), changeOrders, mapper, options);
  }

  static final FieldDigest<BcProject, NpcProjectDraft> DIGEST =
      FieldDigest.of(
          List.of(
              p -> p.displayName().filter(t -> !t.isEmpty()),
              p -> p.description2().filter(t -> !t.isEmpty())),
          List.of(
              d -> d.project().displayName().filter(t -> !t.isEmpty()),
              d -> d.project().description2().filter(t -> !t.isEmpty())));

  private static final class Target implements UpsertTarget<BcProject, NpcProjectDraft> {
    private final BcClient bc;
    private final Map<String, BcProject> parents;
    private final ProjectClasses classes;
    private final int windowSize;
    private final Map<String, BcProject> held = new ConcurrentHashMap<>();

    Target(BcClient bc, Map<String, BcProject> parents, ProjectClasses classes, int windowSize) {
      this.bc = bc;
      this.parents = parents;
      this.classes = classes;
      this.windowSize = windowSize;
    }

    @Override
    public String noun() {
      return "NPC project";
    }

    @Override
    public Iterable<BcProject> existing() {
      List<BcProject> all = new ArrayList<>();
      for (BcProject p : ChangeOrderRuns.projects(bc)) {
        if (p.npcChangeOrderId().orElse(0L) > 0) {
          all.add(p);
          held.put(BcChangeOrderRules.key(p.npcChangeOrderId().get()), p);
        }
      }
      return all;
    }

    @Override
    public Optional<String> existingKey(BcProject existing) {
      return existing.npcChangeOrderId().filter(id -> id > 0).map(BcChangeOrderRules::key);
    }

    @Override
    public Optional<String> existingId(BcProject existing) {
      return existing.id();
    }

    @Override
    public Optional<String> updateKey(NpcProjectDraft update) {
      return Optional.of(update.key());
    }

    @Override
    public FieldDigest<BcProject, NpcProjectDraft> digest() {
      return DIGEST;
    }

    @Override
    public NpcProjectDraft withTargetId(NpcProjectDraft update, String targetId) {
      return update.withId(targetId);
    }

    @Override
    public int windowSize() {
      return windowSize;
    }

    @Override
    public Map<String, ItemResult> write(List<PlannedWrite<NpcProjectDraft>> window) {
      List<ODataBatchOperation> ops = new ArrayList<>();
      Map<String, PlannedWrite<NpcProjectDraft>> byKey = new LinkedHashMap<>();
      for (PlannedWrite<NpcProjectDraft> w : window) {
        byKey.put(w.key(), w);
        BcProject old = held.get(w.key());
        if (w.kind() == PlannedWrite.Kind.CREATE || old == null) {
          ops.add(bc.createOperation(BcEntitySet.PROJECTS, w.key(), w.body().project()));
        } else {
          ops.add(
              bc.updateOperation(
                  BcEntitySet.PROJECTS,
                  w.key(),
                  old.id().orElseThrow(),
                  old.etag().orElse("*"),
                  patch(w.body().project())));
        }
      }
      Map<String, ItemResult> answers = new HashMap<>();
      BatchResult<ODataBatchResult> result = bc.batch(BcApi.CUSTOM, ops);
      for (ODataBatchResult r : result.values()) {
        String id = r.body().map(b -> b.path("id").asText("")).orElse("");
        BcProject old = held.get(r.id());
        answers.put(
            r.id(),
            ItemResult.written(id.isEmpty() ? old == null ? null : old.id().orElse(null) : id));
        r.body().ifPresent(b -> remember(r.id(), b));
      }
      for (BatchItemFailure f : result.failures()) {
        answers.put(f.key(), failure(f, byKey.get(f.key())));
      }
      promote(byKey, answers);
      return answers;
    }

    private void remember(String key, JsonNode body) {
      try {
        held.put(key, bc.fromWire(BcEntitySet.PROJECTS, body));
      } catch (RuntimeException e) {
        // an answer without the record: the next write reads it again
      }
    }

    private static BcProject patch(BcProject project) {
      BcProject.Builder b = BcProject.builder().number(project.number());
      project.displayName().ifPresent(b::displayName);
      project.description2().ifPresent(b::description2);
      return b.build();
    }

    private ItemResult failure(BatchItemFailure f, PlannedWrite<NpcProjectDraft> w) {
      int status = f.status().orElse(0);
      String code = f.serviceErrorCode().orElse("");
      BcProject old = held.get(f.key());
      if ((status == 409 || status == 412) && old != null && old.id().isPresent()) {
        try {
          BcProject stored =
              bc.update(
                  BcEntitySet.PROJECTS,
                  old.id().get(),
                  old.etag().orElse("*"),
                  old,
                  fresh -> patch(w.body().project()));
          held.put(f.key(), stored);
          return ItemResult.written(old.id().get());
        } catch (BcServiceException e) {
          return ItemResult.failed(e.code().orElse("BcServiceException"), e.getMessage());
        }
      }
      if ("Internal_EntityWithSameKeyExists".equals(code)) {
        // another run created the project first: the template looks it up, nothing is created
        return ItemResult.unknown(code, f.message());
      }
      if (status >= 400 && status < 500 && status != 408 && status != 429) {
        return ItemResult.failed(code.isEmpty() ? "BcRefused" : code, f.message());
      }
      return ItemResult.unknown(code.isEmpty() ? "BcBatchFailed" : code, f.message());
    }

    /** Moves the parents of the written NPC projects out of the base class. */
    private void promote(
        Map<String, PlannedWrite<NpcProjectDraft>> byKey, Map<String, ItemResult> answers) {
      Map<String, BcProject> move = new LinkedHashMap<>();
      for (Map.Entry<String, ItemResult> a : answers.entrySet()) {
        if (a.getValue().kind() != ItemResult.Kind.FAILED) {
          BcProject p = parents.get(byKey.get(a.getKey()).body().parentNumber());
          if (p != null && classes.base().equals(p.projectClass().orElse("").trim())) {
            move.put(p.number(), p);
          }
        }
      }
      if (move.isEmpty()) {
        return;
      }
      Map<String, String> refused = ChangeOrderRuns.promote(bc, move.values(), classes);
      for (BcProject p : move.values()) {
        if (!refused.containsKey(p.number())) {
          parents.put(p.number(), p.toBuilder().projectClass(classes.withChangeOrder()).build());
        }
      }
      for (Map.Entry<String, PlannedWrite<NpcProjectDraft>> e : byKey.entrySet()) {
        String why = refused.get(e.getValue().body().parentNumber());
        if (why != null && answers.get(e.getKey()).kind() == ItemResult.Kind.WRITTEN) {
          answers.put(
              e.getKey(), ChangeOrderRuns.classFailed(e.getValue().body().parentNumber(), why));
        }
      }
    }

    @Override
    public Map<String, BcProject> lookup(Collection<String> keys) {
      Set<String> wanted = new HashSet<>(keys);
      Map<String, BcProject> found = new HashMap<>();
      for (BcProject p : existing()) {
        String k = BcChangeOrderRules.key(p.npcChangeOrderId().orElse(0L));
        if (wanted.contains(k)) {
          found.put(k, p);
        }
      }
      return found;
    }

    @Override
    public String toString() {
      return "NPC projects of Business Central company " + bc.companyId();
    }
  }

  @Override
  public String toString() {
    return "NpcChangeOrderFlow{company=" + procore.companyId() + "}";
  }
}
