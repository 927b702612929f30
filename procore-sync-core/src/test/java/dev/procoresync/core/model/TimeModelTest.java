package dev.procoresync.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeModelTest {

  private static final String PROJECT_ENTRY =
      """
      {"id": 300001, "date": "2026-11-02", "datetime": "2026-11-02T11:00:00Z",
       "hours": "8.50", "time_in": "2026-11-02T07:00:00-03:30", "time_out": "2026-11-02T16:00:00-03:30",
       "lunch_time": 30, "billable": false, "description": "Formwork level 3",
       "approval_status": "approved",
       "timesheet": {"id": 7001, "date": "2026-11-02", "name": "2026-11-02 - 01", "number": 1,
                     "status": "approved"},
       "timesheet_status": "approved",
       "cost_code": {"id": 501, "name": "Rough carpentry", "full_code": "06-200", "code": "200"},
       "sub_job": {"id": 12, "name": "Building B"},
       "line_item_type_id": 3,
       "timecard_time_type": {"id": 1, "time_type": "Regular Time", "abbreviated_time_type": "REG",
                              "global": true},
       "party": {"id": 77, "name": "Ada Okafor"}, "crew": {"id": 5, "name": "Framing"},
       "login_information": {"id": 311, "login": "ada@example.com", "name": "Ada Okafor"},
       "signed": true, "origin_id": 4400123, "origin_data": "busybusy:9f2c",
       "custom_fields": {"custom_field_12": {"value": "x"}},
       "created_at": "2026-11-02T20:00:00Z", "updated_at": "2026-11-02T20:05:00Z", "deleted_at": null}
      """;

  @Test
  void decodesAProjectTimecardEntry() {
    TimecardEntry entry = Json.read(PROJECT_ENTRY, TimecardEntry.class);

    assertEquals(LocalDate.of(2026, 11, 2), entry.date().orElseThrow());
    assertEquals("8.50", entry.hours().orElseThrow().toPlainString());
    assertEquals(
        OffsetDateTime.of(2026, 11, 2, 7, 0, 0, 0, ZoneOffset.ofHoursMinutes(-3, -30)),
        entry.timeIn().orElseThrow());
    assertEquals(Optional.of(30), entry.lunchTime());
    assertEquals(TimecardApprovalStatus.APPROVED, entry.approvalStatus().orElseThrow());
    assertEquals(TimesheetStatus.APPROVED, entry.timesheet().orElseThrow().status().orElseThrow());
    assertEquals(Optional.of("06-200"), entry.costCode().orElseThrow().fullCode());
    assertEquals(Optional.of("REG"), entry.timecardTimeType().orElseThrow().abbreviatedTimeType());
    assertEquals(77L, entry.party().orElseThrow().id());
    assertEquals(Optional.of(4400123L), entry.originId(), "origin_id is an integer here");
    assertTrue(entry.deletedAt().isEmpty());
    assertEquals(entry, Json.roundTrip(entry, TimecardEntry.class));
  }

  @Test
  void companyEntriesSendLunchTimeAndHoursAsTextAndStatusesProcoreAddsLater() {
    TimecardEntry entry =
        Json.read(
            """
            {"id": 300002, "date": "2026-11-03", "hours": 7.25, "lunch_time": "45",
             "approval_status": "escalated", "project": {"id": 88001, "name": "Harbor Tower"}}
            """,
            TimecardEntry.class);

    assertEquals(new BigDecimal("7.25"), entry.hours().orElseThrow());
    assertEquals(Optional.of(45), entry.lunchTime());
    assertEquals(TimecardApprovalStatus.UNKNOWN, entry.approvalStatus().orElseThrow());
    assertEquals(88001L, entry.project().orElseThrow().id());
  }

  @Test
  void timecardEntryUpdateWritesFlatIdsAndTheIntegerOriginId() {
    TimecardEntryUpdate body =
        TimecardEntryUpdate.builder()
            .date(LocalDate.of(2026, 11, 2))
            .hours(new BigDecimal("8.50"))
            .partyId(77L)
            .costCodeId(501L)
            .lineItemTypeId(3L)
            .timecardTimeTypeId(1L)
            .approvalStatus(TimecardApprovalStatus.PENDING)
            .originId(4400123L)
            .build();

    JsonNode tree = Json.tree(body);

    assertEquals("8.50", tree.get("hours").toString());
    assertTrue(tree.get("origin_id").isIntegralNumber());
    assertEquals("pending", tree.get("approval_status").asText());
    assertEquals("2026-11-02", tree.get("date").asText());
    assertFalse(tree.has("time_in"));
    assertEquals(body, Json.roundTrip(body, TimecardEntryUpdate.class));
  }

  @Test
  void decodesTimesheetsCrewsPeopleUsersClassificationsAndTimeTypes() {
    Timesheet sheet =
        Json.read(
            "{\"id\": 7001, \"date\": \"2026-11-02\", \"name\": \"2026-11-02 - 01\","
                + " \"number\": 1, \"status\": \"pending\", \"timecard_entries\": ["
                + PROJECT_ENTRY
                + "]}",
            Timesheet.class);
    Crew crew =
        Json.read(
            """
            {"id": 5, "name": "Framing",
             "lead_party": {"id": 77, "first_name": "Ada", "last_name": "Okafor",
                            "is_employee": true, "employee_id": "E-104", "user_id": 311,
                            "is_active": true},
             "members": [{"id": 78, "first_name": "Bo", "last_name": "Lin", "is_employee": true,
                          "employee_id": "E-105", "user_id": null, "is_active": true}],
             "employees": []}
            """,
            Crew.class);
    Person person =
        Json.read(
            """
            {"id": 78, "first_name": "Bo", "last_name": "Lin", "is_employee": true,
             "employee_id": "E-105", "user_id": null, "work_classification_id": 4,
             "origin_id": "busybusy:member:b0", "active": true}
            """,
            Person.class);
    CompanyUser user =
        Json.read(
            """
            {"id": 311, "first_name": "Ada", "last_name": "Okafor",
             "email_address": "ada@example.com", "employee_id": "E-104", "is_employee": true,
             "is_active": true, "job_title": "Foreman", "origin_id": null,
             "vendor": {"id": 7001, "name": "Acme Concrete"}, "work_classification_id": 4}
            """,
            CompanyUser.class);
    WorkClassification classification =
        Json.read(
            "{\"id\": 4, \"name\": \"Journeyman Carpenter\", \"abbreviation\": \"JC\","
                + " \"company_id\": 5501, \"project_ids\": [88001]}",
            WorkClassification.class);
    TimecardTimeType overtime =
        Json.read(
            "{\"id\": 2, \"time_type\": \"Overtime\", \"abbreviated_time_type\": \"OT\","
                + " \"global\": true}",
            TimecardTimeType.class);

    assertEquals(TimesheetStatus.PENDING, sheet.status().orElseThrow());
    assertEquals(1, sheet.timecardEntries().size());
    assertEquals(Optional.of("E-104"), crew.leadParty().orElseThrow().employeeId());
    assertTrue(crew.members().get(0).userId().isEmpty());
    assertTrue(person.userId().isEmpty(), "reference users have no login");
    assertEquals(Optional.of(4L), person.workClassificationId());
    assertEquals(Optional.of(true), user.isActive());
    assertEquals(Optional.of("Acme Concrete"), user.vendor().orElseThrow().name());
    assertEquals(List.of(88001L), classification.projectIds());
    assertEquals(Optional.of(true), overtime.global());
    assertEquals(crew, Json.roundTrip(crew, Crew.class));
    assertEquals(user, Json.roundTrip(user, CompanyUser.class));
  }

  @Test
  void decodesTheRoundingConfiguration() {
    RoundingConfiguration rounding =
        Json.read(
            "{\"id\": 1, \"company_id\": 5501, \"time_increment\": 15,"
                + " \"rule\": \"favor_employee\"}",
            RoundingConfiguration.class);

    assertEquals(Optional.of(15), rounding.timeIncrement());
    assertEquals(RoundingRule.FAVOR_EMPLOYEE, rounding.rule().orElseThrow());
    assertEquals(rounding, Json.roundTrip(rounding, RoundingConfiguration.class));
  }
}
