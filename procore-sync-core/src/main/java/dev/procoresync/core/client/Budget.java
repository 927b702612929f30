package dev.procoresync.core.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.internal.BudgetApi;
import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.error.DecodingException;
import dev.procoresync.core.error.ProcoreApiException;
import dev.procoresync.core.error.ProcoreSyncException;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.model.BudgetChange;
import dev.procoresync.core.model.BudgetChangeUpdate;
import dev.procoresync.core.model.BudgetDetailRow;
import dev.procoresync.core.model.BudgetLineItem;
import dev.procoresync.core.model.BudgetLineItemUpdate;
import dev.procoresync.core.model.BudgetModification;
import dev.procoresync.core.model.BudgetModificationUpdate;
import dev.procoresync.core.model.BudgetView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A project's budget: views and their detail rows (the way to list budget lines), budget line items
 * (v1.1 create and update, and the batch {@code POST /rest/v1.0/budget_line_items/sync}), budget
 * changes, and legacy budget modifications.
 *
 * <pre>{@code
 * Budget budget = client.forCompany(42L).budget();
 * for (BudgetView view : budget.listViews(projectId)) {
 *   budget.listDetailRows(projectId, view.id().orElseThrow()).forEach(row -> ...);
 * }
 * }</pre>
 */
public final class Budget {

  /** The most items {@link #syncLineItems} sends in one call (Procore's batch limit). */
  public static final int SYNC_CHUNK = 1000;

  private final Scope scope;
  private final BudgetApi api;

  Budget(Scope scope) {
    this.scope = scope;
    this.api = scope.service(BudgetApi.class);
  }

  /**
   * Lists a project's budget views, lazily.
   *
   * @param projectId the project
   * @return the views
   */
  public PagedIterable<BudgetView> listViews(long projectId) {
    return scope
        .transport()
        .list(
            api.views(projectId, Scope.V1_PAGE_SIZE, ListOptions.none().query()),
            BudgetView.class,
            Envelope.NONE);
  }

  /**
   * Lists the detail rows of a budget view (one per budget line, with the view's columns), lazily.
   *
   * @param projectId the project
   * @param viewId the budget view
   * @return the rows
   */
  public PagedIterable<BudgetDetailRow> listDetailRows(long projectId, long viewId) {
    return listDetailRows(projectId, viewId, ListOptions.none());
  }

  /**
   * Lists the detail rows of a budget view matching the options, lazily.
   *
   * @param projectId the project
   * @param viewId the budget view
   * @param options such as {@code withParam("budget_row_type", "all")}
   * @return the rows
   */
  public PagedIterable<BudgetDetailRow> listDetailRows(
      long projectId, long viewId, ListOptions options) {
    Objects.requireNonNull(options, "options");
    return scope
        .transport()
        .list(
            api.detailRows(
                viewId, projectId, options.perPageOr(Scope.V1_PAGE_SIZE), options.query()),
            BudgetDetailRow.class,
            Envelope.NONE);
  }

  /**
   * Shows a budget line item.
   *
   * @param projectId the project
   * @param id the line
   * @return the line
   * @throws dev.procoresync.core.error.ProcoreNotFoundException when it does not exist
   */
  public BudgetLineItem getLineItem(long projectId, long id) {
    return scope
        .transport()
        .execute(api.lineItem(id, projectId), BudgetLineItem.class, Envelope.NONE);
  }

  /**
   * Creates a budget line item (v1.1). A POST whose outcome is unknown is not sent again: budget
   * lines have no origin id filter to check it by.
   *
   * @param projectId the project
   * @param line the attributes ({@code wbs_code_id} is required)
   * @return the created line
   * @throws IllegalArgumentException when {@code wbs_code_id} is missing
   */
  public BudgetLineItem createLineItem(long projectId, BudgetLineItemUpdate line) {
    Objects.requireNonNull(line, "line");
    if (line.wbsCodeId().isEmpty()) {
      throw new IllegalArgumentException("line.wbsCodeId is required to create a budget line");
    }
    ObjectNode body = scope.object();
    body.put("project_id", projectId);
    body.set("budget_line_item", scope.tree(line));
    return scope.createSafely(
        headers -> api.createLineItem(body, headers), BudgetLineItem.class, null);
  }

  /**
   * Updates a budget line item (v1.1).
   *
   * @param projectId the project
   * @param id the line
   * @param line the attributes to change (only those set are sent)
   * @return the updated line
   */
  public BudgetLineItem updateLineItem(long projectId, long id, BudgetLineItemUpdate line) {
    Objects.requireNonNull(line, "line");
    ObjectNode body = scope.object();
    body.put("project_id", projectId);
    body.set("budget_line_item", scope.tree(line));
    return scope
        .transport()
        .execute(api.updateLineItem(id, body), BudgetLineItem.class, Envelope.NONE);
  }

  /**
   * Creates or updates many budget lines through {@code POST /rest/v1.0/budget_line_items/sync}, in
   * calls of the client's {@code syncChunkSize} lines (at most {@value #SYNC_CHUNK}). Unlike the
   * other sync actions, this one answers a plain array and refuses a call as a whole (422, for
   * instance on a currency mismatch): every line of a refused call ends as a {@link SyncFailure}
   * carrying Procore's error as its cause, and the next calls are still sent, so each line ends
   * stored or failed.
   *
   * @param projectId the project
   * @param lines the lines (each with {@code wbs_code_id}; with {@code id} to update)
   * @return the stored lines, in the order Procore answered them, and the failed ones
   * @throws NullPointerException when {@code lines} or one of its elements is null
   */
  public SyncResult<BudgetLineItem> syncLineItems(
      long projectId, List<BudgetLineItemUpdate> lines) {
    Objects.requireNonNull(lines, "lines");
    for (BudgetLineItemUpdate line : lines) {
      Objects.requireNonNull(line, "lines element");
    }
    JavaType listType =
        scope
            .transport()
            .mapper()
            .getTypeFactory()
            .constructCollectionType(List.class, BudgetLineItem.class);
    int chunk = Math.min(SYNC_CHUNK, scope.syncChunkSize());
    List<BudgetLineItem> stored = new ArrayList<>(lines.size());
    List<SyncFailure> failures = new ArrayList<>();
    int requests = 0;
    for (int from = 0; from < lines.size(); from += chunk) {
      List<BudgetLineItemUpdate> part = lines.subList(from, Math.min(lines.size(), from + chunk));
      ObjectNode body = scope.object();
      body.put("project_id", projectId);
      ArrayNode items = body.putArray("budget_line_items");
      for (BudgetLineItemUpdate line : part) {
        items.add(scope.tree(line));
      }
      requests++;
      try {
        JsonNode answer = scope.transport().execute(api.syncLineItems(body));
        if (!answer.isArray()) {
          throw new DecodingException(
              "procore",
              "budget_line_items/sync answered " + answer.getNodeType() + ", not an array",
              null);
        }
        stored.addAll(scope.transport().mapper().convertValue(answer, listType));
      } catch (ProcoreSyncException e) {
        boolean retryable = e instanceof ProcoreApiException api && api.isRetryable();
        for (BudgetLineItemUpdate line : part) {
          failures.add(new SyncFailure(null, line.id().orElse(null), Map.of(), e, retryable));
        }
      }
    }
    return new SyncResult<>(stored, failures, requests);
  }

  /**
   * Lists a project's budget changes, lazily.
   *
   * @param projectId the project
   * @return the changes
   */
  public PagedIterable<BudgetChange> listChanges(long projectId) {
    return scope
        .transport()
        .list(
            api.changes(projectId, Scope.V1_PAGE_SIZE, ListOptions.none().query()),
            BudgetChange.class,
            Envelope.DATA);
  }

  /**
   * Shows a budget change.
   *
   * @param projectId the project
   * @param id the change
   * @return the change
   */
  public BudgetChange getChange(long projectId, long id) {
    return scope.transport().execute(api.change(projectId, id), BudgetChange.class, Envelope.DATA);
  }

  /**
   * Creates a budget change. A POST whose outcome is unknown is not sent again.
   *
   * @param projectId the project
   * @param change the change ({@code status} is required)
   * @return the created change
   * @throws IllegalArgumentException when {@code status} is missing
   */
  public BudgetChange createChange(long projectId, BudgetChangeUpdate change) {
    Objects.requireNonNull(change, "change");
    if (change.status().isEmpty()) {
      throw new IllegalArgumentException("change.status is required to create a budget change");
    }
    ObjectNode body = scope.tree(change);
    return data(
        () ->
            scope
                .transport()
                .execute(
                    api.createChange(
                        projectId,
                        body,
                        Map.of(Scope.IDEMPOTENCY_HEADER, UUID.randomUUID().toString()))));
  }

  /**
   * Updates a budget change.
   *
   * @param projectId the project
   * @param id the change
   * @param change the attributes to change (only those set are sent)
   * @return the updated change
   */
  public BudgetChange updateChange(long projectId, long id, BudgetChangeUpdate change) {
    Objects.requireNonNull(change, "change");
    ObjectNode body = scope.tree(change);
    return data(() -> scope.transport().execute(api.updateChange(projectId, id, body)));
  }

  /**
   * Lists a project's legacy budget modifications, lazily (still readable after the company moved
   * to budget changes).
   *
   * @param projectId the project
   * @return the modifications
   */
  public PagedIterable<BudgetModification> listModifications(long projectId) {
    return scope
        .transport()
        .list(
            api.modifications(projectId, Scope.V1_PAGE_SIZE),
            BudgetModification.class,
            Envelope.NONE);
  }

  /**
   * Creates a legacy budget modification.
   *
   * @param projectId the project
   * @param modification the transfer ({@code to_budget_line_item_id} and {@code transfer_amount}
   *     are required)
   * @return the created modification
   * @throws BudgetModificationsUnavailableException when the company has moved to budget changes
   *     (Procore's 405)
   * @throws IllegalArgumentException when a required attribute is missing
   */
  public BudgetModification createModification(
      long projectId, BudgetModificationUpdate modification) {
    Objects.requireNonNull(modification, "modification");
    if (modification.toBudgetLineItemId().isEmpty() || modification.transferAmount().isEmpty()) {
      throw new IllegalArgumentException(
          "modification.toBudgetLineItemId and transferAmount are required, got " + modification);
    }
    ObjectNode body = scope.object();
    body.set("budget_modification", scope.tree(modification));
    try {
      return scope.createSafely(
          headers -> api.createModification(projectId, body, headers),
          BudgetModification.class,
          null);
    } catch (ProcoreApiException e) {
      if (e.status() == 405) {
        throw new BudgetModificationsUnavailableException(
            e.method(), e.path(), e.requestId().orElse(null));
      }
      throw e;
    }
  }

  private BudgetChange data(Supplier<JsonNode> call) {
    JsonNode answer = call.get();
    JsonNode data = answer.has("data") ? answer.get("data") : answer;
    return scope.transport().mapper().convertValue(data, BudgetChange.class);
  }

  @Override
  public String toString() {
    return "Budget{" + scope + "}";
  }
}
