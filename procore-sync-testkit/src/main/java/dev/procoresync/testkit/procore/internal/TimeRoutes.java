package dev.procoresync.testkit.procore.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.testkit.http.Reply;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Time: timecard entries, timesheets, people, crews, classifications, time types, rounding. */
final class TimeRoutes {
  static final String APPROVED_DELETE = "Approved timecard entries cannot be deleted";
  static final String COMPLETED_EDIT = "Completed timecard entries cannot be edited";

  private TimeRoutes() {}

  static void register(Catalogue c) {
    Store store = c.store;

    // ---- people (company directory workers) ----
    Resource people = c.resource("people", "person");
    people.validator =
        (scope, node) -> {
          Map<String, List<String>> errors = Catalogue.errors();
          Catalogue.required(errors, node, "last_name");
          return errors;
        };
    people.derive =
        (scope, node) -> {
          Catalogue.defaultsNull(
              node, "employee_id", "user_id", "work_classification_id", "origin_id");
          if (!node.has("is_employee")) {
            node.put("is_employee", true);
          }
          if (!node.has("active")) {
            node.put("active", true);
          }
          String first = Json.text(node, "first_name");
          String last = Json.text(node, "last_name");
          node.put(
              "name", ((first == null ? "" : first + " ") + (last == null ? "" : last)).trim());
          return node;
        };
    people.listFilter =
        (ex, node) -> {
          boolean active = !node.has("active") || node.get("active").asBoolean();
          if (ex.path.endsWith("/inactive") ? active : !active) {
            return false;
          }
          String search = ex.param("filters[search]");
          return search == null
              || Json.text(node, "name")
                  .toLowerCase(java.util.Locale.ROOT)
                  .contains(search.toLowerCase(java.util.Locale.ROOT));
        };
    c.router.add("GET", "/rest/v1.0/companies/{company_id}/people", people::list);
    c.router.add("POST", "/rest/v1.0/companies/{company_id}/people", people::create);
    c.router.add("GET", "/rest/v1.0/companies/{company_id}/people/inactive", people::list);
    c.router.add("PATCH", "/rest/v1.0/companies/{company_id}/people/{id}", people::update);
    c.router.add(
        "GET",
        "/rest/v1.0/projects/{project_id}/people",
        ex -> {
          people.projectScope(ex.companyId, ex.pathId("project_id"));
          return people.list(ex);
        });

    // ---- work classifications ----
    Resource classifications = c.resource("work_classifications", "work_classification");
    classifications.validator =
        (scope, node) -> {
          Map<String, List<String>> errors = Catalogue.errors();
          Catalogue.required(errors, node, "name");
          return errors;
        };
    classifications.derive =
        (scope, node) -> {
          node.put("company_id", scope.companyId);
          Catalogue.defaultsNull(node, "abbreviation");
          if (!node.has("project_ids")) {
            node.set("project_ids", Json.array());
          }
          return node;
        };
    c.crud(
        classifications,
        "/rest/v1.0/companies/{company_id}/work_classifications",
        "list,create,show,update,delete");

    // ---- timecard time types ----
    Resource timeTypes = c.resource("timecard_time_types", "timecard_time_type");
    timeTypes.validator =
        (scope, node) -> {
          Map<String, List<String>> errors = Catalogue.errors();
          Catalogue.required(errors, node, "time_type", "abbreviated_time_type");
          return errors;
        };
    timeTypes.derive =
        (scope, node) -> {
          if (!node.has("global")) {
            node.put("global", false);
          }
          return node;
        };
    c.router.add(
        "GET",
        "/rest/v1.0/timecard_time_types",
        ex -> {
          Long projectId = ex.longParam("project_id");
          if (projectId == null) {
            throw new Exchange.BadRequest(Resource.missing("project_id"));
          }
          timeTypes.projectScope(ex.companyId, projectId);
          return timeTypes.list(ex);
        });
    c.router.add("GET", "/rest/v1.0/companies/{company_id}/timecard_time_types", timeTypes::list);
    c.router.add(
        "PATCH", "/rest/v1.0/companies/{company_id}/timecard_time_types/{id}", timeTypes::update);

    // ---- crews ----
    Resource crews = c.resource("crews", "crew").inProject();
    crews.validator =
        (scope, node) -> {
          Map<String, List<String>> errors = Catalogue.errors();
          Catalogue.required(errors, node, "name");
          return errors;
        };
    crews.derive =
        (scope, node) -> {
          Long lead = Json.longValue(node, "lead_party_id");
          node.set("lead_party", lead == null ? Json.object().nullNode() : party(store, lead));
          ArrayNode members = Json.array();
          JsonNode ids = node.get("party_ids");
          if (ids != null && ids.isArray()) {
            ids.forEach(id -> members.add(party(store, id.asLong())));
          }
          node.set("members", members);
          node.set("employees", members.deepCopy());
          return node;
        };
    c.crud(crews, "/rest/v1.0/projects/{project_id}/crews", "list,create,show,update,delete");
    c.router.add(
        "GET",
        "/rest/v1.0/projects/{project_id}/crews/ids",
        ex -> {
          Resource.Scope scope = crews.resolve(ex);
          ArrayNode ids = Json.array();
          store.list("crews", r -> r.scope.equals(scope.key)).forEach(r -> ids.add(r.id()));
          return Reply.json(200, ids);
        });

    // ---- rounding configuration (one per company) ----
    registerRounding(c);

    // ---- timesheets ----
    Resource timesheets = c.resource("timesheets", "timesheet").inProject();
    timesheets.validator =
        (scope, node) -> {
          Map<String, List<String>> errors = Catalogue.errors();
          Catalogue.required(errors, node, "date");
          if (Json.text(node, "date") != null && Json.date(Json.text(node, "date")) == null) {
            errors.computeIfAbsent("date", k -> new ArrayList<>()).add("is not a date");
          }
          Catalogue.oneOf(errors, node, "status", "pending", "approved");
          return errors;
        };
    timesheets.derive =
        (scope, node) -> {
          Catalogue.defaults(node, "status", "pending");
          if (!node.has("number")) {
            String date = Json.text(node, "date");
            long sameDay =
                store
                    .list(
                        "timesheets",
                        r ->
                            r.scope.equals(scope.key)
                                && java.util.Objects.equals(date, Json.text(r.node, "date")))
                    .size();
            node.put("number", sameDay + 1);
          }
          node.put(
              "name",
              Json.text(node, "date")
                  + " - "
                  + String.format(java.util.Locale.ROOT, "%02d", node.get("number").asLong()));
          return node;
        };
    timesheets.present =
        node -> {
          ObjectNode out = node.deepCopy();
          ArrayNode entries = Json.array();
          long id = node.get("id").asLong();
          store
              .list(
                  "timecard_entries",
                  r ->
                      id
                          == java.util.Objects.requireNonNullElse(
                              Json.longValue(r.node, "timesheet_id"), -1L))
              .forEach(r -> entries.add(r.node));
          out.set("timecard_entries", entries);
          return out;
        };
    timesheets.listFilter = (ex, node) -> dateWithin(ex, Json.text(node, "date"), null);
    c.router.add(
        "PATCH",
        "/rest/v1.0/projects/{project_id}/timesheets/update_approval",
        ex -> {
          Resource.Scope scope = timesheets.resolve(ex);
          JsonNode items = ex.json().get("timesheets");
          if (items == null || !items.isArray()) {
            throw new Exchange.BadRequest("param is missing or the value is empty: timesheets");
          }
          ArrayNode out = Json.array();
          for (JsonNode item : items) {
            Long id = Json.longValue(item, "id");
            String status = Json.text(item, "status");
            Store.Rec rec = id == null ? null : store.get("timesheets", id);
            if (rec == null || !rec.scope.equals(scope.key)) {
              throw new NotFound("timesheet " + id);
            }
            if (!"pending".equals(status) && !"approved".equals(status)) {
              return ProcoreErrors.unprocessable(
                  Map.of("status", List.of("is not included in the list")));
            }
            out.add(
                timesheets.present.apply(
                    store.update("timesheets", id, Json.object().put("status", status))));
          }
          return Reply.json(200, out);
        });
    c.crud(
        timesheets,
        "/rest/v1.0/projects/{project_id}/timesheets",
        "list,create,show,update,delete");

    // ---- timecard entries ----
    Resource entries = c.resource("timecard_entries", "timecard_entry").inProject();
    entries.softDelete = true;
    entries.validator = (scope, node) -> validateEntry(node);
    entries.derive = (scope, node) -> deriveEntry(store, scope, node);
    entries.updateGuard =
        (existing, attrs) ->
            "completed".equals(Json.text(existing, "approval_status")) ? COMPLETED_EDIT : null;
    entries.deleteGuard =
        existing -> {
          String status = Json.text(existing, "approval_status");
          return "approved".equals(status) || "completed".equals(status) ? APPROVED_DELETE : null;
        };
    entries.listFilter =
        (ex, node) -> {
          String text = Json.text(node, "date");
          if (ex.path.startsWith("/rest/v1.0/projects/")) {
            return dateWithin(ex, text, today(store));
          }
          if (ex.path.equals("/rest/v1.0/timecard_entries")) {
            LocalDate today = today(store);
            return dateWithin(ex, text, null)
                && (ex.param("start_date") != null
                    || ex.param("end_date") != null
                    || ex.param("log_date") != null
                    || within(text, today.minusWeeks(1), today));
          }
          return dateWithin(ex, text, null);
        };
    c.crud(
        entries,
        "/rest/v1.0/projects/{project_id}/timecard_entries",
        "list,create,show,update,delete");
    c.crud(entries, "/rest/v1.0/timecard_entries", "list,create,show,update,delete");
    c.router.add(
        "GET",
        "/rest/v1.0/companies/{company_id}/timecard_entries",
        ex -> {
          if (ex.pathId("company_id") != ex.companyId) {
            throw new NotFound("company " + ex.pathId("company_id"));
          }
          List<ObjectNode> out = new ArrayList<>();
          store
              .liveList("timecard_entries", r -> r.companyId == ex.companyId)
              .forEach(
                  r -> {
                    if (entries.visible(ex, r.node)
                        && Resource.matchesFilters(ex, r.node)
                        && entries.listFilter.test(ex, r.node)) {
                      out.add(r.node);
                    }
                  });
          return Paging.page(ex, out, false);
        });
    c.router.add("POST", "/rest/v1.0/companies/{company_id}/timecard_entries", entries::create);
    c.router.add("GET", "/rest/v1.0/companies/{company_id}/timecard_entries/{id}", entries::show);
    c.router.add(
        "PATCH", "/rest/v1.0/companies/{company_id}/timecard_entries/{id}", entries::update);
    c.router.add(
        "DELETE", "/rest/v1.0/companies/{company_id}/timecard_entries/{id}", entries::delete);

    // company timesheets: bulk create / bulk update of timecard entries
    c.router.add(
        "POST",
        "/rest/v1.0/companies/{company_id}/timesheets",
        ex -> {
          JsonNode items = ex.json().get("timecard_entries");
          if (items == null || !items.isArray()) {
            throw new Exchange.BadRequest(
                "param is missing or the value is empty: timecard_entries");
          }
          ArrayNode out = Json.array();
          for (JsonNode item : items) {
            Long projectId = Json.longValue(item, "project_id");
            if (projectId == null) {
              throw new Exchange.BadRequest("project_id is required for every timecard entry");
            }
            Resource.Scope scope = entries.projectScope(ex.companyId, projectId);
            Resource.Result result = entries.createRecord(scope, (ObjectNode) item);
            if (!result.errors.isEmpty()) {
              return ProcoreErrors.unprocessable(result.errors);
            }
            out.add(result.node);
          }
          return Reply.json(201, out);
        });
    c.router.add(
        "PATCH",
        "/rest/v1.0/companies/{company_id}/timesheets",
        ex -> {
          JsonNode updates = ex.json().get("updates");
          if (updates == null || !updates.isArray()) {
            throw new Exchange.BadRequest("param is missing or the value is empty: updates");
          }
          ObjectNode fields = ((ObjectNode) ex.json()).deepCopy();
          fields.remove("updates");
          fields.remove("company_id");
          ArrayNode out = Json.array();
          for (JsonNode item : updates) {
            Long id = Json.longValue(item, "id");
            Store.Rec rec = id == null ? null : store.get("timecard_entries", id);
            if (rec == null || rec.companyId != ex.companyId) {
              throw new NotFound("timecard entry " + id);
            }
            ObjectNode attrs = fields.deepCopy();
            attrs.setAll(((ObjectNode) item).deepCopy());
            Resource.Result result = entries.updateRecord(rec, attrs);
            if (!result.errors.isEmpty()) {
              return ProcoreErrors.unprocessable(result.errors);
            }
            out.add(result.node);
          }
          ObjectNode body = Json.object();
          body.set("updated_timecard_entries", out);
          return Reply.json(200, body);
        });
  }

  private static void registerRounding(Catalogue c) {
    Store store = c.store;
    String path = "/rest/v1.0/companies/{company_id}/rounding_configuration";
    c.router.add(
        "GET",
        path,
        ex -> {
          Store.Rec rec = rounding(store, ex);
          if (rec == null) {
            throw new NotFound("rounding configuration");
          }
          return Reply.json(200, rec.node);
        });
    c.router.add(
        "POST",
        path,
        ex -> {
          if (rounding(store, ex) != null) {
            return ProcoreErrors.unprocessable(
                Map.of("base", List.of("Rounding configuration already exists")));
          }
          ObjectNode node = roundingBody(ex);
          node.put("company_id", ex.companyId);
          return Reply.json(
              201,
              store.insert(
                  "rounding_configurations", ex.companyId, "company:" + ex.companyId, node));
        });
    c.router.add(
        "PATCH",
        path,
        ex -> {
          Store.Rec rec = rounding(store, ex);
          if (rec == null) {
            throw new NotFound("rounding configuration");
          }
          return Reply.json(
              200, store.update("rounding_configurations", rec.id(), roundingBody(ex)));
        });
    c.router.add(
        "DELETE",
        path,
        ex -> {
          Store.Rec rec = rounding(store, ex);
          if (rec == null) {
            throw new NotFound("rounding configuration");
          }
          store.delete("rounding_configurations", rec.id());
          return Reply.empty(204);
        });
  }

  private static Store.@org.jspecify.annotations.Nullable Rec rounding(Store store, Exchange ex) {
    if (ex.pathId("company_id") != ex.companyId) {
      throw new NotFound("company " + ex.pathId("company_id"));
    }
    List<Store.Rec> found = store.list("rounding_configurations", r -> r.companyId == ex.companyId);
    return found.isEmpty() ? null : found.get(0);
  }

  private static ObjectNode roundingBody(Exchange ex) {
    JsonNode wrapped = ex.json().get("rounding_configuration");
    ObjectNode node =
        wrapped != null && wrapped.isObject()
            ? ((ObjectNode) wrapped).deepCopy()
            : ((ObjectNode) ex.json()).deepCopy();
    node.remove("company_id");
    node.remove("id");
    return node;
  }

  static ObjectNode party(Store store, long id) {
    Store.Rec person = store.get("people", id);
    ObjectNode node = Json.object().put("id", id);
    if (person != null) {
      for (String f :
          new String[] {
            "first_name", "last_name", "name", "is_employee", "employee_id", "user_id", "active"
          }) {
        if (person.node.has(f)) {
          node.set(f, person.node.get(f));
        }
      }
    }
    return node;
  }

  static Map<String, List<String>> validateEntry(ObjectNode node) {
    Map<String, List<String>> errors = Catalogue.errors();
    Catalogue.required(errors, node, "date");
    String date = Json.text(node, "date");
    if (date != null && Json.date(date) == null) {
      errors.computeIfAbsent("date", k -> new ArrayList<>()).add("is not a date");
    }
    String hours = Json.text(node, "hours");
    if (hours != null) {
      try {
        BigDecimal value = new BigDecimal(hours.trim());
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(24)) > 0) {
          errors.computeIfAbsent("hours", k -> new ArrayList<>()).add("must be between 0 and 24");
        }
      } catch (NumberFormatException e) {
        errors.computeIfAbsent("hours", k -> new ArrayList<>()).add("is not a number");
      }
    }
    Catalogue.oneOf(
        errors, node, "approval_status", "pending", "reviewed", "approved", "completed");
    JsonNode origin = node.get("origin_id");
    if (origin != null
        && !origin.isNull()
        && !origin.isIntegralNumber()
        && !origin.asText().matches("-?\\d+")) {
      errors.computeIfAbsent("origin_id", k -> new ArrayList<>()).add("is not a number");
    }
    return errors;
  }

  static ObjectNode deriveEntry(Store store, Resource.Scope scope, ObjectNode node) {
    Catalogue.defaults(node, "approval_status", "pending");
    JsonNode hours = node.get("hours");
    if (hours != null && hours.isNumber()) {
      node.put("hours", hours.decimalValue().toPlainString());
    }
    JsonNode origin = node.get("origin_id");
    if (origin != null && origin.isTextual() && origin.asText().matches("-?\\d+")) {
      node.put("origin_id", Long.parseLong(origin.asText()));
    }
    if (!node.has("billable")) {
      node.put("billable", true);
    }
    Catalogue.defaultsNull(
        node,
        "origin_id",
        "origin_data",
        "description",
        "time_in",
        "time_out",
        "lunch_time",
        "deleted_at");
    node.put("project_id", scope.ownerId);
    Long partyId = Json.longValue(node, "party_id");
    node.set("party", partyId == null ? Json.object().nullNode() : party(store, partyId));
    Long costCodeId = Json.longValue(node, "cost_code_id");
    if (costCodeId != null) {
      Store.Rec cc = store.get("cost_codes", costCodeId);
      ObjectNode ref = Json.object().put("id", costCodeId);
      if (cc != null) {
        ref.set("name", cc.node.get("name"));
        ref.set("full_code", cc.node.get("full_code"));
      }
      node.set("cost_code", ref);
    }
    Long subJobId = Json.longValue(node, "sub_job_id");
    if (subJobId != null) {
      Store.Rec sub = store.get("sub_jobs", subJobId);
      ObjectNode ref = Json.object().put("id", subJobId);
      if (sub != null) {
        ref.set("name", sub.node.get("name"));
        ref.set("code", sub.node.get("code"));
      }
      node.set("sub_job", ref);
    }
    Long typeId = Json.longValue(node, "timecard_time_type_id");
    if (typeId != null) {
      Store.Rec type = store.get("timecard_time_types", typeId);
      node.set("timecard_time_type", type == null ? Json.object().put("id", typeId) : type.node);
    }
    Long timesheetId = Json.longValue(node, "timesheet_id");
    if (timesheetId != null) {
      Store.Rec sheet = store.get("timesheets", timesheetId);
      ObjectNode ref = Json.object().put("id", timesheetId);
      if (sheet != null) {
        for (String f : new String[] {"date", "name", "number", "status"}) {
          ref.set(f, sheet.node.get(f));
        }
      }
      node.set("timesheet", ref);
    }
    return node;
  }

  static LocalDate today(Store store) {
    return LocalDate.ofInstant(store.clock().instant(), ZoneOffset.UTC);
  }

  /**
   * Applies {@code log_date}, {@code start_date}, {@code end_date} (inclusive); with none of them,
   * keeps only {@code defaultDay} (or everything when it is null).
   */
  static boolean dateWithin(
      Exchange ex,
      @org.jspecify.annotations.Nullable String text,
      @org.jspecify.annotations.Nullable LocalDate defaultDay) {
    LocalDate log = Json.date(ex.param("log_date"));
    LocalDate start = Json.date(ex.param("start_date"));
    LocalDate end = Json.date(ex.param("end_date"));
    if (log != null) {
      return within(text, log, log);
    }
    if (start != null || end != null) {
      return within(text, start, end);
    }
    return defaultDay == null || within(text, defaultDay, defaultDay);
  }

  static boolean within(
      @org.jspecify.annotations.Nullable String text,
      @org.jspecify.annotations.Nullable LocalDate from,
      @org.jspecify.annotations.Nullable LocalDate to) {
    LocalDate date = Json.date(text);
    if (date == null) {
      return false;
    }
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }
}
