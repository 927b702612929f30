package dev.procoresync.testkit.procore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimecardEntriesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 1, 5);
  private final FakeProcore procore = FakeProcore.start();
  private final Http http = new Http(procore);
  private final long projectId = procore.givenProject(Fixtures.project("Tower"));
  private final long workerId = procore.givenPerson(Fixtures.person("Pat", "Lee"));
  private final String base = "/rest/v1.0/projects/" + projectId + "/timecard_entries";

  @AfterEach
  void stop() {
    procore.close();
  }

  private long entry(LocalDate date, String status) {
    return procore.givenTimecardEntry(
        projectId,
        Fixtures.timecardEntry(date, new BigDecimal("8"), workerId)
            .with("approval_status", status));
  }

  @Test
  void createShowsHoursAsStringPartyAndIntegerOriginId() {
    Http.Response created =
        http.post(
            base,
            "{\"timecard_entry\":{\"date\":\"2026-01-05\",\"hours\":7.5,\"party_id\":"
                + workerId
                + ",\"origin_id\":\"12345\"}}");
    assertEquals(201, created.status());
    JsonNode entry = created.json();
    assertEquals("7.5", entry.get("hours").asText());
    assertEquals("pending", entry.get("approval_status").asText());
    assertEquals("Pat Lee", entry.get("party").get("name").asText());
    assertEquals(12345, entry.get("origin_id").asLong());
    assertEquals(true, entry.get("origin_id").isIntegralNumber());
  }

  @Test
  void hoursStatusAndOriginAreValidated() {
    Http.Response response =
        http.post(
            base,
            "{\"timecard_entry\":{\"date\":\"2026-01-05\",\"hours\":25,"
                + "\"approval_status\":\"done\",\"origin_id\":\"bc:te:1\"}}");
    assertEquals(422, response.status());
    JsonNode errors = response.json().get("errors");
    assertEquals("must be between 0 and 24", errors.get("hours").get(0).asText());
    assertEquals("is not included in the list", errors.get("approval_status").get(0).asText());
    assertEquals("is not a number", errors.get("origin_id").get(0).asText());
  }

  @Test
  void projectListDefaultsToTodayAndTakesAnInclusiveRange() {
    entry(DAY.minusDays(2), "pending");
    entry(DAY.minusDays(1), "pending");
    entry(DAY, "pending");
    assertEquals(1, http.get(base).json().size());
    assertEquals(2, http.get(base + "?start_date=2026-01-03&end_date=2026-01-04").json().size());
    assertEquals(1, http.get(base + "?log_date=2026-01-04").json().size());
  }

  @Test
  void deletingAnApprovedEntryIsRefused() {
    long approved = entry(DAY, "approved");
    Http.Response refused = http.delete(base + "/" + approved);
    assertEquals(422, refused.status());
    assertEquals(
        "Approved timecard entries cannot be deleted",
        refused.json().get("errors").get("base").get(0).asText());
    long pending = entry(DAY, "pending");
    assertEquals(204, http.delete(base + "/" + pending).status());
    assertTrue(procore.find("timecard_entries", approved).orElseThrow().get("deleted_at").isNull());
    assertTrue(procore.find("timecard_entries", pending).isEmpty());
    assertTrue(
        procore.all("timecard_entries").stream()
            .anyMatch(e -> e.get("id").asLong() == pending && e.hasNonNull("deleted_at")));
  }

  @Test
  void editingACompletedEntryIsRefusedButApprovedCanMoveOn() {
    long completed = entry(DAY, "completed");
    Http.Response refused =
        http.patch(base + "/" + completed, "{\"timecard_entry\":{\"hours\":\"4\"}}");
    assertEquals(422, refused.status());
    assertEquals(
        "Completed timecard entries cannot be edited",
        refused.json().get("errors").get("base").get(0).asText());
    long approved = entry(DAY, "approved");
    Http.Response ok =
        http.patch(
            base + "/" + approved, "{\"timecard_entry\":{\"approval_status\":\"completed\"}}");
    assertEquals(200, ok.status());
  }

  @Test
  void companyListFiltersByUpdatedAtAcrossProjects() {
    long other = procore.givenProject(Fixtures.project("Other"));
    entry(DAY, "pending");
    procore.clock().advance(Duration.ofHours(1));
    String from = procore.clock().instant().toString();
    procore.givenTimecardEntry(other, Fixtures.timecardEntry(DAY, BigDecimal.ONE, workerId));
    String companyBase = "/rest/v1.0/companies/" + procore.companyId() + "/timecard_entries";
    assertEquals(2, http.get(companyBase).json().size());
    JsonNode changed = http.get(companyBase + "?filters[updated_at]=" + from + "...").json();
    assertEquals(1, changed.size());
    assertEquals(other, changed.get(0).get("project_id").asLong());
    assertEquals(2, http.get(companyBase + "?filters[party_id][]=" + workerId).json().size());
  }

  @Test
  void companyEndpointsCreateAndUpdate() {
    String companyBase = "/rest/v1.0/companies/" + procore.companyId() + "/timecard_entries";
    Http.Response created =
        http.post(
            companyBase,
            "{\"project_id\":"
                + projectId
                + ",\"timecard_entry\":{\"date\":\"2026-01-05\",\"hours\":\"8\",\"party_id\":"
                + workerId
                + "}}");
    assertEquals(201, created.status());
    long id = created.json().get("id").asLong();
    Http.Response updated =
        http.patch(companyBase + "/" + id, "{\"timecard_entry\":{\"description\":\"pour\"}}");
    assertEquals("pour", updated.json().get("description").asText());
  }

  @Test
  void deletedEntriesAreHiddenButFoundByDeletedAtAndIncludeDeleted() {
    long kept = entry(DAY, "pending");
    long gone = entry(DAY, "pending");
    procore.clock().advance(Duration.ofMinutes(30));
    String from = procore.clock().instant().toString();
    assertEquals(204, http.delete(base + "/" + gone).status());
    assertEquals(404, http.get(base + "/" + gone).status());
    String companyBase = "/rest/v1.0/companies/" + procore.companyId() + "/timecard_entries";
    JsonNode visible = http.get(companyBase).json();
    assertEquals(1, visible.size());
    assertEquals(kept, visible.get(0).get("id").asLong());
    JsonNode deleted = http.get(companyBase + "?filters[deleted_at]=" + from + "...").json();
    assertEquals(1, deleted.size());
    assertEquals(gone, deleted.get(0).get("id").asLong());
    assertEquals(from, deleted.get(0).get("deleted_at").asText());
    assertEquals(2, http.get(companyBase + "?filters[include_deleted]=with").json().size());
    assertEquals(1, http.get(companyBase + "?filters[include_deleted]=only").json().size());
  }

  @Test
  void legacyListDefaultsToTheLastWeek() {
    entry(DAY.minusDays(10), "pending");
    entry(DAY.minusDays(3), "pending");
    assertEquals(1, http.get("/rest/v1.0/timecard_entries?project_id=" + projectId).json().size());
  }
}
