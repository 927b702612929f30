package dev.procoresync.testkit.procore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimesheetsAndPeopleTest {
  private final FakeProcore procore = FakeProcore.start();
  private final Http http = new Http(procore);
  private final long projectId = procore.givenProject(Fixtures.project("Tower"));

  @AfterEach
  void stop() {
    procore.close();
  }

  @Test
  void timesheetIsNamedByDateAndNumberAndListsItsEntries() {
    String base = "/rest/v1.0/projects/" + projectId + "/timesheets";
    JsonNode first = http.post(base, "{\"timesheet\":{\"date\":\"2026-01-05\"}}").json();
    assertEquals("2026-01-05 - 01", first.get("name").asText());
    assertEquals("pending", first.get("status").asText());
    JsonNode second = http.post(base, "{\"timesheet\":{\"date\":\"2026-01-05\"}}").json();
    assertEquals("2026-01-05 - 02", second.get("name").asText());

    long sheetId = first.get("id").asLong();
    long person = procore.givenPerson(Fixtures.person("A", "B"));
    procore.givenTimecardEntry(
        projectId,
        Fixtures.timecardEntry(LocalDate.of(2026, 1, 5), BigDecimal.TEN, person)
            .with("timesheet_id", sheetId));
    JsonNode shown = http.get(base + "/" + sheetId).json();
    assertEquals(1, shown.get("timecard_entries").size());
  }

  @Test
  void updateApprovalApprovesTimesheets() {
    String base = "/rest/v1.0/projects/" + projectId + "/timesheets";
    long id =
        procore
            .given(Fixtures.timesheet(LocalDate.of(2026, 1, 5)).in(projectId))
            .get("id")
            .asLong();
    Http.Response response =
        http.patch(
            base + "/update_approval",
            "{\"timesheets\":[{\"id\":" + id + ",\"status\":\"approved\"}]}");
    assertEquals(200, response.status());
    assertEquals("approved", response.json().get(0).get("status").asText());
    assertEquals(
        422,
        http.patch(
                base + "/update_approval",
                "{\"timesheets\":[{\"id\":" + id + ",\"status\":\"maybe\"}]}")
            .status());
    assertEquals(
        404,
        http.patch(
                base + "/update_approval", "{\"timesheets\":[{\"id\":1,\"status\":\"approved\"}]}")
            .status());
  }

  @Test
  void companyTimesheetsBulkCreateAndUpdateEntries() {
    long person = procore.givenPerson(Fixtures.person("A", "B"));
    String base = "/rest/v1.0/companies/" + procore.companyId() + "/timesheets";
    Http.Response created =
        http.post(
            base,
            "{\"timecard_entries\":[{\"project_id\":"
                + projectId
                + ",\"date\":\"2026-01-05\",\"hours\":\"8\",\"party_id\":"
                + person
                + "},{\"project_id\":"
                + projectId
                + ",\"date\":\"2026-01-06\",\"hours\":\"6\",\"party_id\":"
                + person
                + "}]}");
    assertEquals(201, created.status());
    long id = created.json().get(0).get("id").asLong();
    JsonNode updated =
        http.patch(base, "{\"updates\":[{\"id\":" + id + "}],\"approval_status\":\"approved\"}")
            .json();
    assertEquals(
        "approved", updated.get("updated_timecard_entries").get(0).get("approval_status").asText());
  }

  @Test
  void peopleActiveInactiveAndSearch() {
    String base = "/rest/v1.0/companies/" + procore.companyId() + "/people";
    assertEquals(
        201,
        http.post(base, "{\"person\":{\"first_name\":\"Ana\",\"last_name\":\"Diaz\"}}").status());
    assertEquals(422, http.post(base, "{\"person\":{\"first_name\":\"NoLast\"}}").status());
    procore.givenPerson(Fixtures.person("Old", "Timer").with("active", false));
    assertEquals(1, http.get(base).json().size());
    assertEquals("Old Timer", http.get(base + "/inactive").json().get(0).get("name").asText());
    assertEquals(1, http.get(base + "?filters[search]=diaz").json().size());
    assertEquals(1, http.get("/rest/v1.0/projects/" + projectId + "/people").json().size());
  }

  @Test
  void crewsCarryLeadAndMembers() {
    long lead = procore.givenPerson(Fixtures.person("Lea", "Lead"));
    long member = procore.givenPerson(Fixtures.person("Mo", "Member"));
    String base = "/rest/v1.0/projects/" + projectId + "/crews";
    JsonNode crew =
        http.post(
                base,
                "{\"crew\":{\"name\":\"Concrete\",\"lead_party_id\":"
                    + lead
                    + ",\"party_ids\":["
                    + member
                    + "]}}")
            .json();
    assertEquals("Lea", crew.get("lead_party").get("first_name").asText());
    assertEquals(member, crew.get("members").get(0).get("id").asLong());
    assertEquals(crew.get("id").asLong(), http.get(base + "/ids").json().get(0).asLong());
  }

  @Test
  void workClassificationsAndTimeTypes() {
    String wc = "/rest/v1.0/companies/" + procore.companyId() + "/work_classifications";
    assertEquals(201, http.post(wc, "{\"work_classification\":{\"name\":\"Carpenter\"}}").status());
    assertEquals(1, http.get(wc).json().size());
    long typeId =
        procore.given(Fixtures.timecardTimeType("REG", "Regular Time")).get("id").asLong();
    JsonNode types = http.get("/rest/v1.0/timecard_time_types?project_id=" + projectId).json();
    assertEquals("REG", types.get(0).get("abbreviated_time_type").asText());
    Http.Response patched =
        http.patch(
            "/rest/v1.0/companies/" + procore.companyId() + "/timecard_time_types/" + typeId,
            "{\"timecard_time_type\":{\"time_type\":\"Regular\"}}");
    assertEquals("Regular", patched.json().get("time_type").asText());
  }

  @Test
  void roundingConfigurationIsOnePerCompany() {
    String path = "/rest/v1.0/companies/" + procore.companyId() + "/rounding_configuration";
    assertEquals(404, http.get(path).status());
    assertEquals(
        201,
        http.post(
                path,
                "{\"rounding_configuration\":{\"interval\":15,\"rounding_type\":\"nearest\"}}")
            .status());
    assertEquals(422, http.post(path, "{\"rounding_configuration\":{\"interval\":5}}").status());
    assertEquals(
        30,
        http.patch(path, "{\"rounding_configuration\":{\"interval\":30}}")
            .json()
            .get("interval")
            .asInt());
    assertEquals("nearest", http.get(path).json().get("rounding_type").asText());
    assertEquals(204, http.delete(path).status());
    assertEquals(404, http.get(path).status());
  }
}
