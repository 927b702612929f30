package dev.procoresync.testkit.procore.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.testkit.http.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Webhooks v1: hooks (company or project owned), triggers, deliveries. */
final class WebhookRoutes {
  private WebhookRoutes() {}

  static void register(Catalogue c) {
    Store store = c.store;
    Resource hooks = c.resource("webhook_hooks", "hook");
    hooks.copyParams = List.of("project_id");
    hooks.validator =
        (scope, node) -> {
          Map<String, List<String>> errors = Catalogue.errors();
          Catalogue.required(errors, node, "namespace", "destination_url");
          String namespace = Json.text(node, "namespace");
          if (namespace != null && !namespace.isEmpty() && !namespace.matches("[a-z0-9-]+")) {
            errors.computeIfAbsent("namespace", k -> new ArrayList<>()).add("is invalid");
          }
          Long projectId = Json.longValue(node, "owned_by_project_id");
          if (projectId != null) {
            Store.Rec project = store.get("projects", projectId);
            if (project == null || project.companyId != scope.companyId) {
              errors.computeIfAbsent("project_id", k -> new ArrayList<>()).add("not found");
            }
          }
          return errors;
        };
    hooks.derive =
        (scope, node) -> {
          Long projectId = Json.longValue(node, "project_id");
          node.remove("project_id");
          if (projectId != null) {
            node.put("owned_by_project_id", projectId);
            node.putNull("owned_by_company_id");
          } else if (!node.hasNonNull("owned_by_project_id")) {
            node.put("owned_by_company_id", scope.companyId);
            node.putNull("owned_by_project_id");
          }
          Catalogue.defaults(node, "api_version", "v2");
          return node;
        };
    hooks.present =
        node -> {
          ObjectNode out = node.deepCopy();
          JsonNode headers = node.get("destination_headers");
          if (headers != null && headers.isObject()) {
            ObjectNode masked = Json.object();
            headers.properties().forEach(e -> masked.put(e.getKey(), "********"));
            out.set("destination_headers", masked);
          }
          return out;
        };
    hooks.listFilter =
        (ex, node) -> {
          String project = ex.param("project_id");
          return project == null
              ? !node.hasNonNull("owned_by_project_id")
              : project.equals(Json.text(node, "owned_by_project_id"));
        };
    c.crud(hooks, "/rest/v1.0/webhooks/hooks", "list,create,update,delete");

    Resource triggers = c.resource("webhook_triggers", "trigger").under("hook_id", "webhook_hooks");
    triggers.validator =
        (scope, node) -> {
          Map<String, List<String>> errors = Catalogue.errors();
          Catalogue.required(errors, node, "resource_name", "event_type");
          String event = Json.text(node, "event_type");
          if (event != null
              && !List.of("create", "update", "delete").contains(event.toLowerCase(Locale.ROOT))) {
            errors
                .computeIfAbsent("event_type", k -> new ArrayList<>())
                .add("is not included in the list");
          }
          return errors;
        };
    triggers.derive =
        (scope, node) -> {
          node.put("hook_id", scope.ownerId);
          return node;
        };
    String base = "/rest/v1.0/webhooks/hooks/{hook_id}/triggers";
    c.router.add("GET", base, triggers::list);
    c.router.add("POST", base, triggers::create);
    c.router.add("DELETE", base + "/{id}", triggers::delete);
    c.router.add(
        "POST",
        base + "/bulk",
        ex -> {
          Resource.Scope scope = triggers.resolve(ex);
          JsonNode items = ex.json().get("triggers");
          if (items == null || !items.isArray()) {
            throw new Exchange.BadRequest("param is missing or the value is empty: triggers");
          }
          if (items.size() > Resource.MAX_SYNC_ITEMS) {
            return ProcoreErrors.tooManyItems(Resource.MAX_SYNC_ITEMS, items.size());
          }
          ArrayNode out = Json.array();
          for (JsonNode item : items) {
            Resource.Result result = triggers.createRecord(scope, (ObjectNode) item);
            if (!result.errors.isEmpty()) {
              return ProcoreErrors.unprocessable(result.errors);
            }
            out.add(result.node);
          }
          return Reply.json(201, out);
        });

    Resource deliveries =
        c.resource("webhook_deliveries", "delivery").under("hook_id", "webhook_hooks");
    deliveries.derive =
        (scope, node) -> {
          Catalogue.defaults(node, "outcome", "ok");
          node.put("hook_id", scope.ownerId);
          return node;
        };
    deliveries.listFilter =
        (ex, node) -> {
          String status = ex.param("filter[status]");
          String outcome = Json.text(node, "outcome");
          if (status == null || status.equals("any")) {
            return true;
          }
          switch (status) {
            case "successful":
              return "ok".equals(outcome);
            case "discarded":
              return "discarded".equals(outcome);
            case "failing":
              return "failed".equals(outcome) || "retried".equals(outcome);
            default:
              return true;
          }
        };
    c.router.add("GET", "/rest/v1.0/webhooks/hooks/{hook_id}/deliveries", deliveries::list);
  }
}
