package dev.procoresync.bc.flow;

import dev.procoresync.bc.mapping.DirectCostDraft;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.flow.FieldDigest;
import dev.procoresync.core.flow.ItemResult;
import dev.procoresync.core.flow.PlannedWrite;
import dev.procoresync.core.flow.UpsertTarget;
import dev.procoresync.core.model.DirectCostLineItemUpdate;
import dev.procoresync.core.model.Requisition;
import dev.procoresync.core.model.RequisitionUpdate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Posted purchase invoices as Procore subcontractor invoices (requisitions) on their commitments
 * ({@link PurchaseInvoiceTarget#REQUISITION}): one create (made safe by its {@code origin_id}) or
 * update per invoice, as Procore has no requisition {@code sync}.
 */
final class RequisitionTarget
    implements UpsertTarget<RequisitionTarget.Held, RequisitionTarget.Draft> {

  /** A requisition as read, with its project. */
  record Held(long projectId, Requisition requisition) {}

  /**
   * A requisition to write.
   *
   * @param projectId the Procore project
   * @param commitmentId the commitment invoiced
   * @param body the attributes, {@code origin_id} included
   * @param id Procore's id, for an update
   */
  record Draft(long projectId, long commitmentId, RequisitionUpdate body, Optional<Long> id) {

    /**
     * Makes a requisition of a mapped invoice: the direct cost's invoice number, date and key, with
     * its description, total and lines in {@code origin_data}.
     */
    static Draft of(DirectCostDraft cost, long commitmentId) {
      StringBuilder lines = new StringBuilder();
      for (DirectCostLineItemUpdate l : cost.lines()) {
        lines
            .append(lines.length() == 0 ? "" : ", ")
            .append(l.originId().map(o -> o.substring(o.lastIndexOf(':') + 1)).orElse("?"))
            .append(' ')
            .append(l.amount().orElse(BigDecimal.ZERO).toPlainString());
      }
      String data =
          cost.header().originData().orElse("")
              + " / total "
              + cost.total().toPlainString()
              + " / lines "
              + lines;
      RequisitionUpdate body =
          RequisitionUpdate.builder()
              .originId(cost.header().originId())
              .originData(data)
              .invoiceNumber(cost.header().invoiceNumber())
              .billingDate(cost.header().directCostDate())
              .build();
      return new Draft(cost.projectId(), commitmentId, body, Optional.empty());
    }

    Draft withId(long id) {
      return new Draft(projectId, commitmentId, body, Optional.of(id));
    }
  }

  static final FieldDigest<Held, Draft> DIGEST =
      FieldDigest.of(
          List.of(
              h -> Optional.of(h.projectId()),
              h -> h.requisition().commitmentId(),
              h -> h.requisition().invoiceNumber(),
              h -> h.requisition().billingDate(),
              h -> h.requisition().originData()),
          List.of(
              d -> Optional.of(d.projectId()),
              d -> Optional.of(d.commitmentId()),
              d -> d.body().invoiceNumber(),
              d -> d.body().billingDate(),
              d -> d.body().originData()));

  private final CompanyClient procore;
  private final Supplier<Collection<Long>> projects;
  private final int windowSize;

  RequisitionTarget(CompanyClient procore, Supplier<Collection<Long>> projects, int windowSize) {
    this.procore = procore;
    this.projects = projects;
    this.windowSize = windowSize;
  }

  @Override
  public String noun() {
    return "requisition";
  }

  @Override
  public Iterable<Held> existing() {
    List<Held> held = new ArrayList<>();
    for (long project : projects.get()) {
      for (Requisition r : procore.requisitions().list(project)) {
        if (r.originId().isPresent()) {
          held.add(new Held(project, r));
        }
      }
    }
    return held;
  }

  @Override
  public Optional<String> existingKey(Held existing) {
    return existing.requisition().originId();
  }

  @Override
  public Optional<String> existingId(Held existing) {
    return Optional.of(String.valueOf(existing.requisition().id()));
  }

  @Override
  public Optional<String> updateKey(Draft update) {
    return update.body().originId();
  }

  @Override
  public FieldDigest<Held, Draft> digest() {
    return DIGEST;
  }

  @Override
  public Draft withTargetId(Draft update, String targetId) {
    return update.withId(Long.parseLong(targetId));
  }

  @Override
  public int windowSize() {
    return windowSize;
  }

  @Override
  public Map<String, ItemResult> write(List<PlannedWrite<Draft>> window) {
    Map<String, ItemResult> answers = new HashMap<>();
    for (PlannedWrite<Draft> w : window) {
      Draft d = w.body();
      try {
        Requisition written =
            d.id().isPresent()
                ? procore.requisitions().update(d.projectId(), d.id().get(), d.body())
                : procore.requisitions().create(d.projectId(), d.commitmentId(), d.body());
        answers.put(w.key(), ItemResult.written(String.valueOf(written.id())));
      } catch (RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        answers.put(
            w.key(),
            UpsertTarget.refusedForSure(e)
                ? ItemResult.failed(e.getClass().getSimpleName(), message)
                : ItemResult.unknown(e.getClass().getName(), message));
      }
    }
    return answers;
  }

  @Override
  public Map<String, Held> lookup(Collection<String> keys) {
    Set<String> wanted = new HashSet<>(keys);
    Map<String, Held> found = new HashMap<>();
    for (Held h : existing()) {
      h.requisition().originId().filter(wanted::contains).ifPresent(k -> found.put(k, h));
    }
    return found;
  }

  @Override
  public String toString() {
    return "requisitions of " + procore.companyId();
  }
}
