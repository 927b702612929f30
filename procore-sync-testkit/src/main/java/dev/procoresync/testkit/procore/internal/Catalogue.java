package dev.procoresync.testkit.procore.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Wires the resources to the real Procore paths they are served on. Every path here is one of
 * Procore's own (checked against the API catalogue by the testkit's route test).
 */
final class Catalogue {
  final Store store;
  final Router router;
  final Map<String, Resource> resources = new LinkedHashMap<>();
  final Set<Long> migrated = ConcurrentHashMap.newKeySet();

  Catalogue(Store store, Router router) {
    this.store = store;
    this.router = router;
  }

  void registerAll() {
    CoreRoutes.register(this);
    CostRoutes.register(this);
    TimeRoutes.register(this);
    FinancialRoutes.register(this);
    ChangeRoutes.register(this);
    WebhookRoutes.register(this);
    TimekeepingSupportRoutes.register(this);
  }

  Resource resource(String table, String wrapper) {
    Resource resource = new Resource(store, table, wrapper);
    resources.put(table, resource);
    return resource;
  }

  List<String> resourceNames() {
    List<String> names = new ArrayList<>();
    names.add("companies");
    names.addAll(resources.keySet());
    return names;
  }

  /** Registers list + create on {@code base}, show + update (+ delete) on base/{id}, + sync. */
  void crud(Resource r, String base, String ops) {
    for (String op : ops.split(",")) {
      switch (op.trim()) {
        case "list":
          router.add("GET", base, r::list);
          break;
        case "create":
          router.add("POST", base, r::create);
          break;
        case "show":
          router.add("GET", base + "/{id}", r::show);
          break;
        case "update":
          router.add("PATCH", base + "/{id}", r::update);
          break;
        case "delete":
          router.add("DELETE", base + "/{id}", r::delete);
          break;
        case "sync":
          router.add("PATCH", base + "/sync", r::sync);
          break;
        default:
          throw new IllegalArgumentException("unknown op " + op);
      }
    }
  }

  ObjectNode seed(String table, long companyId, @Nullable Long ownerId, ObjectNode attrs) {
    if (table.equals("companies")) {
      ObjectNode company = attrs.deepCopy();
      long id = company.hasNonNull("id") ? company.get("id").asLong() : store.nextId();
      company.put("id", id);
      ObjectNode stored = store.insert("companies", id, "root", company);
      FinancialRoutes.seedDefaultSegments(store, id);
      return stored;
    }
    Resource resource = resources.get(table);
    if (resource == null) {
      throw new IllegalArgumentException(
          "unknown resource: " + table + " (known: " + resourceNames() + ")");
    }
    if (store.get("companies", companyId) == null) {
      throw new IllegalArgumentException("unknown company id: " + companyId);
    }
    Resource.Scope scope;
    switch (resource.scopeKind) {
      case PROJECT:
        if (ownerId == null) {
          throw new IllegalArgumentException(table + " needs a project id");
        }
        scope = resource.projectScope(companyId, ownerId);
        break;
      case PARENT:
        if (ownerId == null) {
          throw new IllegalArgumentException(table + " needs a " + resource.parentParam);
        }
        Store.Rec parent = store.get(resource.parentTable, ownerId);
        if (parent == null || parent.companyId != companyId) {
          throw new IllegalArgumentException(
              "unknown " + resource.parentTable + " id " + ownerId + " in company " + companyId);
        }
        scope = new Resource.Scope(companyId, resource.parentTable + ":" + ownerId, ownerId);
        break;
      default:
        scope = new Resource.Scope(companyId, "company:" + companyId, companyId);
    }
    return store.insert(
        table, companyId, scope.key, resource.derive.apply(scope, attrs.deepCopy()));
  }

  // ---- helpers shared by the route classes ----

  static Map<String, List<String>> errors() {
    return new LinkedHashMap<>();
  }

  static void required(Map<String, List<String>> errors, ObjectNode node, String... fields) {
    for (String field : fields) {
      String value = Json.text(node, field);
      if (value == null || value.isBlank()) {
        errors.computeIfAbsent(field, k -> new ArrayList<>()).add(ProcoreErrors.BLANK);
      }
    }
  }

  static void maxLength(Map<String, List<String>> errors, ObjectNode node, String field, int max) {
    String value = Json.text(node, field);
    if (value != null && value.length() > max) {
      errors.computeIfAbsent(field, k -> new ArrayList<>()).add(ProcoreErrors.tooLong(max));
    }
  }

  static void oneOf(
      Map<String, List<String>> errors, ObjectNode node, String field, String... allowed) {
    String value = Json.text(node, field);
    if (value != null && !List.of(allowed).contains(value)) {
      errors.computeIfAbsent(field, k -> new ArrayList<>()).add("is not included in the list");
    }
  }

  static void defaults(ObjectNode node, String field, String value) {
    if (!node.has(field)) {
      node.put(field, value);
    }
  }

  static void defaultsNull(ObjectNode node, String... fields) {
    for (String field : fields) {
      if (!node.has(field)) {
        node.putNull(field);
      }
    }
  }

  /** Sets {@code name: {id, name}} from {@code name_id} when the referenced record exists. */
  void reference(ObjectNode node, String field, String table, String... copied) {
    Long id = Json.longValue(node, field + "_id");
    if (id == null) {
      if (!node.has(field)) {
        node.putNull(field);
      }
      return;
    }
    Store.Rec rec = store.get(table, id);
    ObjectNode ref = Json.object().put("id", id);
    if (rec != null) {
      for (String c : copied) {
        if (rec.node.has(c)) {
          ref.set(c, rec.node.get(c));
        }
      }
    }
    node.set(field, ref);
  }

  static ArrayNode array() {
    return Json.array();
  }
}
