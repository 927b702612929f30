package dev.procoresync.testkit.procore.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.testkit.http.Reply;
import java.util.List;

/**
 * What the time-keeping flows read beyond {@link TimeRoutes}: the company configuration (which
 * projects take start and stop times, the rounding rule) and the cost codes a project's timesheets
 * allow. A project takes start and stop times when its record has {@code timecard_in_out_enabled:
 * true} (seed it with the fixture).
 */
final class TimekeepingSupportRoutes {
  private TimekeepingSupportRoutes() {}

  static void register(Catalogue c) {
    Store store = c.store;
    c.router.add(
        "GET",
        "/rest/v1.0/company_configuration",
        ex -> {
          ObjectNode body = Json.object().put("id", ex.companyId).put("company_id", ex.companyId);
          ArrayNode inOut = body.putArray("projects_timecard_in_out_enabled");
          store
              .list(
                  "projects",
                  r ->
                      r.companyId == ex.companyId
                          && r.node.path("timecard_in_out_enabled").asBoolean(false))
              .forEach(r -> inOut.add(r.id()));
          List<Store.Rec> rounding =
              store.list("rounding_configurations", r -> r.companyId == ex.companyId);
          if (rounding.isEmpty()) {
            body.putNull("rounding_configuration");
          } else {
            ObjectNode rule = body.putObject("rounding_configuration");
            rule.set("rule", rounding.get(0).node.get("rule"));
            rule.set("time_increment", rounding.get(0).node.get("time_increment"));
          }
          return Reply.json(200, body);
        });
    Resource costCodes = c.resources.get("cost_codes");
    c.router.add(
        "GET",
        "/rest/v1.0/projects/{project_id}/timesheets/scoped_cost_codes",
        ex -> {
          Resource.Scope scope = costCodes.resolve(ex);
          ArrayNode out = Json.array();
          store
              .liveList("cost_codes", r -> r.scope.equals(scope.key))
              .forEach(
                  r ->
                      out.add(
                          Json.object()
                              .put("id", r.id())
                              .put("full_code", Json.text(r.node, "full_code"))
                              .put("name", Json.text(r.node, "name"))));
          return Reply.json(200, out);
        });
  }
}
