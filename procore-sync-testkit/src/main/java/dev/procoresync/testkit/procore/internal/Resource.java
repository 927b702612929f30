package dev.procoresync.testkit.procore.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.testkit.http.Reply;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A generic Procore resource: one table, a scope (company, project or a parent record), the body
 * key of create/update, validation, guards, and the list/show/create/update/delete/sync handlers
 * that the route catalogue wires to real paths.
 */
final class Resource {
  /** Largest number of items in one sync call. */
  static final int MAX_SYNC_ITEMS = 1000;

  enum ScopeKind {
    COMPANY,
    PROJECT,
    PARENT
  }

  final Store store;
  final String table;
  final String wrapper;
  ScopeKind scopeKind = ScopeKind.COMPANY;
  String parentParam = "";
  String parentTable = "";
  boolean envelope;
  int createStatus = 201;
  BiFunction<Scope, ObjectNode, Map<String, List<String>>> validator = (scope, node) -> Map.of();

  /** Adds read-time fields (e.g. a timesheet's entries) to what the API shows. */
  Function<ObjectNode, ObjectNode> present = node -> node;

  BiFunction<ObjectNode, JsonNode, @Nullable String> updateGuard = (existing, attrs) -> null;
  Function<ObjectNode, @Nullable String> deleteGuard = existing -> null;

  /** Fills defaults and derived fields before a record is stored (create and update). */
  BiFunction<Scope, ObjectNode, ObjectNode> derive = (scope, node) -> node;

  /** Procore documents {@code company_id} (query or body) as required on this resource. */
  boolean requireCompanyId;

  /** DELETE stamps {@code deleted_at} instead of removing (lists hide it unless asked). */
  boolean softDelete;

  /** How a failed create/update answers (default: 422 {"errors":{field:[msg]}}). */
  Function<Map<String, List<String>>, Reply> errorReply = ProcoreErrors::unprocessable;

  /** Accept the attributes unwrapped at the top level when the wrapper key is absent. */
  boolean unwrappedOk;

  /** A second accepted body key (direct costs v1.0 use "item"). */
  String altWrapper = "";

  /** Parameters (path, query or top-level body) copied into the attributes when absent. */
  List<String> copyParams = List.of();

  /** Refuses a create in a scope (e.g. SOV of an approved commitment); null allows it. */
  Function<Scope, @Nullable String> createGuard = scope -> null;

  /** An extra list filter (for request parameters the generic filters do not cover). */
  BiPredicate<Exchange, ObjectNode> listFilter = (ex, node) -> true;

  Resource(Store store, String table, String wrapper) {
    this.store = store;
    this.table = table;
    this.wrapper = wrapper;
  }

  Resource inProject() {
    scopeKind = ScopeKind.PROJECT;
    return this;
  }

  Resource under(String parentParam, String parentTable) {
    this.scopeKind = ScopeKind.PARENT;
    this.parentParam = parentParam;
    this.parentTable = parentTable;
    return this;
  }

  /** Where a record lives. */
  static final class Scope {
    final long companyId;
    final String key;
    final long ownerId;

    Scope(long companyId, String key, long ownerId) {
      this.companyId = companyId;
      this.key = key;
      this.ownerId = ownerId;
    }
  }

  Scope resolve(Exchange ex) {
    switch (scopeKind) {
      case PROJECT:
        {
          Long projectId = ex.longParam("project_id");
          if (projectId == null) {
            throw new Exchange.BadRequest(missing("project_id"));
          }
          return projectScope(ex.companyId, projectId);
        }
      case PARENT:
        {
          Long parentId = ex.longParam(parentParam);
          if (parentId == null) {
            throw new Exchange.BadRequest(missing(parentParam));
          }
          Store.Rec parent = store.get(parentTable, parentId);
          if (parent == null || parent.companyId != ex.companyId) {
            throw new NotFound(parentTable + " " + parentId);
          }
          return new Scope(ex.companyId, parentTable + ":" + parentId, parentId);
        }
      default:
        {
          Long companyId = ex.longParam("company_id");
          if (companyId == null && requireCompanyId) {
            throw new Exchange.BadRequest(missing("company_id"));
          }
          long id = companyId == null ? ex.companyId : companyId;
          if (store.get("companies", id) == null || id != ex.companyId) {
            throw new NotFound("company " + id);
          }
          return new Scope(id, "company:" + id, id);
        }
    }
  }

  Scope projectScope(long companyId, long projectId) {
    Store.Rec project = store.get("projects", projectId);
    if (project == null || project.companyId != companyId) {
      throw new NotFound("project " + projectId);
    }
    return new Scope(companyId, "project:" + projectId, projectId);
  }

  Reply wrap(int status, JsonNode node) {
    return Reply.json(status, envelope ? Json.object().set("data", node) : node);
  }

  // ---- handlers ----

  Reply list(Exchange ex) {
    Scope scope = resolve(ex);
    List<ObjectNode> out = new ArrayList<>();
    synchronized (store) {
      for (Store.Rec rec : store.liveList(table, r -> r.scope.equals(scope.key))) {
        if (visible(ex, rec.node)
            && matchesFilters(ex, rec.node)
            && listFilter.test(ex, rec.node)) {
          out.add(rec.node);
        }
      }
      return Paging.page(ex, out, envelope, present);
    }
  }

  static String missing(String param) {
    return "param is missing or the value is empty: " + param;
  }

  Store.Rec find(Exchange ex, long id) {
    if (scopeKind == ScopeKind.COMPANY && requireCompanyId && ex.longParam("company_id") == null) {
      throw new Exchange.BadRequest(missing("company_id"));
    }
    Store.Rec rec = store.get(table, id);
    if (rec == null || rec.companyId != ex.companyId || isDeleted(rec.node)) {
      throw new NotFound(table + " " + id);
    }
    if (scopeKind != ScopeKind.COMPANY) {
      String param = scopeKind == ScopeKind.PROJECT ? "project_id" : parentParam;
      Long given = ex.longParam(param);
      if (given != null && !rec.scope.endsWith(":" + given)) {
        throw new NotFound(table + " " + id + " in " + param + " " + given);
      }
    }
    return rec;
  }

  Reply show(Exchange ex) {
    return wrap(200, present.apply(find(ex, ex.pathId("id")).node));
  }

  Reply create(Exchange ex) {
    Scope scope = resolve(ex);
    ObjectNode attrs = attrs(ex);
    Result result = createRecord(scope, attrs);
    return result.errors.isEmpty()
        ? wrap(createStatus, result.node)
        : errorReply.apply(result.errors);
  }

  /** Lists records of the scope whose {@code field} equals the path parameter of that name. */
  Reply listWhere(Exchange ex, String field) {
    Scope scope = resolve(ex);
    String wanted = ex.param(field);
    List<ObjectNode> out = new ArrayList<>();
    synchronized (store) {
      for (Store.Rec rec : store.liveList(table, r -> r.scope.equals(scope.key))) {
        if ((wanted == null || wanted.equals(Json.text(rec.node, field)))
            && visible(ex, rec.node)
            && matchesFilters(ex, rec.node)
            && listFilter.test(ex, rec.node)) {
          out.add(rec.node);
        }
      }
      return Paging.page(ex, out, envelope, present);
    }
  }

  ObjectNode attrs(Exchange ex) {
    ObjectNode attrs;
    if (wrapper.isEmpty() || (unwrappedOk && !ex.json().has(wrapper))) {
      JsonNode json = ex.json();
      if (!json.isObject()) {
        throw new Exchange.BadRequest("body must be a JSON object");
      }
      attrs = ((ObjectNode) json).deepCopy();
      attrs.remove("project_id");
      attrs.remove("company_id");
    } else if (!altWrapper.isEmpty() && ex.json().has(altWrapper) && !ex.json().has(wrapper)) {
      attrs = ex.jsonObject(altWrapper).deepCopy();
    } else {
      attrs = ex.jsonObject(wrapper).deepCopy();
    }
    copyParams(ex, attrs);
    return attrs;
  }

  void copyParams(Exchange ex, ObjectNode attrs) {
    for (String param : copyParams) {
      if (attrs.hasNonNull(param)) {
        continue;
      }
      Long value = ex.longParam(param);
      if (value != null) {
        attrs.put(param, value);
      }
    }
  }

  Reply update(Exchange ex) {
    Store.Rec rec = find(ex, ex.pathId("id"));
    Result result = updateRecord(rec, attrs(ex));
    return result.errors.isEmpty() ? wrap(200, result.node) : errorReply.apply(result.errors);
  }

  Reply delete(Exchange ex) {
    Store.Rec rec = find(ex, ex.pathId("id"));
    String refusal = deleteGuard.apply(rec.node);
    if (refusal != null) {
      return ProcoreErrors.refused(refusal);
    }
    if (softDelete) {
      store.update(table, rec.id(), Json.object().put("deleted_at", store.now()));
    } else {
      store.delete(table, rec.id());
    }
    return Reply.empty(204);
  }

  boolean isDeleted(ObjectNode node) {
    return softDelete && node.hasNonNull("deleted_at");
  }

  /**
   * Soft-deleted records are hidden unless {@code filters[include_deleted]} is {@code with} or
   * {@code only}, or {@code filters[deleted_at]} asks for them (then only deleted ones match).
   */
  boolean visible(Exchange ex, ObjectNode node) {
    if (!softDelete) {
      return true;
    }
    boolean deleted = node.hasNonNull("deleted_at");
    String include = ex.param("filters[include_deleted]");
    if (ex.param("filters[deleted_at]") != null || "only".equals(include)) {
      return deleted;
    }
    return "with".equals(include) || !deleted;
  }

  /** The generic sync action: {"updates": [...]} -> 200 {"entities": [...], "errors": [...]}. */
  Reply sync(Exchange ex) {
    Scope scope = resolve(ex);
    JsonNode updates = ex.json().get("updates");
    if (updates == null || !updates.isArray()) {
      throw new Exchange.BadRequest("param is missing or the value is empty: updates");
    }
    if (updates.size() > MAX_SYNC_ITEMS) {
      return ProcoreErrors.tooManyItems(MAX_SYNC_ITEMS, updates.size());
    }
    ArrayNode entities = Json.array();
    ArrayNode errors = Json.array();
    synchronized (store) {
      for (JsonNode item : updates) {
        if (!item.isObject()) {
          ObjectNode error = Json.object();
          error.set(
              "errors",
              ProcoreErrors.fieldErrorsNode(Map.of("base", List.of("must be an object"))));
          errors.add(error);
          continue;
        }
        ObjectNode attrs = (ObjectNode) item;
        ObjectNode withParams = attrs.deepCopy();
        copyParams(ex, withParams);
        Result result = syncOne(scope, withParams);
        if (result.errors.isEmpty()) {
          entities.add(result.node);
        } else {
          ObjectNode error = attrs.deepCopy();
          error.set("errors", ProcoreErrors.fieldErrorsNode(result.errors));
          errors.add(error);
        }
      }
    }
    ObjectNode body = Json.object();
    body.set("entities", entities);
    body.set("errors", errors);
    return Reply.json(200, body);
  }

  Result syncOne(Scope scope, ObjectNode attrs) {
    Long id = Json.longValue(attrs, "id");
    String originId = Json.text(attrs, "origin_id");
    if (id != null) {
      Store.Rec rec = store.get(table, id);
      if (rec == null || !rec.scope.equals(scope.key) || isDeleted(rec.node)) {
        return Result.failed(Map.of("id", List.of(ProcoreErrors.SYNC_ID_NOT_FOUND)));
      }
      return updateRecord(rec, attrs);
    }
    if (originId != null) {
      Store.Rec rec = findByOrigin(scope, originId);
      if (rec != null) {
        return updateRecord(rec, attrs);
      }
    }
    return createRecord(scope, attrs);
  }

  Store.@Nullable Rec findByOrigin(Scope scope, String originId) {
    List<Store.Rec> found =
        store.list(
            table,
            r ->
                r.scope.equals(scope.key)
                    && !isDeleted(r.node)
                    && originId.equals(Json.text(r.node, "origin_id")));
    return found.isEmpty() ? null : found.get(0);
  }

  Result createRecord(Scope scope, ObjectNode attrs) {
    String refusal = createGuard.apply(scope);
    if (refusal != null) {
      return Result.failed(Map.of("base", List.of(refusal)));
    }
    ObjectNode node = attrs.deepCopy();
    node.remove("id");
    node = derive.apply(scope, node);
    Map<String, List<String>> errors = validate(scope, node, null);
    if (!errors.isEmpty()) {
      return Result.failed(errors);
    }
    return Result.ok(present.apply(store.insert(table, scope.companyId, scope.key, node)));
  }

  Result updateRecord(Store.Rec rec, ObjectNode attrs) {
    String refusal = updateGuard.apply(rec.node, attrs);
    if (refusal != null) {
      return Result.failed(Map.of("base", List.of(refusal)));
    }
    ObjectNode merged = rec.node.deepCopy();
    for (Map.Entry<String, JsonNode> f : attrs.properties()) {
      if (!f.getKey().equals("id")) {
        merged.set(f.getKey(), f.getValue().deepCopy());
      }
    }
    Scope scope = new Scope(rec.companyId, rec.scope, ownerOf(rec.scope));
    ObjectNode derived = derive.apply(scope, merged);
    Map<String, List<String>> errors = validate(scope, derived, rec.id());
    if (!errors.isEmpty()) {
      return Result.failed(errors);
    }
    ObjectNode updated = store.update(table, rec.id(), derived);
    return Result.ok(present.apply(updated == null ? derived : updated));
  }

  private Map<String, List<String>> validate(Scope scope, ObjectNode node, @Nullable Long selfId) {
    Map<String, List<String>> errors = new LinkedHashMap<>(validator.apply(scope, node));
    String originId = Json.text(node, "origin_id");
    if (originId != null) {
      Store.Rec other = findByOrigin(scope, originId);
      if (other != null && (selfId == null || other.id() != selfId)) {
        errors.computeIfAbsent("origin_id", k -> new ArrayList<>()).add("has already been taken");
      }
    }
    return errors;
  }

  static long ownerOf(String scopeKey) {
    return Long.parseLong(scopeKey.substring(scopeKey.indexOf(':') + 1));
  }

  // ---- generic filters ----

  static boolean matchesFilters(Exchange ex, ObjectNode node) {
    for (Map.Entry<String, List<String>> entry : ex.query.entrySet()) {
      String key = entry.getKey();
      if (!key.startsWith("filters[")) {
        continue;
      }
      int close = key.indexOf(']');
      if (close < 0) {
        continue;
      }
      String field = key.substring("filters[".length(), close);
      List<String> values = entry.getValue();
      if (!matchesFilter(node, field, values)) {
        return false;
      }
    }
    return true;
  }

  static boolean matchesFilter(ObjectNode node, String field, List<String> values) {
    if (values.isEmpty()) {
      return true;
    }
    if (field.endsWith("_at") && values.size() == 1 && values.get(0).contains("...")) {
      return inRange(Json.text(node, field), values.get(0));
    }
    if (field.equals("include_deleted")) {
      return true;
    }
    JsonNode value = node.get(field);
    if (value == null && field.endsWith("_id")) {
      JsonNode nested = node.get(field.substring(0, field.length() - 3));
      value = nested == null ? null : nested.get("id");
    }
    if (value == null) {
      return true;
    }
    String actual = value.isNull() ? "" : value.asText();
    for (String wanted : values) {
      for (String one : wanted.split(",")) {
        if (one.trim().equalsIgnoreCase(actual)) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code a...b} inclusive; either end may be empty (open). */
  static boolean inRange(@Nullable String actualText, String range) {
    Instant actual = Json.instant(actualText);
    if (actual == null) {
      return false;
    }
    int dots = range.indexOf("...");
    Instant from = Json.instant(range.substring(0, dots));
    String toText = range.substring(dots + 3);
    Instant to = Json.instant(toText);
    if (to != null && toText.trim().length() == 10) {
      to = to.plusSeconds(86_399);
    }
    return (from == null || !actual.isBefore(from)) && (to == null || !actual.isAfter(to));
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** The outcome of one write. */
  static final class Result {
    final ObjectNode node;
    final Map<String, List<String>> errors;

    private Result(ObjectNode node, Map<String, List<String>> errors) {
      this.node = node;
      this.errors = errors;
    }

    static Result ok(ObjectNode node) {
      return new Result(node, Map.of());
    }

    static Result failed(Map<String, List<String>> errors) {
      return new Result(Json.object(), errors);
    }
  }
}
