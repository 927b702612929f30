package dev.procoresync.testkit.procore.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** Change events, change order packages, potential change orders, change order requests. */
final class ChangeRoutes {
  private ChangeRoutes() {}

  static void register(Catalogue c) {
    Resource events = c.resource("change_events", "change_event").inProject();
    events.validator =
        (scope, node) -> {
          Map<String, List<String>> errors = Catalogue.errors();
          Catalogue.required(errors, node, "title");
          return errors;
        };
    events.derive =
        (scope, node) -> {
          Catalogue.defaultsNull(
              node, "number", "scope", "change_type", "change_reason", "description");
          if (!node.has("status")) {
            node.set("status", Json.object().put("name", "Open").put("mapped_to_status", "open"));
          } else if (node.get("status").isTextual()) {
            String name = node.get("status").asText();
            node.set(
                "status",
                Json.object()
                    .put("name", name)
                    .put("mapped_to_status", name.toLowerCase(java.util.Locale.ROOT)));
          }
          if (!node.has("external_data")) {
            node.set("external_data", Json.object().putNull("origin_id").putNull("origin_data"));
          }
          if (!node.has("change_items")) {
            node.set("change_items", Json.array());
          }
          return node;
        };
    events.listFilter =
        (ex, node) -> {
          String origin = ex.param("filters[origin_id]");
          return origin == null
              || origin.equals(Json.text(node.path("external_data"), "origin_id"));
        };
    c.crud(events, "/rest/v1.0/change_events", "list,create,show,update");
    c.crud(events, "/rest/v1.1/change_events", "list,create,show,update,delete");

    Resource packages = c.resource("change_order_packages", "change_order").inProject();
    packages.copyParams = List.of("contract_id");
    packages.validator = ChangeRoutes::changeOrder;
    packages.derive = ChangeRoutes::deriveChangeOrder;
    packages.listFilter = ChangeRoutes::byContract;
    c.crud(packages, "/rest/v1.0/change_order_packages", "list,create,show,update");

    Resource pcos = c.resource("potential_change_orders", "potential_change_order").inProject();
    pcos.copyParams = List.of("contract_id");
    pcos.validator = ChangeRoutes::changeOrder;
    pcos.derive = ChangeRoutes::deriveChangeOrder;
    pcos.listFilter = ChangeRoutes::byContract;
    c.crud(pcos, "/rest/v1.0/potential_change_orders", "list,create,show,update,sync");

    Resource pcoLines =
        c.resource("potential_change_order_line_items", "line_item")
            .under("potential_change_order_id", "potential_change_orders");
    pcoLines.derive =
        (scope, node) -> {
          FinancialRoutes.money(node, "amount", "0.0");
          FinancialRoutes.money(node, "quantity", null);
          FinancialRoutes.money(node, "unit_cost", null);
          Catalogue.defaultsNull(node, "description", "origin_id", "origin_data");
          return node;
        };
    pcoLines.validator =
        (scope, node) -> {
          Map<String, List<String>> errors = Catalogue.errors();
          FinancialRoutes.decimal(errors, node, "amount");
          return errors;
        };
    c.crud(
        pcoLines,
        "/rest/v1.0/potential_change_orders/{potential_change_order_id}/line_items",
        "list,create,show,update,delete,sync");

    Resource cors = c.resource("change_order_requests", "change_order_request").inProject();
    cors.copyParams = List.of("contract_id");
    cors.validator = ChangeRoutes::changeOrder;
    cors.derive = ChangeRoutes::deriveChangeOrder;
    cors.listFilter = ChangeRoutes::byContract;
    c.crud(cors, "/rest/v1.0/change_order_requests", "list,create,show,update,sync");
  }

  private static Map<String, List<String>> changeOrder(Resource.Scope scope, ObjectNode node) {
    Map<String, List<String>> errors = Catalogue.errors();
    Catalogue.required(errors, node, "contract_id");
    FinancialRoutes.changeOrderStatus(errors, node);
    return errors;
  }

  private static ObjectNode deriveChangeOrder(Resource.Scope scope, ObjectNode node) {
    Catalogue.defaults(node, "status", "draft");
    FinancialRoutes.money(node, "grand_total", "0.0");
    Catalogue.defaultsNull(node, "origin_id", "origin_data", "origin_code", "title", "number");
    return node;
  }

  private static boolean byContract(Exchange ex, ObjectNode node) {
    String contract = ex.param("contract_id");
    return contract == null || contract.equals(Json.text(node, "contract_id"));
  }
}
