package dev.procoresync.core.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.client.internal.LineItemTypesApi;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.model.LineItemType;
import dev.procoresync.core.model.LineItemTypeUpdate;
import java.util.List;
import java.util.Objects;

/**
 * The company's cost types (line item types): list and batch sync.
 *
 * <pre>{@code
 * SyncResult<LineItemType> r = client.forCompany(42L).lineItemTypes().sync(updates);
 * }</pre>
 */
public final class LineItemTypes {
  private final Scope scope;
  private final LineItemTypesApi api;

  LineItemTypes(Scope scope) {
    this.scope = scope;
    this.api = scope.service(LineItemTypesApi.class);
  }

  /**
   * Lists the company's cost types, lazily.
   *
   * @return the cost types
   */
  public PagedIterable<LineItemType> list() {
    return list(ListOptions.none());
  }

  /**
   * Lists the company's cost types matching the options, lazily.
   *
   * @param options filters
   * @return the cost types
   */
  public PagedIterable<LineItemType> list(ListOptions options) {
    Objects.requireNonNull(options, "options");
    return scope
        .transport()
        .list(
            api.list(scope.companyId(), options.perPageOr(Scope.V1_PAGE_SIZE), options.query()),
            LineItemType.class,
            Envelope.NONE);
  }

  /**
   * Creates or updates cost types through {@code PATCH /rest/v1.0/line_item_types/sync}, in chunks
   * of up to 1,000.
   *
   * @param updates the items, matched by {@code id} and/or {@code origin_id}
   * @return the stored cost types and the per-item failures
   */
  public SyncResult<LineItemType> sync(List<LineItemTypeUpdate> updates) {
    return scope.sync(
        updates,
        array -> {
          ObjectNode body = scope.object();
          body.put("company_id", scope.companyId());
          body.set("updates", array);
          return api.sync(body);
        },
        LineItemType.class);
  }

  @Override
  public String toString() {
    return "LineItemTypes{" + scope + "}";
  }
}
