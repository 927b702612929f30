package dev.procoresync.testkit.procore.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.procoresync.testkit.http.Reply;
import java.util.Map;

/** Companies, me, projects, vendors and company users. */
final class CoreRoutes {
  private CoreRoutes() {}

  static void register(Catalogue c) {
    Store store = c.store;
    c.router.add(
        "GET",
        "/rest/v1.0/companies",
        ex -> {
          ArrayNode out = Json.array();
          store.list("companies", r -> true).forEach(r -> out.add(r.node));
          return Reply.json(200, out);
        },
        false);
    c.router.add(
        "GET",
        "/rest/v1.0/me",
        ex ->
            Reply.json(
                200,
                Json.object()
                    .put("id", 1)
                    .put("login", "fake-service-account@example.com")
                    .put("name", "Fake Service Account")),
        false);

    Resource projects = c.resource("projects", "project");
    projects.requireCompanyId = true;
    projects.validator =
        (scope, node) -> {
          Map<String, java.util.List<String>> errors = Catalogue.errors();
          Catalogue.required(errors, node, "name");
          Catalogue.maxLength(errors, node, "name", 255);
          return errors;
        };
    projects.derive =
        (scope, node) -> {
          if (!node.has("active")) {
            node.put("active", true);
          }
          Catalogue.defaultsNull(
              node,
              "project_number",
              "origin_id",
              "origin_data",
              "origin_code",
              "start_date",
              "completion_date");
          if (!node.has("display_name") && node.hasNonNull("name")) {
            String number = Json.text(node, "project_number");
            node.put(
                "display_name", (number == null ? "" : number + " - ") + node.get("name").asText());
          }
          Store.Rec company = store.get("companies", scope.companyId);
          node.set(
              "company",
              Json.object()
                  .put("id", scope.companyId)
                  .put("name", company == null ? "" : Json.text(company.node, "name")));
          return node;
        };
    projects.listFilter =
        (ex, node) -> {
          String byStatus = ex.param("filters[by_status]");
          boolean active = !node.has("active") || node.get("active").asBoolean();
          if (byStatus == null || byStatus.equalsIgnoreCase("active")) {
            return active;
          }
          return byStatus.equalsIgnoreCase("inactive") ? !active : true;
        };
    c.crud(projects, "/rest/v1.0/projects", "list,create,show,update,sync");
    c.router.add("GET", "/rest/v1.0/companies/{company_id}/projects", projects::list);

    Resource vendors = c.resource("vendors", "vendor");
    vendors.requireCompanyId = true;
    vendors.validator =
        (scope, node) -> {
          Map<String, java.util.List<String>> errors = Catalogue.errors();
          Catalogue.required(errors, node, "name");
          Catalogue.maxLength(errors, node, "name", 255);
          Catalogue.maxLength(errors, node, "abbreviated_name", 10);
          return errors;
        };
    vendors.derive =
        (scope, node) -> {
          if (!node.has("is_active")) {
            node.put("is_active", true);
          }
          Catalogue.defaultsNull(node, "origin_id", "origin_data", "origin_code");
          // Procore shows a vendor's parent as parent{id}, while writes take parent_id.
          if (node.hasNonNull("parent_id")) {
            node.putObject("parent").put("id", node.get("parent_id").asLong());
          } else if (node.has("parent_id")) {
            node.putNull("parent");
          }
          return node;
        };
    c.crud(vendors, "/rest/v1.0/vendors", "list,create,show,update,sync");

    // ---- company users (the company directory's users) ----
    Resource users = c.resource("company_users", "user");
    users.validator =
        (scope, node) -> {
          Map<String, java.util.List<String>> errors = Catalogue.errors();
          Catalogue.required(errors, node, "email_address", "last_name");
          Catalogue.maxLength(errors, node, "email_address", 255);
          return errors;
        };
    users.derive =
        (scope, node) -> {
          if (!node.has("is_active")) {
            node.put("is_active", true);
          }
          if (!node.has("is_employee")) {
            node.put("is_employee", false);
          }
          Catalogue.defaultsNull(
              node,
              "first_name",
              "employee_id",
              "job_title",
              "work_classification_id",
              "origin_id",
              "origin_data");
          String first = Json.text(node, "first_name");
          String last = Json.text(node, "last_name");
          node.put(
              "name", ((first == null ? "" : first + " ") + (last == null ? "" : last)).trim());
          // Procore shows the user's vendor as vendor{id, name}, while writes take vendor_id.
          c.reference(node, "vendor", "vendors", "name");
          return node;
        };
    c.crud(users, "/rest/v1.3/companies/{company_id}/users", "list,create,show,update,sync");
  }
}
