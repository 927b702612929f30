package dev.procoresync.timekeeping.exaktime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.http.Fault;
import dev.procoresync.testkit.procore.Fixtures;
import dev.procoresync.timekeeping.exaktime.flow.SyncLinxImportFlow;
import dev.procoresync.timekeeping.exaktime.model.SyncLinxCustomField;
import dev.procoresync.timekeeping.exaktime.model.SyncLinxCustomFieldType;
import dev.procoresync.timekeeping.exaktime.model.SyncLinxOptions;
import dev.procoresync.timekeeping.exaktime.model.SyncLinxProjectGrouping;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SyncLinx import (Procore into ExakTime), end to end against both fakes. */
class SyncLinxImportFlowTest {
  ExakTimeWorld w;

  @BeforeEach
  void setUp() {
    w = new ExakTimeWorld().withProject();
  }

  @AfterEach
  void tearDown() {
    w.close();
  }

  SyncLinxImportFlow flow() {
    return SyncLinxImportFlow.create(w.company, w.exak, w.clock);
  }

  Map<String, ObjectNode> exak(String table) {
    return w.exakTime.all(table).stream()
        .collect(Collectors.toMap(n -> n.path("identifier").asText(), n -> n));
  }

  @Test
  void activeEmployeesBecomeEmployeesAndAdminGapsAreSkippedNamingTheSetting() {
    w.procore.givenCompanyUser(
        Fixtures.companyUser("Ada", "Lovelace", "ada@example.com")
            .with("is_employee", true)
            .with("employee_id", "E-100")
            .with("is_active", true));
    w.procore.givenCompanyUser(
        Fixtures.companyUser("Bob", "Vendor", "bob@example.com")
            .with("is_employee", false)
            .with("is_active", true));
    w.procore.givenCompanyUser(
        Fixtures.companyUser("Cy", "NoId", "cy@example.com")
            .with("is_employee", true)
            .with("is_active", true));
    w.procore.givenCompanyUser(
        Fixtures.companyUser("Dee", "Gone", "dee@example.com")
            .with("is_employee", true)
            .with("employee_id", "E-103")
            .with("is_active", false));

    SyncReport report = flow().importEmployees(SyncLinxOptions.defaults(), RunOptions.defaults());
    assertEquals(1, report.count(Outcome.CREATED), report.toText());
    assertEquals(3, report.count(Outcome.SKIPPED), report.toText());
    String text = report.toText();
    assertTrue(text.contains("Is Employee of"), text);
    assertTrue(text.contains("Employee ID"), text);
    assertTrue(text.contains("inactive"), text);
    ObjectNode ada = exak("Employees").get("E-100");
    assertEquals("Lovelace", ada.path("last_name").asText());
    assertEquals("ada@example.com", ada.path("email").asText());

    long writes = w.exakWrites();
    SyncReport rerun = flow().importEmployees(SyncLinxOptions.defaults(), RunOptions.defaults());
    assertEquals(1, rerun.count(Outcome.UNCHANGED), rerun.toText());
    assertEquals(writes, w.exakWrites(), "a rerun writes nothing");
  }

  @Test
  void projectsAndSubJobsBecomeLocationsNamedProjectDotSubJob() {
    w.procore.givenProject(
        Fixtures.project("Old").with("project_number", "100").with("active", false));
    w.procore.givenProject(Fixtures.project("Nameless number").with("active", true));
    SyncReport report =
        flow()
            .importLocations(
                SyncLinxOptions.builder()
                    .projectGrouping(SyncLinxProjectGrouping.MOBILE_GROUPS)
                    .build(),
                RunOptions.defaults());
    assertEquals(2, report.count(Outcome.CREATED), report.toText());
    assertEquals(
        1, report.count(Outcome.SKIPPED), report.toText()); // Procore lists active projects only
    Map<String, ObjectNode> locations = exak("Locations");
    assertEquals("PJA", locations.get("200").path("name").asText());
    assertEquals("PJA.SJB", locations.get("200.005").path("name").asText());
    assertEquals("Springfield", locations.get("200").path("city").asText());
    assertEquals("PJA", locations.get("200.005").path("mobile_group").asText());
  }

  @Test
  void subJobsNotEnabledIsASkipNamingTheSetting() {
    w.procore.failNext("GET /rest/v1.0/sub_jobs", 1, Fault.status(403));
    SyncReport report = flow().importLocations(SyncLinxOptions.defaults(), RunOptions.defaults());
    assertEquals(1, report.count(Outcome.CREATED), report.toText());
    assertEquals(1, report.count(Outcome.SKIPPED), report.toText());
    assertTrue(
        report.toText().contains("Enable the usage of Sub Jobs on projects"), report.toText());
  }

  @Test
  void costCodesOfADivisionAreImportedNeverTheDivision() {
    long list =
        w.procore
            .given(Fixtures.of("standard_cost_code_lists").with("name", "Standard"))
            .get("id")
            .asLong();
    long division =
        w.procore
            .given(
                Fixtures.of("standard_cost_codes")
                    .in(list)
                    .with("code", "01")
                    .with("full_code", "01")
                    .with("name", "General"))
            .get("id")
            .asLong();
    w.procore.given(
        Fixtures.of("standard_cost_codes")
            .in(list)
            .with("parent_id", division)
            .with("code", "100")
            .with("full_code", "01-100")
            .with("name", "Supervision"));
    SyncReport report = flow().importCostCodes(RunOptions.defaults());
    assertEquals(1, report.count(Outcome.CREATED), report.toText());
    assertEquals(1, report.count(Outcome.SKIPPED), report.toText());
    assertEquals("Supervision", exak("CostCodes").get("01-100").path("name").asText());
    assertTrue(report.toText().contains("never the division"), report.toText());
  }

  @Test
  void costCodesNotEnabledIsOneSkipNamingTheSetting() {
    w.procore.failNext("GET /rest/v1.0/standard_cost_code_lists", 1, Fault.status(403));
    SyncReport report = flow().importCostCodes(RunOptions.defaults());
    assertEquals(1, report.count(Outcome.SKIPPED), report.toText());
    assertTrue(report.toText().contains("Enable/Disable Features"), report.toText());
    assertEquals(0, w.exakTime.all("CostCodes").size());
  }

  @Test
  void atMostFiveCustomFieldsOfTheSupportedTypes() {
    List<SyncLinxCustomField> six =
        java.util.stream.IntStream.range(0, 6)
            .mapToObj(
                i ->
                    SyncLinxCustomField.builder()
                        .name("f" + i)
                        .type(SyncLinxCustomFieldType.DATE)
                        .build())
            .toList();
    IllegalArgumentException tooMany =
        assertThrows(
            IllegalArgumentException.class,
            () -> SyncLinxOptions.builder().customFieldset("Payroll").customFields(six).build());
    assertTrue(tooMany.getMessage().contains("at most 5"), tooMany.getMessage());
    IllegalArgumentException type =
        assertThrows(
            IllegalArgumentException.class,
            () -> SyncLinxCustomFieldType.fromProcore("multi_select"));
    assertTrue(type.getMessage().contains("'multi_select'"), type.getMessage());
    assertEquals(
        SyncLinxCustomFieldType.SINGLE_SELECT,
        SyncLinxCustomFieldType.fromProcore("single_select"));
  }

  @Test
  void workClassificationsTimeTypesAndCustomFieldsAreImportedAlongsideAndRerunsWriteNothing() {
    long journeyman = w.procore.given(Fixtures.workClassification("Journeyman")).get("id").asLong();
    w.procore.given(Fixtures.timecardTimeType("REG", "Regular Time"));
    w.procore.given(Fixtures.timecardTimeType("OT", "Overtime"));
    w.procore.givenCompanyUser(
        Fixtures.companyUser("Ada", "Lovelace", "ada@example.com")
            .with("is_employee", true)
            .with("employee_id", "E-100")
            .with("work_classification_id", journeyman)
            .with("is_active", true));
    SyncLinxOptions options =
        SyncLinxOptions.builder()
            .customFieldset("Payroll")
            .addCustomFields(
                SyncLinxCustomField.builder()
                    .name("Phase")
                    .type(SyncLinxCustomFieldType.SINGLE_SELECT)
                    .addValues("Rough-in", "Trim")
                    .build(),
                SyncLinxCustomField.builder()
                    .name("Certified")
                    .type(SyncLinxCustomFieldType.CHECKBOX)
                    .addValues("true")
                    .build(),
                SyncLinxCustomField.builder()
                    .name("Note")
                    .type(SyncLinxCustomFieldType.PLAIN_TEXT)
                    .addValues("x".repeat(255))
                    .build())
            .build();

    List<SyncReport> reports = flow().importAll(options, RunOptions.defaults());
    assertEquals(6, reports.size());
    assertEquals(1, reports.get(0).count(Outcome.CREATED), reports.get(0).toText());
    assertEquals(2, reports.get(1).count(Outcome.CREATED), reports.get(1).toText());
    assertEquals(3, reports.get(2).count(Outcome.CREATED), reports.get(2).toText());
    ObjectNode classification = exak("WorkClassifications").get(Long.toString(journeyman));
    assertEquals("Journeyman", classification.path("name").asText());
    assertEquals(
        Long.toString(journeyman),
        exak("Employees").get("E-100").path("work_classification").asText(),
        "the employee refers to the imported work classification");
    assertTrue(
        exak("TimeTypes").values().stream()
            .anyMatch(t -> t.path("name").asText().equals("Overtime")));
    ObjectNode phase = exak("CustomFields").get("Payroll.Phase");
    assertEquals("single_select", phase.path("type").asText());
    assertEquals("Trim", phase.path("values").get(1).asText());

    long writes = w.exakWrites();
    List<SyncReport> rerun = flow().importAll(options, RunOptions.defaults());
    assertEquals(writes, w.exakWrites(), "a rerun writes nothing");
    assertEquals(3, rerun.get(2).count(Outcome.UNCHANGED), rerun.get(2).toText());
  }

  @Test
  void customFieldsSyncLinxDoesNotSupportAreRefusedNamingFieldAndValue() {
    IllegalArgumentException longText =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SyncLinxCustomField.builder()
                    .name("Note")
                    .type(SyncLinxCustomFieldType.PLAIN_TEXT)
                    .addValues("y".repeat(256))
                    .build());
    assertTrue(longText.getMessage().contains("'Note'"), longText.getMessage());
    assertTrue(longText.getMessage().contains("256 characters"), longText.getMessage());
    IllegalArgumentException date =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SyncLinxCustomField.builder()
                    .name("Start")
                    .type(SyncLinxCustomFieldType.DATE)
                    .addValues("05/01/2026")
                    .build());
    assertTrue(date.getMessage().contains("'Start' value '05/01/2026'"), date.getMessage());
    IllegalArgumentException select =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SyncLinxCustomField.builder()
                    .name("Phase")
                    .type(SyncLinxCustomFieldType.SINGLE_SELECT)
                    .build());
    assertTrue(select.getMessage().contains("'Phase'"), select.getMessage());
    List<SyncLinxCustomField> six =
        java.util.stream.IntStream.range(0, 6)
            .mapToObj(
                i ->
                    SyncLinxCustomField.builder()
                        .name("field" + i)
                        .type(SyncLinxCustomFieldType.CHECKBOX)
                        .build())
            .toList();
    IllegalArgumentException sixth =
        assertThrows(
            IllegalArgumentException.class,
            () -> SyncLinxOptions.builder().customFieldset("Payroll").customFields(six).build());
    assertTrue(sixth.getMessage().contains("'field5'"), sixth.getMessage());
    assertTrue(sixth.getMessage().contains("number 6"), sixth.getMessage());

    // the fake ExakTime refuses the same, naming field and value
    SyncLinxOptions five =
        SyncLinxOptions.builder().customFieldset("Payroll").customFields(six.subList(0, 5)).build();
    SyncReport first = flow().importCustomFields(five, RunOptions.defaults());
    assertEquals(5, first.count(Outcome.CREATED), first.toText());
    SyncLinxOptions another =
        SyncLinxOptions.builder().customFieldset("Payroll").customFields(six.subList(1, 6)).build();
    SyncReport refused = flow().importCustomFields(another, RunOptions.defaults());
    assertEquals(1, refused.count(Outcome.FAILED), refused.toText());
    assertTrue(
        refused.toText().contains("'field5' would be custom field number 6"), refused.toText());
  }
}
