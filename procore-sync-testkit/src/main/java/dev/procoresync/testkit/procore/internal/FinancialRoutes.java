package dev.procoresync.testkit.procore.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.testkit.http.Reply;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** WBS, budgets, commitments and their line items, requisitions, direct costs. */
final class FinancialRoutes {
  static final String APPROVED_VENDOR = "Vendor cannot be changed on an approved commitment";
  static final String APPROVED_SOV =
      "Schedule of values cannot be changed on an approved commitment";
  static final String APPROVED_DELETE = "Approved commitments cannot be deleted";
  static final String MIGRATED =
      "Budget Modifications are read-only once the company uses Budget Changes";

  private FinancialRoutes() {}

  static void register(Catalogue c) {
    registerWbs(c);
    registerBudget(c);
    registerCommitments(c, "purchase_order_contracts", "purchase_order_contract");
    registerCommitments(c, "work_order_contracts", "work_order_contract");
    registerCommitmentChangeOrders(c);
    registerRequisitions(c);
    registerDirectCosts(c);
    registerContractPayments(c);
  }

  // ------------------------------------------------------------------ WBS

  static void seedDefaultSegments(Store store, long companyId) {
    String scope = "company:" + companyId;
    store.insert(
        "standard_cost_code_lists",
        companyId,
        scope,
        Json.object().put("name", "Standard Cost Code List"));
    Object[][] defaults = {
      {"Sub Job", "sub_job", 0, "flat", false},
      {"Cost Code", "cost_code", 1, "tiered", true},
      {"Cost Type", "line_item_type", 2, "flat", true}
    };
    for (Object[] d : defaults) {
      store.insert(
          "wbs_segments",
          companyId,
          scope,
          Json.object()
              .put("name", (String) d[0])
              .put("type", (String) d[1])
              .put("position", (Integer) d[2])
              .put("delimiter", ".")
              .put("structure", (String) d[3])
              .put("required", (Boolean) d[4])
              .put("project_can_modify_origin_project", false)
              .put("project_can_delete_origin_company", false));
    }
  }

  private static void registerWbs(Catalogue c) {
    Store store = c.store;
    registerStandardCostCodes(c);
    Resource segments = c.resource("wbs_segments", "segment");
    segments.validator =
        (scope, node) -> {
          Map<String, List<String>> errors = Catalogue.errors();
          Catalogue.required(errors, node, "name", "structure");
          Catalogue.oneOf(errors, node, "structure", "tiered", "flat");
          return errors;
        };
    segments.derive =
        (scope, node) -> {
          Catalogue.defaults(node, "type", "custom");
          Catalogue.defaults(node, "delimiter", ".");
          if (!node.has("position")) {
            node.put("position", store.list("wbs_segments", r -> r.scope.equals(scope.key)).size());
          }
          if (!node.has("required")) {
            node.put("required", false);
          }
          return node;
        };
    segments.present =
        node -> {
          ObjectNode out = node.deepCopy();
          long id = node.get("id").asLong();
          out.put(
              "segment_items_count",
              store.list("wbs_segment_items", r -> r.scope.equals("wbs_segments:" + id)).size());
          return out;
        };
    String company = "/rest/v1.0/companies/{company_id}/work_breakdown_structure/segments";
    c.crud(segments, company, "list,create,show,update,delete");
    c.router.add(
        "GET",
        "/rest/v1.0/projects/{project_id}/work_breakdown_structure/segments",
        ex -> {
          segments.projectScope(ex.companyId, ex.pathId("project_id"));
          return segments.list(ex);
        });
    c.router.add(
        "GET",
        "/rest/v1.0/companies/{company_id}/work_breakdown_structure/patterns",
        ex -> {
          segments.resolve(ex);
          return Reply.json(200, Json.array().add(pattern(store, segments, ex.companyId)));
        });
    c.router.add(
        "GET",
        "/rest/v1.0/projects/{project_id}/work_breakdown_structure/patterns",
        ex -> {
          segments.projectScope(ex.companyId, ex.pathId("project_id"));
          return Reply.json(200, Json.array().add(pattern(store, segments, ex.companyId)));
        });
    c.router.add(
        "GET",
        "/rest/v1.0/projects/{project_id}/work_breakdown_structure/segments/{id}",
        ex -> {
          segments.projectScope(ex.companyId, ex.pathId("project_id"));
          return segments.show(ex);
        });

    Resource items =
        c.resource("wbs_segment_items", "segment_item").under("segment_id", "wbs_segments");
    items.unwrappedOk = true;
    items.validator =
        (scope, node) -> {
          Map<String, List<String>> errors = Catalogue.errors();
          Catalogue.required(errors, node, "code", "name");
          Long parentId = Json.longValue(node, "parent_id");
          if (parentId != null) {
            Store.Rec parent = store.get("wbs_segment_items", parentId);
            Store.Rec segment = store.get("wbs_segments", scope.ownerId);
            if (parent == null || !parent.scope.equals(scope.key)) {
              errors.computeIfAbsent("parent_id", k -> new ArrayList<>()).add("not found");
            } else if (segment != null && "flat".equals(Json.text(segment.node, "structure"))) {
              errors
                  .computeIfAbsent("parent_id", k -> new ArrayList<>())
                  .add("is not allowed in a flat segment");
            }
          }
          return errors;
        };
    items.derive =
        (scope, node) -> {
          Catalogue.defaults(node, "status", "active");
          if (!node.has("parent_id")) {
            node.putNull("parent_id");
          }
          return node;
        };
    items.present = node -> presentSegmentItem(store, node);
    String companyItems = company + "/{segment_id}/segment_items";
    c.crud(items, companyItems, "list,create,show,update,delete");
    String projectItems =
        "/rest/v1.0/projects/{project_id}/work_breakdown_structure/segments/{segment_id}/segment_items";
    c.router.add("GET", projectItems, ex -> inProject(items, ex, items::list));
    c.router.add("POST", projectItems, ex -> inProject(items, ex, items::create));
    c.router.add("PATCH", projectItems + "/{id}", ex -> inProject(items, ex, items::update));
    c.router.add("DELETE", projectItems + "/{id}", ex -> inProject(items, ex, items::delete));

    Resource codes = c.resource("wbs_codes", "").inProject();
    codes.derive = (scope, node) -> deriveWbsCode(store, scope, node);
    codes.validator = (scope, node) -> validateWbsCode(store, scope, node);
    String wbs = "/rest/v1.0/projects/{project_id}/work_breakdown_structure/wbs_codes";
    c.router.add("GET", wbs, codes::list);
    c.router.add(
        "POST",
        wbs,
        ex -> {
          Resource.Scope scope = codes.resolve(ex);
          ObjectNode attrs = codes.attrs(ex);
          Resource.Result result = upsertWbsCode(store, codes, scope, attrs);
          return result.errors.isEmpty()
              ? Reply.json(201, result.node)
              : ProcoreErrors.unprocessable(result.errors);
        });
    c.router.add("PATCH", wbs + "/{id}", codes::update);
    c.router.add(
        "PATCH",
        wbs + "/bulk_create",
        ex -> {
          Resource.Scope scope = codes.resolve(ex);
          JsonNode bulk = ex.json().get("bulk");
          if (bulk == null || !bulk.isArray()) {
            throw new Exchange.BadRequest("param is missing or the value is empty: bulk");
          }
          if (bulk.size() > Resource.MAX_SYNC_ITEMS) {
            return ProcoreErrors.tooManyItems(Resource.MAX_SYNC_ITEMS, bulk.size());
          }
          ArrayNode entities = Json.array();
          ArrayNode errors = Json.array();
          for (JsonNode item : bulk) {
            Resource.Result result = upsertWbsCode(store, codes, scope, (ObjectNode) item);
            if (result.errors.isEmpty()) {
              entities.add(result.node);
            } else {
              ObjectNode error = ((ObjectNode) item).deepCopy();
              error.set("errors", ProcoreErrors.fieldErrorsNode(result.errors));
              errors.add(error);
            }
          }
          ObjectNode body = Json.object();
          body.set("entities", entities);
          body.set("errors", errors);
          return Reply.json(200, body);
        });
  }

  /** The company's one pattern: its segments by position (projects share it). */
  private static ObjectNode pattern(Store store, Resource segments, long companyId) {
    ArrayNode list = Json.array();
    store.list("wbs_segments", r -> r.scope.equals("company:" + companyId)).stream()
        .map(r -> segments.present.apply(r.node))
        .sorted(Comparator.comparingLong(n -> n.path("position").asLong()))
        .forEach(list::add);
    ObjectNode pattern = Json.object().put("id", companyId).put("name", "Default");
    pattern.set("segments", list);
    return pattern;
  }

  private static void registerStandardCostCodes(Catalogue c) {
    Store store = c.store;
    Resource lists = c.resource("standard_cost_code_lists", "standard_cost_code_list");
    lists.requireCompanyId = true;
    lists.validator =
        (scope, node) -> {
          Map<String, List<String>> errors = Catalogue.errors();
          Catalogue.required(errors, node, "name");
          return errors;
        };
    c.crud(lists, "/rest/v1.0/standard_cost_code_lists", "list,create,show,update");

    Resource codes =
        c.resource("standard_cost_codes", "standard_cost_code")
            .under("standard_cost_code_list_id", "standard_cost_code_lists");
    codes.validator =
        (scope, node) -> {
          Map<String, List<String>> errors = Catalogue.errors();
          Catalogue.required(errors, node, "code", "name");
          Long parentId = Json.longValue(node, "parent_id");
          if (parentId != null) {
            Store.Rec parent = store.get("standard_cost_codes", parentId);
            if (parent == null || !parent.scope.equals(scope.key)) {
              errors.computeIfAbsent("parent_id", k -> new ArrayList<>()).add("not found");
            }
          }
          return errors;
        };
    codes.derive =
        (scope, node) -> {
          String code = Json.text(node, "code");
          Long parentId = Json.longValue(node, "parent_id");
          Store.Rec parent = parentId == null ? null : store.get("standard_cost_codes", parentId);
          String parentFull = parent == null ? null : Json.text(parent.node, "full_code");
          node.put("full_code", parentFull == null ? code : parentFull + "-" + code);
          if (parentId == null) {
            node.putNull("parent_id");
          }
          node.put("standard_cost_code_list_id", scope.ownerId);
          Catalogue.defaultsNull(node, "origin_id", "origin_data");
          return node;
        };
    c.crud(codes, "/rest/v1.0/standard_cost_codes", "list,create,show,update,delete,sync");
  }

  private static Reply inProject(Resource items, Exchange ex, Route.Handler handler) {
    items.projectScope(ex.companyId, ex.pathId("project_id"));
    return handler.handle(ex);
  }

  static ObjectNode presentSegmentItem(Store store, ObjectNode node) {
    ObjectNode out = node.deepCopy();
    List<ObjectNode> chain = new ArrayList<>();
    ObjectNode current = node;
    int guard = 0;
    while (current != null && guard++ < 20) {
      chain.add(0, current);
      Long parentId = Json.longValue(current, "parent_id");
      Store.Rec parent = parentId == null ? null : store.get("wbs_segment_items", parentId);
      current = parent == null ? null : parent.node;
    }
    ArrayNode ids = out.putArray("path_ids");
    ArrayNode codes = out.putArray("path_codes");
    ArrayNode names = out.putArray("path_names");
    List<String> codeList = new ArrayList<>();
    for (ObjectNode n : chain) {
      ids.add(n.get("id").asLong());
      codes.add(Json.text(n, "code"));
      names.add(Json.text(n, "name"));
      codeList.add(Json.text(n, "code"));
    }
    out.put("path_code", String.join("-", codeList));
    long id = node.get("id").asLong();
    out.put(
        "is_parent",
        !store
            .list(
                "wbs_segment_items",
                r -> Long.valueOf(id).equals(Json.longValue(r.node, "parent_id")))
            .isEmpty());
    return out;
  }

  /** A pair as sent ({@code segment_item_id}) or as shown ({@code id}). */
  private static @Nullable Long itemId(JsonNode pair) {
    Long id = Json.longValue(pair, "segment_item_id");
    return id != null ? id : Json.longValue(pair, "id");
  }

  private static Map<String, List<String>> validateWbsCode(
      Store store, Resource.Scope scope, ObjectNode node) {
    Map<String, List<String>> errors = Catalogue.errors();
    JsonNode items = node.get("segment_items");
    if (items == null || !items.isArray() || items.isEmpty()) {
      errors.computeIfAbsent("segment_items", k -> new ArrayList<>()).add(ProcoreErrors.BLANK);
      return errors;
    }
    Store.Rec project = store.get("projects", scope.ownerId);
    long companyId = project == null ? -1 : project.companyId;
    for (JsonNode pair : items) {
      Long segmentId = Json.longValue(pair, "segment_id");
      Long itemId = itemId(pair);
      Store.Rec item = itemId == null ? null : store.get("wbs_segment_items", itemId);
      if (segmentId == null
          || item == null
          || item.companyId != companyId
          || !item.scope.equals("wbs_segments:" + segmentId)) {
        errors
            .computeIfAbsent("segment_items", k -> new ArrayList<>())
            .add("segment item " + itemId + " not found in segment " + segmentId);
      }
    }
    return errors;
  }

  private static ObjectNode deriveWbsCode(Store store, Resource.Scope scope, ObjectNode node) {
    JsonNode items = node.get("segment_items");
    Catalogue.defaults(node, "status", "active");
    if (items == null || !items.isArray()) {
      return node;
    }
    List<Store.Rec[]> parts = new ArrayList<>();
    for (JsonNode pair : items) {
      Long segmentId = Json.longValue(pair, "segment_id");
      Long itemId = itemId(pair);
      Store.Rec segment = segmentId == null ? null : store.get("wbs_segments", segmentId);
      Store.Rec item = itemId == null ? null : store.get("wbs_segment_items", itemId);
      if (segment == null || item == null) {
        return node;
      }
      parts.add(new Store.Rec[] {segment, item});
    }
    parts.sort(Comparator.comparingLong(p -> p[0].node.path("position").asLong()));
    StringBuilder code = new StringBuilder();
    StringBuilder name = new StringBuilder();
    ArrayNode shown = Json.array();
    for (int i = 0; i < parts.size(); i++) {
      ObjectNode item = presentSegmentItem(store, parts.get(i)[1].node);
      if (i > 0) {
        String delimiter = Json.text(parts.get(i - 1)[0].node, "delimiter");
        code.append(delimiter == null ? "." : delimiter);
        name.append(delimiter == null ? "." : delimiter);
      }
      code.append(Json.text(item, "path_code"));
      name.append(Json.text(item, "name"));
      shown.add(
          Json.object()
              .put("id", item.get("id").asLong())
              .put("segment_id", parts.get(i)[0].id())
              .put("code", Json.text(item, "code"))
              .put("name", Json.text(item, "name")));
    }
    node.put("flat_code", code.toString());
    node.put("flat_name", name.toString());
    node.set("segment_items", shown);
    return node;
  }

  /** Same combination of segment items as an existing code: that code is updated. */
  private static Resource.Result upsertWbsCode(
      Store store, Resource codes, Resource.Scope scope, ObjectNode attrs) {
    ObjectNode probe = deriveWbsCode(store, scope, attrs.deepCopy());
    String flat = Json.text(probe, "flat_code");
    if (flat != null) {
      List<Store.Rec> same =
          store.list(
              "wbs_codes",
              r -> r.scope.equals(scope.key) && flat.equals(Json.text(r.node, "flat_code")));
      if (!same.isEmpty()) {
        return codes.updateRecord(same.get(0), attrs);
      }
    }
    return codes.createRecord(scope, attrs);
  }

  // ------------------------------------------------------------------ budget

  private static void registerBudget(Catalogue c) {
    Store store = c.store;
    Resource views = c.resource("budget_views", "budget_view").inProject();
    c.router.add(
        "GET",
        "/rest/v1.0/budget_views",
        ex -> {
          Resource.Scope scope = views.resolve(ex);
          if (store.list("budget_views", r -> r.scope.equals(scope.key)).isEmpty()) {
            store.insert(
                "budget_views",
                scope.companyId,
                scope.key,
                Json.object()
                    .put("name", "Procore Standard Budget")
                    .put("description", "Default budget view")
                    .put("role", "admin"));
          }
          return views.list(ex);
        });

    Resource lines = c.resource("budget_line_items", "budget_line_item").inProject();
    lines.validator =
        (scope, node) -> {
          Map<String, List<String>> errors = Catalogue.errors();
          boolean wbs = node.hasNonNull("wbs_code_id");
          boolean pair = node.hasNonNull("cost_code_id") && node.hasNonNull("line_item_type_id");
          if (!wbs && !pair) {
            errors.computeIfAbsent("wbs_code_id", k -> new ArrayList<>()).add(ProcoreErrors.BLANK);
          }
          Long wbsId = Json.longValue(node, "wbs_code_id");
          if (wbsId != null) {
            Store.Rec code = store.get("wbs_codes", wbsId);
            if (code == null || !code.scope.equals(scope.key)) {
              errors.computeIfAbsent("wbs_code_id", k -> new ArrayList<>()).add("not found");
            }
          }
          decimal(errors, node, "original_budget_amount");
          return errors;
        };
    lines.derive =
        (scope, node) -> {
          money(node, "original_budget_amount", "0.0");
          money(node, "quantity", null);
          money(node, "unit_cost", null);
          Catalogue.defaults(node, "calculation_strategy", "manual");
          Catalogue.defaultsNull(node, "uom");
          Long wbsId = Json.longValue(node, "wbs_code_id");
          Store.Rec code = wbsId == null ? null : store.get("wbs_codes", wbsId);
          if (code != null) {
            node.set(
                "wbs_code",
                Json.object()
                    .put("id", wbsId)
                    .put("flat_code", Json.text(code.node, "flat_code"))
                    .put("description", Json.text(code.node, "description")));
          }
          node.set("currency_configuration", Json.object().put("currency_iso_code", "USD"));
          return node;
        };
    for (String v : new String[] {"/rest/v1.0/budget_line_items", "/rest/v1.1/budget_line_items"}) {
      c.crud(lines, v, "create,show,update");
    }
    c.router.add(
        "POST",
        "/rest/v1.0/budget_line_items/sync",
        ex -> {
          Resource.Scope scope = lines.resolve(ex);
          JsonNode items = ex.json().get("budget_line_items");
          if (items == null || !items.isArray()) {
            throw new Exchange.BadRequest(
                "param is missing or the value is empty: budget_line_items");
          }
          if (items.size() > Resource.MAX_SYNC_ITEMS) {
            return ProcoreErrors.tooManyItems(Resource.MAX_SYNC_ITEMS, items.size());
          }
          ArrayNode out = Json.array();
          for (JsonNode item : items) {
            Long id = Json.longValue(item, "id");
            Resource.Result result;
            if (id != null) {
              Store.Rec rec = store.get("budget_line_items", id);
              if (rec == null || !rec.scope.equals(scope.key)) {
                return ProcoreErrors.budgetLineItemSyncFailed(
                    "Budget line item " + id + " not found");
              }
              result = lines.updateRecord(rec, (ObjectNode) item);
            } else {
              result = lines.createRecord(scope, (ObjectNode) item);
            }
            if (!result.errors.isEmpty()) {
              return ProcoreErrors.budgetLineItemSyncFailed(result.errors.toString());
            }
            out.add(result.node);
          }
          return Reply.json(200, out);
        });
    c.router.add(
        "GET",
        "/rest/v1.0/budget_views/{budget_view_id}/detail_rows",
        ex -> {
          Resource.Scope scope = lines.resolve(ex);
          Store.Rec view = store.get("budget_views", ex.pathId("budget_view_id"));
          if (view == null || !view.scope.equals(scope.key)) {
            throw new NotFound("budget view");
          }
          List<ObjectNode> rows = new ArrayList<>();
          for (Store.Rec rec : store.list("budget_line_items", r -> r.scope.equals(scope.key))) {
            rows.add(detailRow(store, rec.node));
          }
          return Paging.page(ex, rows, false);
        });

    Resource changes = c.resource("budget_changes", "").inProject();
    changes.envelope = true;
    changes.errorReply = ProcoreErrors::badRequestList;
    changes.validator =
        (scope, node) -> {
          Map<String, List<String>> errors = Catalogue.errors();
          Catalogue.required(errors, node, "status");
          Catalogue.oneOf(errors, node, "status", "draft", "approved", "under_review", "void");
          return errors;
        };
    changes.derive =
        (scope, node) -> {
          BigDecimal total = BigDecimal.ZERO;
          JsonNode items = node.get("adjustment_line_items");
          if (items != null && items.isArray()) {
            for (JsonNode item : items) {
              String amount = Json.text(item, "amount");
              if (amount != null) {
                try {
                  total = total.add(new BigDecimal(amount));
                } catch (NumberFormatException e) {
                  // reported by nothing: Procore's own rule is unknown here
                }
              }
            }
          } else {
            node.set("adjustment_line_items", Json.array());
          }
          node.put("amount", total.toPlainString());
          Catalogue.defaultsNull(node, "erp_status", "title", "description");
          if (!node.has("production_quantities")) {
            node.set("production_quantities", Json.array());
          }
          return node;
        };
    c.crud(
        changes,
        "/rest/v1.0/projects/{project_id}/budget_changes",
        "list,create,show,update,delete");

    Resource mods = c.resource("budget_modifications", "budget_modification").inProject();
    mods.validator =
        (scope, node) -> {
          Map<String, List<String>> errors = Catalogue.errors();
          Catalogue.required(errors, node, "to_budget_line_item_id", "transfer_amount");
          decimal(errors, node, "transfer_amount");
          return errors;
        };
    mods.derive =
        (scope, node) -> {
          money(node, "transfer_amount", null);
          return node;
        };
    String modPath = "/rest/v1.0/projects/{project_id}/budget_modifications";
    c.router.add("GET", modPath, mods::list);
    c.router.add("GET", modPath + "/{id}", mods::show);
    c.router.add("POST", modPath, ex -> migrated(c, ex) ? locked() : mods.create(ex));
    c.router.add("PATCH", modPath + "/{id}", ex -> migrated(c, ex) ? locked() : mods.update(ex));
    c.router.add("DELETE", modPath + "/{id}", ex -> migrated(c, ex) ? locked() : mods.delete(ex));
  }

  private static boolean migrated(Catalogue c, Exchange ex) {
    return c.migrated.contains(ex.companyId);
  }

  private static Reply locked() {
    return ProcoreErrors.methodNotAllowed("GET", MIGRATED);
  }

  private static ObjectNode detailRow(Store store, ObjectNode line) {
    ObjectNode row = Json.object().put("id", line.get("id").asLong());
    Long wbsId = Json.longValue(line, "wbs_code_id");
    if (wbsId == null) {
      row.putNull("wbs_code_id");
    } else {
      row.put("wbs_code_id", wbsId);
    }
    Long costCodeId = Json.longValue(line, "cost_code_id");
    if (costCodeId != null) {
      row.put("cost_code_id", costCodeId);
      Store.Rec cc = store.get("cost_codes", costCodeId);
      Long root = costCodeId;
      int guard = 0;
      while (cc != null && Json.longValue(cc.node, "parent_id") != null && guard++ < 20) {
        root = Json.longValue(cc.node, "parent_id");
        cc = store.get("cost_codes", root);
      }
      row.put("root_cost_code_id", root);
      if (cc != null) {
        row.set("cost_code_origin_id", line.path("cost_code_origin_id"));
      }
    } else {
      row.putNull("cost_code_id");
      row.putNull("root_cost_code_id");
    }
    Long typeId = Json.longValue(line, "line_item_type_id");
    if (typeId == null) {
      row.putNull("category_id");
    } else {
      row.put("category_id", typeId);
    }
    row.put("biller_type", "Project");
    row.set("original_budget_amount", line.get("original_budget_amount"));
    row.put("budget_modifications", "0.0");
    row.set("wbs_code", line.path("wbs_code"));
    return row;
  }

  // ------------------------------------------------------------------ commitments

  private static boolean isApproved(@Nullable String status) {
    if (status == null) {
      return false;
    }
    String s = status.toLowerCase(Locale.ROOT);
    return s.equals("approved") || s.equals("complete") || s.equals("completed");
  }

  private static void registerCommitments(Catalogue c, String table, String wrapper) {
    Store store = c.store;
    List<String> statuses =
        table.startsWith("purchase")
            ? List.of(
                "draft",
                "processing",
                "submitted",
                "partially received",
                "received",
                "approved",
                "closed")
            : List.of(
                "draft",
                "out for bid",
                "out for signature",
                "approved",
                "complete",
                "terminated",
                "void");
    Resource contracts = c.resource(table, wrapper).inProject();
    contracts.softDelete = true;
    contracts.validator =
        (scope, node) -> {
          Map<String, List<String>> errors = Catalogue.errors();
          String status = Json.text(node, "status");
          if (status != null
              && !statuses.contains(status.toLowerCase(Locale.ROOT).replace('_', ' '))) {
            errors
                .computeIfAbsent("status", k -> new ArrayList<>())
                .add("is not included in the list");
          }
          Long vendorId = Json.longValue(node, "vendor_id");
          if (vendorId != null) {
            Store.Rec vendor = store.get("vendors", vendorId);
            if (vendor == null || vendor.companyId != scope.companyId) {
              errors.computeIfAbsent("vendor_id", k -> new ArrayList<>()).add("not found");
            }
          }
          return errors;
        };
    contracts.derive =
        (scope, node) -> {
          Catalogue.defaults(node, "status", "Draft");
          if (!node.has("executed")) {
            node.put("executed", false);
          }
          Catalogue.defaultsNull(
              node, "origin_id", "origin_data", "origin_code", "number", "title", "deleted_at");
          Long vendorId = Json.longValue(node, "vendor_id");
          Store.Rec vendor = vendorId == null ? null : store.get("vendors", vendorId);
          node.set(
              "vendor",
              vendorId == null
                  ? Json.object().nullNode()
                  : Json.object()
                      .put("id", vendorId)
                      .put("company", vendor == null ? null : Json.text(vendor.node, "name")));
          node.put("project_id", scope.ownerId);
          return node;
        };
    contracts.present =
        node -> {
          ObjectNode out = node.deepCopy();
          BigDecimal total = BigDecimal.ZERO;
          long id = node.get("id").asLong();
          for (Store.Rec line :
              store.list(table + "_line_items", r -> r.scope.equals(table + ":" + id))) {
            total = total.add(new BigDecimal(line.node.path("total_amount").asText("0")));
          }
          out.put("grand_total", total.toPlainString());
          return out;
        };
    contracts.updateGuard =
        (existing, attrs) -> {
          if (!isApproved(Json.text(existing, "status"))) {
            return null;
          }
          Long newVendor = Json.longValue(attrs, "vendor_id");
          Long oldVendor = Json.longValue(existing, "vendor_id");
          if (attrs.has("vendor_id") && !java.util.Objects.equals(newVendor, oldVendor)) {
            return APPROVED_VENDOR;
          }
          return null;
        };
    contracts.deleteGuard =
        existing -> isApproved(Json.text(existing, "status")) ? APPROVED_DELETE : null;
    c.crud(contracts, "/rest/v1.0/" + table, "list,create,show,update,delete,sync");

    String param = wrapper + "_id";
    Resource lines = c.resource(table + "_line_items", "line_item").under(param, table);
    lines.validator =
        (scope, node) -> {
          Map<String, List<String>> errors = Catalogue.errors();
          decimal(errors, node, "amount");
          decimal(errors, node, "quantity");
          decimal(errors, node, "unit_cost");
          return errors;
        };
    lines.derive =
        (scope, node) -> {
          money(node, "amount", null);
          money(node, "quantity", null);
          money(node, "unit_cost", null);
          Catalogue.defaults(node, "extended_type", "manual");
          Catalogue.defaultsNull(node, "description", "uom", "origin_id", "origin_data");
          BigDecimal total;
          if ("calculated".equals(Json.text(node, "extended_type"))
              && node.hasNonNull("quantity")
              && node.hasNonNull("unit_cost")) {
            total =
                new BigDecimal(node.get("quantity").asText())
                    .multiply(new BigDecimal(node.get("unit_cost").asText()));
          } else {
            total =
                node.hasNonNull("amount")
                    ? new BigDecimal(node.get("amount").asText())
                    : BigDecimal.ZERO;
          }
          node.put("total_amount", total.toPlainString());
          node.put("extended_amount", total.toPlainString());
          node.put("contract_id", scope.ownerId);
          return node;
        };
    lines.createGuard = scope -> sovLocked(store, table, scope.ownerId);
    lines.updateGuard =
        (existing, attrs) -> sovLocked(store, table, existing.path("contract_id").asLong());
    lines.deleteGuard = existing -> sovLocked(store, table, existing.path("contract_id").asLong());
    c.crud(
        lines,
        "/rest/v1.0/" + table + "/{" + param + "}/line_items",
        "list,create,show,update,delete,sync");
  }

  private static @Nullable String sovLocked(Store store, String table, long contractId) {
    Store.Rec contract = store.get(table, contractId);
    return contract != null && isApproved(Json.text(contract.node, "status")) ? APPROVED_SOV : null;
  }

  private static void registerCommitmentChangeOrders(Catalogue c) {
    Resource ccos = c.resource("commitment_change_orders", "change_order").inProject();
    ccos.validator =
        (scope, node) -> {
          Map<String, List<String>> errors = Catalogue.errors();
          Catalogue.required(errors, node, "contract_id");
          changeOrderStatus(errors, node);
          return errors;
        };
    ccos.derive =
        (scope, node) -> {
          Catalogue.defaults(node, "status", "draft");
          money(node, "grand_total", "0.0");
          Catalogue.defaultsNull(node, "origin_id", "origin_data", "title", "number", "batch_id");
          return node;
        };
    ccos.deleteGuard =
        existing ->
            "approved".equals(Json.text(existing, "status"))
                ? "Approved change orders cannot be deleted"
                : null;
    c.crud(
        ccos,
        "/rest/v1.0/projects/{project_id}/commitment_change_orders",
        "list,create,show,update,delete");
  }

  static void changeOrderStatus(Map<String, List<String>> errors, ObjectNode node) {
    Catalogue.oneOf(
        errors,
        node,
        "status",
        "draft",
        "not_pricing",
        "pricing",
        "pending",
        "revised",
        "proceeding",
        "not_proceeding",
        "pending_billable",
        "no_charge",
        "approved",
        "rejected",
        "void");
  }

  // ------------------------------------------------------------------ requisitions

  private static void registerRequisitions(Catalogue c) {
    Store store = c.store;
    Resource reqs = c.resource("requisitions", "requisition").inProject();
    reqs.copyParams = List.of("commitment_id");
    reqs.validator =
        (scope, node) -> {
          Map<String, List<String>> errors = Catalogue.errors();
          Long commitmentId = Json.longValue(node, "commitment_id");
          if (commitmentId == null) {
            errors
                .computeIfAbsent("commitment_id", k -> new ArrayList<>())
                .add(ProcoreErrors.BLANK);
          } else if (commitment(store, scope, commitmentId) == null) {
            errors.computeIfAbsent("commitment_id", k -> new ArrayList<>()).add("not found");
          }
          Catalogue.oneOf(
              errors,
              node,
              "status",
              "draft",
              "under_review",
              "revise_and_resubmit",
              "approved",
              "approved_as_noted",
              "pending_owner_approval");
          return errors;
        };
    reqs.derive =
        (scope, node) -> {
          Catalogue.defaults(node, "status", "draft");
          Catalogue.defaultsNull(node, "origin_id", "origin_data", "invoice_number", "erp_status");
          Long commitmentId = Json.longValue(node, "commitment_id");
          Store.Rec commitment =
              commitmentId == null ? null : commitment(store, scope, commitmentId);
          if (commitment != null) {
            node.put(
                "commitment_type",
                commitment.table.startsWith("purchase")
                    ? "PurchaseOrderContract"
                    : "WorkOrderContract");
            Long vendorId = Json.longValue(commitment.node, "vendor_id");
            if (vendorId != null) {
              node.put("vendor_id", vendorId);
              node.set("vendor_name", commitment.node.path("vendor").path("company"));
            }
            if (!node.has("number")) {
              node.put(
                  "number",
                  store
                          .list(
                              "requisitions",
                              r -> commitmentId.equals(Json.longValue(r.node, "commitment_id")))
                          .size()
                      + 1);
            }
          }
          money(node, "total_claimed_amount", "0.0");
          return node;
        };
    for (String v : new String[] {"/rest/v1.0/requisitions", "/rest/v1.1/requisitions"}) {
      c.crud(reqs, v, "list,create,show,update,delete");
    }
  }

  private static Store.@Nullable Rec commitment(Store store, Resource.Scope scope, long id) {
    for (String table : new String[] {"purchase_order_contracts", "work_order_contracts"}) {
      Store.Rec rec = store.get(table, id);
      if (rec != null && rec.scope.equals(scope.key)) {
        return rec;
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ contract payments

  private static void registerContractPayments(Catalogue c) {
    Store store = c.store;
    Resource payments = c.resource("contract_payments", "contract_payment").inProject();
    payments.copyParams = List.of("contract_id");
    payments.validator =
        (scope, node) -> {
          Map<String, List<String>> errors = Catalogue.errors();
          Long contractId = Json.longValue(node, "contract_id");
          if (contractId == null) {
            errors.computeIfAbsent("contract_id", k -> new ArrayList<>()).add(ProcoreErrors.BLANK);
          } else if (commitment(store, scope, contractId) == null) {
            errors.computeIfAbsent("contract_id", k -> new ArrayList<>()).add("not found");
          }
          decimal(errors, node, "amount");
          return errors;
        };
    payments.derive =
        (scope, node) -> {
          money(node, "amount", "0.0");
          Catalogue.defaultsNull(
              node, "origin_id", "origin_data", "check_number", "invoice_number", "notes", "date");
          Long contractId = Json.longValue(node, "contract_id");
          if (contractId != null && !node.has("payment_number")) {
            node.put(
                "payment_number",
                store
                        .list(
                            "contract_payments",
                            r -> contractId.equals(Json.longValue(r.node, "contract_id")))
                        .size()
                    + 1);
          }
          return node;
        };
    String base = "/rest/v1.0/contract_payments";
    c.router.add("GET", base, ex -> payments.listWhere(ex, "contract_id"));
    c.crud(payments, base, "create,show,update,delete");
  }

  // ------------------------------------------------------------------ direct costs

  private static void registerDirectCosts(Catalogue c) {
    Store store = c.store;
    Resource lines = c.resource("direct_cost_line_items", "line_item").inProject();
    Resource costs = c.resource("direct_costs", "direct_cost").inProject();
    costs.altWrapper = "item";
    costs.validator =
        (scope, node) -> {
          Map<String, List<String>> errors = Catalogue.errors();
          Catalogue.required(errors, node, "direct_cost_type");
          Catalogue.oneOf(
              errors,
              node,
              "direct_cost_type",
              "invoice",
              "expense",
              "payroll",
              "subcontractor_invoice");
          Catalogue.oneOf(
              errors, node, "status", "draft", "pending", "revise_and_resubmit", "approved");
          if ("invoice".equals(Json.text(node, "direct_cost_type"))) {
            Catalogue.required(errors, node, "invoice_number");
          }
          JsonNode items = node.get("line_items");
          if (items != null && items.isArray() && items.size() > 100) {
            errors
                .computeIfAbsent("line_items", k -> new ArrayList<>())
                .add("is too long (maximum is 100 items)");
          }
          return errors;
        };
    costs.derive =
        (scope, node) -> {
          Catalogue.defaults(node, "status", "draft");
          Catalogue.defaultsNull(
              node, "origin_id", "origin_data", "invoice_number", "vendor_id", "direct_cost_date");
          return node;
        };
    costs.present =
        node -> {
          ObjectNode out = node.deepCopy();
          out.remove("line_items");
          long id = node.get("id").asLong();
          BigDecimal total = BigDecimal.ZERO;
          ArrayNode items = Json.array();
          for (Store.Rec line :
              store.list(
                  "direct_cost_line_items",
                  r -> Long.valueOf(id).equals(Json.longValue(r.node, "direct_cost_id")))) {
            items.add(line.node);
            total = total.add(new BigDecimal(line.node.path("amount").asText("0")));
          }
          out.set("line_items", items);
          out.put("grand_total", total.toPlainString());
          out.put("amount", total.toPlainString());
          return out;
        };
    // create: nested line_items[] become line item records
    Route.Handler create =
        ex -> {
          Resource.Scope scope = costs.resolve(ex);
          ObjectNode attrs = costs.attrs(ex);
          JsonNode items = attrs.get("line_items");
          Resource.Result result = costs.createRecord(scope, attrs);
          if (!result.errors.isEmpty()) {
            return ProcoreErrors.unprocessable(result.errors);
          }
          long id = result.node.get("id").asLong();
          if (items != null && items.isArray()) {
            for (JsonNode item : items) {
              ObjectNode line = ((ObjectNode) item).deepCopy();
              line.put("direct_cost_id", id);
              Resource.Result lr = lines.createRecord(scope, line);
              if (!lr.errors.isEmpty()) {
                store.delete("direct_costs", id);
                return ProcoreErrors.unprocessable(lr.errors);
              }
            }
          }
          store.update("direct_costs", id, Json.object().putNull("line_items"));
          return Reply.json(201, costs.present.apply(store.get("direct_costs", id).node));
        };
    for (String v : new String[] {"/rest/v1.0", "/rest/v1.1"}) {
      String base = v + "/projects/{project_id}/direct_costs";
      c.router.add("GET", base, costs::list);
      c.router.add("POST", base, create);
      c.crud(costs, base, "show,update,delete");
    }
    c.router.add("PATCH", "/rest/v1.0/projects/{project_id}/direct_costs/sync", costs::sync);

    lines.validator =
        (scope, node) -> {
          Map<String, List<String>> errors = Catalogue.errors();
          Long dcId = Json.longValue(node, "direct_cost_id");
          Store.Rec dc = dcId == null ? null : store.get("direct_costs", dcId);
          if (dcId == null) {
            errors
                .computeIfAbsent("direct_cost_id", k -> new ArrayList<>())
                .add(ProcoreErrors.BLANK);
          } else if (dc == null || !dc.scope.equals(scope.key)) {
            errors.computeIfAbsent("direct_cost_id", k -> new ArrayList<>()).add("not found");
          }
          boolean wbs = node.hasNonNull("wbs_code_id");
          boolean pair = node.hasNonNull("cost_code_id") && node.hasNonNull("line_item_type_id");
          if (!wbs && !pair) {
            errors.computeIfAbsent("wbs_code_id", k -> new ArrayList<>()).add(ProcoreErrors.BLANK);
          }
          decimal(errors, node, "amount");
          return errors;
        };
    lines.derive =
        (scope, node) -> {
          money(node, "amount", "0.0");
          money(node, "quantity", null);
          money(node, "unit_cost", null);
          Catalogue.defaultsNull(node, "description", "uom", "origin_id", "origin_data");
          return node;
        };
    lines.copyParams = List.of("direct_cost_id");
    String all = "/rest/v1.0/projects/{project_id}/direct_costs/line_items";
    c.router.add("GET", all, lines::list);
    c.router.add("PATCH", all + "/sync", lines::sync);
    String nested = "/rest/v1.0/projects/{project_id}/direct_costs/{direct_cost_id}/line_items";
    c.router.add("GET", nested, ex -> lines.listWhere(ex, "direct_cost_id"));
    c.crud(lines, nested, "create,show,update,delete");
  }

  // ------------------------------------------------------------------ helpers

  static void decimal(Map<String, List<String>> errors, ObjectNode node, String field) {
    String value = Json.text(node, field);
    if (value != null) {
      try {
        new BigDecimal(value.trim());
      } catch (NumberFormatException e) {
        errors.computeIfAbsent(field, k -> new ArrayList<>()).add("is not a number");
      }
    }
  }

  /** Money and quantities are strings in Procore's v1 responses. */
  static void money(ObjectNode node, String field, @Nullable String fallback) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (fallback != null) {
        node.put(field, fallback);
      } else if (value == null) {
        node.putNull(field);
      }
      return;
    }
    try {
      node.put(field, new BigDecimal(value.asText().trim()).toPlainString());
    } catch (NumberFormatException e) {
      // left as sent; the validator reports it
    }
  }
}
