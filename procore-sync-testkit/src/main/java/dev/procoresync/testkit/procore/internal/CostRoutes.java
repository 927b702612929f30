package dev.procoresync.testkit.procore.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Project cost codes (tiered), company cost types (line item types) and project sub jobs. */
final class CostRoutes {
  private CostRoutes() {}

  static void register(Catalogue c) {
    Store store = c.store;

    Resource costCodes = c.resource("cost_codes", "cost_code").inProject();
    costCodes.validator =
        (scope, node) -> {
          Map<String, List<String>> errors = Catalogue.errors();
          Catalogue.required(errors, node, "code", "name");
          Long parentId = Json.longValue(node, "parent_id");
          if (parentId != null) {
            Store.Rec parent = store.get("cost_codes", parentId);
            if (parent == null || !parent.scope.equals(scope.key)) {
              errors.computeIfAbsent("parent_id", k -> new ArrayList<>()).add("not found");
            }
          }
          return errors;
        };
    costCodes.derive =
        (scope, node) -> {
          String code = Json.text(node, "code");
          Long parentId = Json.longValue(node, "parent_id");
          Store.Rec parent = parentId == null ? null : store.get("cost_codes", parentId);
          String parentFull = parent == null ? null : Json.text(parent.node, "full_code");
          node.put("full_code", parentFull == null ? code : parentFull + "-" + code);
          if (parentId == null) {
            node.putNull("parent_id");
            node.putNull("parent");
          } else {
            node.set("parent", Json.object().put("id", parentId));
          }
          Long subJobId = Json.longValue(node, "sub_job_id");
          node.put("biller_type", subJobId == null ? "Project" : "SubJob");
          node.put("biller_id", subJobId == null ? scope.ownerId : subJobId);
          node.put("project_id", scope.ownerId);
          Catalogue.defaultsNull(
              node, "origin_id", "origin_data", "standard_cost_code_id", "position");
          if (!node.has("line_item_types")) {
            node.set("line_item_types", Json.array());
          }
          return node;
        };
    costCodes.listFilter =
        (ex, node) -> {
          String subJob = ex.param("sub_job_id");
          return subJob == null || subJob.equals(Json.text(node, "sub_job_id"));
        };
    c.crud(costCodes, "/rest/v1.0/cost_codes", "list,create,show,update,sync");

    Resource types = c.resource("line_item_types", "line_item_type");
    types.validator =
        (scope, node) -> {
          Map<String, List<String>> errors = Catalogue.errors();
          Catalogue.required(errors, node, "name");
          Catalogue.oneOf(
              errors,
              node,
              "base_type",
              "labor",
              "equipment",
              "materials",
              "commitment",
              "owner_cost",
              "professional_services",
              "other");
          return errors;
        };
    types.derive =
        (scope, node) -> {
          if (node.hasNonNull("csv_import_code")) {
            node.put("code", node.get("csv_import_code").asText());
            node.remove("csv_import_code");
          }
          Catalogue.defaults(node, "base_type", "other");
          Catalogue.defaultsNull(node, "code", "origin_id", "origin_data");
          return node;
        };
    c.crud(types, "/rest/v1.0/line_item_types", "list,create,show,update,sync");

    Resource subJobs = c.resource("sub_jobs", "sub_job").inProject();
    subJobs.validator =
        (scope, node) -> {
          Map<String, List<String>> errors = Catalogue.errors();
          Catalogue.required(errors, node, "name", "code");
          return errors;
        };
    subJobs.derive =
        (scope, node) -> {
          node.put("project_id", scope.ownerId);
          Catalogue.defaultsNull(node, "origin_id", "origin_data");
          return node;
        };
    c.crud(subJobs, "/rest/v1.0/sub_jobs", "list,create,show,update,delete,sync");
  }

  static ObjectNode ref(long id, String name) {
    return Json.object().put("id", id).put("name", name);
  }
}
