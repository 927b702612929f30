package dev.procoresync.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompanyProjectVendorModelTest {

  @Test
  void decodesACompany() {
    Company company =
        Json.read(
            """
            {"id": 5501, "name": "Northwind Builders", "is_active": true,
             "logo_url": null, "my_company": false, "pcn_business_experience": {"x": 1}}
            """,
            Company.class);

    assertEquals(5501L, company.id());
    assertEquals("Northwind Builders", company.name());
    assertEquals(Optional.of(true), company.isActive());
    assertEquals(Optional.empty(), company.logoUrl());
    assertEquals(company, Json.roundTrip(company, Company.class));
  }

  @Test
  void aCompanyWithoutItsIdIsRefusedWithTheFieldNamed() {
    AssertionError error =
        assertThrows(AssertionError.class, () -> Json.read("{\"name\":\"X\"}", Company.class));

    assertTrue(error.getMessage().contains("id"), error.getMessage());
  }

  @Test
  void decodesAProjectWithMoneyAsTextAndNestedReferences() {
    Project project =
        Json.read(
            """
            {"id": 88001, "name": "Harbor Tower", "display_name": "HT-01 - Harbor Tower",
             "project_number": "HT-01", "address": "1 Pier Rd", "city": "Halifax",
             "state_code": "NS", "country_code": "CA", "zip": "B3H 1A1",
             "time_zone": "Atlantic Time (Canada)", "active": true,
             "start_date": "2026-03-01", "completion_date": null,
             "total_value": "12500000.00",
             "project_stage": {"id": 3, "name": "Course of Construction"},
             "company": {"id": 5501, "name": "Northwind Builders"},
             "origin_id": "bc:job:JOB000042", "origin_data": "etag-17", "origin_code": "JOB000042",
             "accounting_project_number": "4200", "parent_job_id": null,
             "created_at": "2026-01-05T10:00:00Z", "updated_at": "2026-11-01T09:30:00.000-03:00",
             "departments": [{"id": 1, "name": "West"}], "custom_fields": {}}
            """,
            Project.class);

    assertEquals(88001L, project.id());
    assertEquals(new BigDecimal("12500000.00"), project.totalValue().orElseThrow());
    assertEquals(LocalDate.of(2026, 3, 1), project.startDate().orElseThrow());
    assertTrue(project.completionDate().isEmpty());
    assertEquals("Course of Construction", project.projectStage().orElseThrow().name().get());
    assertEquals(Optional.of("bc:job:JOB000042"), project.originId());
    assertEquals(Instant.parse("2026-11-01T12:30:00Z"), project.updatedAt().orElseThrow());
    assertEquals(project, Json.roundTrip(project, Project.class));
  }

  @Test
  void projectUpdateSendsOnlyWhatWasSetWithMoneyAsPlainNumbers() {
    ProjectUpdate body =
        ProjectUpdate.builder()
            .name("Harbor Tower")
            .originId("bc:job:JOB000042")
            .totalValue(new BigDecimal("1.25E+7"))
            .startDate(LocalDate.of(2026, 3, 1))
            .build();

    JsonNode tree = Json.tree(body);

    assertEquals(4, tree.size());
    assertEquals("12500000", tree.get("total_value").toString());
    assertEquals("2026-03-01", tree.get("start_date").asText());
    assertEquals(
        0,
        new BigDecimal("12500000")
            .compareTo(Json.roundTrip(body, ProjectUpdate.class).totalValue().orElseThrow()));
  }

  @Test
  void decodesAVendorAndItsMissingOptionalFields() {
    Vendor vendor =
        Json.read(
            """
            {"id": 7001, "name": "Acme Concrete", "abbreviated_name": "ACME",
             "is_active": true, "business_phone": "+1 902 555 0100",
             "parent": {"id": 7000}, "origin_id": "bc:vendor:V0042", "origin_code": "V0042",
             "synced_to_erp": false, "project_ids": [88001, 88002],
             "business_register": {"abn": null}, "trades": [{"id": 1, "name": "Concrete"}]}
            """,
            Vendor.class);

    assertEquals(7001L, vendor.id());
    assertEquals(7000L, vendor.parent().orElseThrow().id());
    assertTrue(vendor.parent().orElseThrow().name().isEmpty());
    assertEquals(List.of(88001L, 88002L), vendor.projectIds());
    assertTrue(vendor.emailAddress().isEmpty());
    assertTrue(vendor.originData().isEmpty());
    assertEquals(vendor, Json.roundTrip(vendor, Vendor.class));
  }

  @Test
  void vendorFixturesNeedOnlyAnIdAndAName() {
    Vendor vendor = Vendor.builder().id(7001L).name("Acme").build();

    assertEquals("Acme", vendor.name());
    assertEquals(7001L, vendor.id());
    assertTrue(vendor.originId().isEmpty());
    IllegalStateException noId =
        assertThrows(IllegalStateException.class, () -> Vendor.builder().name("Acme").build());
    assertTrue(noId.getMessage().contains("[id]"), noId.getMessage());
  }

  @Test
  void vendorUpdateCarriesTheOriginFieldsAndTheParentAsAnId() {
    VendorUpdate item =
        VendorUpdate.builder()
            .id(7001L)
            .originId("bc:vendor:V0042")
            .originData("etag-9")
            .originCode("V0042")
            .parentId(7000L)
            .build();

    JsonNode tree = Json.tree(item);

    assertEquals(7001L, tree.get("id").asLong());
    assertEquals("bc:vendor:V0042", tree.get("origin_id").asText());
    assertEquals("etag-9", tree.get("origin_data").asText());
    assertEquals("V0042", tree.get("origin_code").asText());
    assertEquals(7000L, tree.get("parent_id").asLong());
    assertFalse(tree.has("name"));
  }
}
