package dev.procoresync.bc.flow;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.bc.client.BcApi;
import dev.procoresync.bc.client.BcClient;
import dev.procoresync.bc.client.BcEntitySet;
import dev.procoresync.bc.client.ODataQuery;
import dev.procoresync.bc.mapping.BcChangeOrderRules;
import dev.procoresync.bc.mapping.ChangeOrderSource;
import dev.procoresync.bc.mapping.ProjectClasses;
import dev.procoresync.bc.model.BcProject;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ListOptions;
import dev.procoresync.core.error.ProcoreNotFoundException;
import dev.procoresync.core.flow.ItemResult;
import dev.procoresync.core.http.BatchItemFailure;
import dev.procoresync.core.http.BatchResult;
import dev.procoresync.core.http.ODataBatchOperation;
import dev.procoresync.core.http.ODataBatchResult;
import dev.procoresync.core.mapping.changeorder.ChangeOrderKind;
import dev.procoresync.core.mapping.changeorder.ChangeOrderRules;
import dev.procoresync.core.mapping.changeorder.NpcRule;
import dev.procoresync.core.model.PotentialChangeOrder;
import dev.procoresync.core.state.SyncStateStore;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.core.webhook.WebhookAction;
import dev.procoresync.core.webhook.WebhookEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the two change-order flows share: reading (incremental or one event) and project classes.
 */
final class ChangeOrderRuns {
  /** Skips that a change in Business Central can lift: the cursor does not move past them. */
  static final Set<String> RETRYABLE_SKIPS =
      Set.of(
          BcChangeOrderRules.PROJECT_NOT_LINKED,
          BcChangeOrderRules.PROJECT_CLASS,
          BcChangeOrderRules.COST_CODE_NOT_MAPPED,
          BcChangeOrderRules.NO_CUSTOMER);

  /** Projects written with only the class field. */
  static final BcEntitySet<ObjectNode> PROJECT_WRITES =
      BcEntitySet.custom("projects", ObjectNode.class, List.of());

  private ChangeOrderRuns() {}

  /** The classifier rules both flows use by default (docs/decisions/0220). */
  static ChangeOrderRules defaultRules() {
    return ChangeOrderRules.defaults()
        .withEligibleKinds(Set.of(ChangeOrderKind.POTENTIAL_CHANGE_ORDER))
        .withNpcRule(NpcRule.titlePrefix("NPC"));
  }

  /** Business Central projects by Procore project id; NPC projects (their own id set) left out. */
  static Map<Long, BcProject> masters(Iterable<BcProject> projects) {
    Map<Long, BcProject> masters = new HashMap<>();
    for (BcProject p : projects) {
      if (p.npcChangeOrderId().orElse(0L) > 0) {
        continue;
      }
      p.procoreProjectId().filter(id -> id > 0).ifPresent(id -> masters.putIfAbsent(id, p));
    }
    return masters;
  }

  /** The one change order a webhook event names, or empty when there is nothing to read. */
  static Optional<ChangeOrderSource> fetch(CompanyClient procore, WebhookEvent event) {
    if (event.action() == WebhookAction.DELETE) {
      return Optional.empty();
    }
    long id =
        event
            .resourceIdAsLong()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "event " + event.id() + " names no numeric resource id"));
    long project =
        event
            .projectId()
            .map(ChangeOrderRuns::number)
            .orElseThrow(
                () -> new IllegalArgumentException("event " + event.id() + " names no project"));
    try {
      PotentialChangeOrder co = procore.changeManagement().getPotentialChangeOrder(project, id);
      return Optional.of(new ChangeOrderSource(project, co));
    } catch (ProcoreNotFoundException gone) {
      return Optional.empty();
    }
  }

  private static long number(String id) {
    try {
      return Long.parseLong(id.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("project id '" + id + "' is not a number", e);
    }
  }

  /** Reads the change orders of linked projects changed since each project's cursor. */
  static final class Incremental implements Iterable<ChangeOrderSource> {
    private final CompanyClient procore;
    private final SyncStateStore state;
    private final String flow;
    private final List<Long> projects;
    private final Map<String, Long> projectOf = new ConcurrentHashMap<>();
    private final Map<String, Instant> updatedAt = new ConcurrentHashMap<>();
    private final Set<Long> read = ConcurrentHashMap.newKeySet();

    Incremental(CompanyClient procore, SyncStateStore state, String flow, Collection<Long> ids) {
      this.procore = procore;
      this.state = state;
      this.flow = flow;
      this.projects = ids.stream().sorted().toList();
    }

    static String scope(long project) {
      return "project:" + project;
    }

    @Override
    public Iterator<ChangeOrderSource> iterator() {
      return new Iterator<>() {
        private int next;
        private long project;
        private Iterator<PotentialChangeOrder> page = List.<PotentialChangeOrder>of().iterator();

        @Override
        public boolean hasNext() {
          while (!page.hasNext()) {
            if (next >= projects.size()) {
              return false;
            }
            project = projects.get(next++);
            ListOptions options =
                state
                    .cursor(flow, scope(project))
                    .map(c -> ListOptions.none().withFilter("updated_at", c + "..."))
                    .orElse(ListOptions.none());
            page =
                procore.changeManagement().listPotentialChangeOrders(project, options).iterator();
            read.add(project);
          }
          return true;
        }

        @Override
        public ChangeOrderSource next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          PotentialChangeOrder co = page.next();
          ChangeOrderSource s = new ChangeOrderSource(project, co);
          projectOf.put(s.key(), project);
          co.updatedAt().ifPresent(u -> updatedAt.put(s.key(), u));
          return s;
        }
      };
    }

    /**
     * Moves each project's cursor to the newest change read, or holds it at the oldest record a
     * rerun must see again (FAILED, or SKIPPED for a reason Business Central can lift).
     */
    void advance(SyncReport report) {
      if (report.dryRun()
          || report.status() != SyncReport.Status.COMPLETED
          || report.omittedFailures() > 0
          || report.omittedSkips() > 0) {
        return;
      }
      Set<String> held = new HashSet<>();
      report.failures().forEach(f -> held.add(f.key()));
      for (RecordOutcome s : report.skips()) {
        if (s.violations().stream().anyMatch(v -> RETRYABLE_SKIPS.contains(v.code()))) {
          held.add(s.key());
        }
      }
      Map<Long, Instant> newest = new HashMap<>();
      Map<Long, Instant> oldestHeld = new HashMap<>();
      for (Map.Entry<String, Instant> e : updatedAt.entrySet()) {
        long p = projectOf.get(e.getKey());
        newest.merge(p, e.getValue(), (a, b) -> a.isAfter(b) ? a : b);
        if (held.contains(e.getKey())) {
          oldestHeld.merge(p, e.getValue(), (a, b) -> a.isBefore(b) ? a : b);
        }
      }
      for (long p : read) {
        Instant to = oldestHeld.getOrDefault(p, newest.get(p));
        if (to != null) {
          state.putCursor(flow, scope(p), to);
        }
      }
    }
  }

  /**
   * Moves the given projects from the base class to the changed class ({@code $batch}, {@code
   * If-Match}; a stale ETag re-reads the project and writes only while it is still in the base
   * class).
   *
   * @return the projects (by No.) that could not be moved, with the reason
   */
  static Map<String, String> promote(
      BcClient bc, Collection<BcProject> projects, ProjectClasses classes) {
    List<ODataBatchOperation> ops = new ArrayList<>();
    Map<String, BcProject> byNumber = new HashMap<>();
    for (BcProject p : projects) {
      if (!classes.base().equals(p.projectClass().orElse("").trim())
          || p.id().isEmpty()
          || p.etag().isEmpty()) {
        continue;
      }
      byNumber.put(p.number(), p);
      ops.add(
          bc.updateOperation(
              PROJECT_WRITES,
              p.number(),
              p.id().get(),
              p.etag().get(),
              JsonNodeFactory.instance
                  .objectNode()
                  .put("projectClass", classes.withChangeOrder())));
    }
    Map<String, String> refused = new HashMap<>();
    if (ops.isEmpty()) {
      return refused;
    }
    BatchResult<ODataBatchResult> result = bc.batch(BcApi.CUSTOM, ops);
    for (BatchItemFailure f : result.failures()) {
      BcProject p = byNumber.get(f.key());
      int status = f.status().orElse(0);
      if (status != 409 && status != 412) {
        refused.put(f.key(), f.message());
        continue;
      }
      try {
        Optional<BcProject> fresh = bc.get(BcEntitySet.PROJECTS, p.id().orElseThrow());
        if (fresh.isPresent()
            && classes.base().equals(fresh.get().projectClass().orElse("").trim())) {
          bc.update(
              BcEntitySet.PROJECTS,
              p.id().orElseThrow(),
              bc.etagOf(BcEntitySet.PROJECTS, fresh.get()),
              fresh.get(),
              x ->
                  BcProject.builder()
                      .number(x.number())
                      .projectClass(classes.withChangeOrder())
                      .build());
        }
      } catch (RuntimeException e) {
        refused.put(f.key(), e.getMessage() == null ? e.toString() : e.getMessage());
      }
    }
    return refused;
  }

  /** A failed item for a record written whose project class could not be moved. */
  static ItemResult classFailed(String jobNo, String why) {
    return ItemResult.failed(
        "BcProjectClassFailed",
        "written, but the Project Class of " + jobNo + " could not be updated: " + why);
  }

  /** Reads all projects once. */
  static List<BcProject> projects(BcClient bc) {
    List<BcProject> all = new ArrayList<>();
    bc.list(BcEntitySet.PROJECTS, ODataQuery.all()).forEach(all::add);
    return all;
  }
}
