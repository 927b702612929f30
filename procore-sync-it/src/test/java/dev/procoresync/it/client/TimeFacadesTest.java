package dev.procoresync.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.TimesheetRounding;
import dev.procoresync.core.error.ProcoreNotFoundException;
import dev.procoresync.core.error.ProcoreValidationException;
import dev.procoresync.core.model.Crew;
import dev.procoresync.core.model.CrewUpdate;
import dev.procoresync.core.model.RoundingConfiguration;
import dev.procoresync.core.model.RoundingRule;
import dev.procoresync.core.model.Timesheet;
import dev.procoresync.core.model.TimesheetApproval;
import dev.procoresync.core.model.TimesheetStatus;
import dev.procoresync.core.model.WorkClassification;
import dev.procoresync.core.model.WorkClassificationUpdate;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fixtures;
import dev.procoresync.testkit.procore.RecordedRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The time family facades against the fake Procore: timesheets, crews, work classifications and the
 * company's timesheet rounding configuration.
 */
@FakeProcoreTest
class TimeFacadesTest {
  private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

  private static <T> List<T> all(Iterable<T> items) {
    List<T> out = new ArrayList<>();
    items.forEach(out::add);
    return out;
  }

  private static CompanyClient company(FakeProcore fake) {
    return FakeClients.client(fake).forCompany(fake.companyId());
  }

  @Test
  void timesheetsListFollowsEveryPage(FakeProcore fake) {
    long project = fake.givenProject(Fixtures.project("Tower"));
    for (int i = 0; i < 1001; i++) {
      fake.given(Fixtures.timesheet(MONDAY.plusDays(i % 30)).in(project));
    }

    List<Timesheet> sheets = all(company(fake).timesheets().list(project));

    assertEquals(1001, sheets.size());
    assertEquals(2, fake.requestCount("GET /rest/v1.0/projects/{project_id}/timesheets"));
  }

  @Test
  void timesheetsListForADateRangeSendsTheRangeAndKeepsOnlyItsDays(FakeProcore fake) {
    long project = fake.givenProject(Fixtures.project("Tower"));
    fake.given(Fixtures.timesheet(MONDAY).in(project));
    fake.given(Fixtures.timesheet(MONDAY.plusDays(9)).in(project));

    List<Timesheet> week =
        all(company(fake).timesheets().list(project, MONDAY, MONDAY.plusDays(6)));

    assertEquals(1, week.size());
    assertEquals(MONDAY, week.get(0).date().orElseThrow());
    RecordedRequest listed =
        fake.requests("GET /rest/v1.0/projects/{project_id}/timesheets").get(0);
    assertEquals("2026-01-05", listed.queryParam("start_date").orElseThrow());
    assertEquals("2026-01-11", listed.queryParam("end_date").orElseThrow());
  }

  @Test
  void aTimesheetRangeEndingBeforeItStartsIsRefusedBeforeAnyRequest(FakeProcore fake) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> company(fake).timesheets().list(1L, MONDAY, MONDAY.minusDays(1)));
    assertTrue(e.getMessage().contains("2026-01-04"), e.getMessage());
    assertEquals(0, fake.requestCount("GET /rest/v1.0/projects/{project_id}/timesheets"));
  }

  @Test
  void aCreatedTimesheetIsShownPendingAndNumberedWithinItsDay(FakeProcore fake) {
    long project = fake.givenProject(Fixtures.project("Tower"));
    CompanyClient company = company(fake);

    Timesheet created = company.timesheets().create(project, MONDAY);
    Timesheet shown = company.timesheets().get(project, created.id());

    assertEquals(MONDAY, shown.date().orElseThrow());
    assertEquals(TimesheetStatus.PENDING, shown.status().orElseThrow());
    assertEquals("2026-01-05 - 01", shown.name().orElseThrow());
    assertEquals(
        "2026-01-05",
        fake.requests("POST /rest/v1.0/projects/{project_id}/timesheets")
            .get(0)
            .bodyJson()
            .path("timesheet")
            .path("date")
            .asText());
  }

  @Test
  void updateApprovalChangesTheStatusOfEachTimesheet(FakeProcore fake) {
    long project = fake.givenProject(Fixtures.project("Tower"));
    CompanyClient company = company(fake);
    long first = company.timesheets().create(project, MONDAY).id();
    long second = company.timesheets().create(project, MONDAY).id();

    List<Timesheet> answered =
        company
            .timesheets()
            .updateApproval(
                project,
                List.of(
                    TimesheetApproval.builder().id(first).status(TimesheetStatus.APPROVED).build(),
                    TimesheetApproval.builder()
                        .id(second)
                        .status(TimesheetStatus.APPROVED)
                        .build()));

    assertEquals(2, answered.size());
    assertTrue(
        answered.stream().allMatch(s -> s.status().orElseThrow() == TimesheetStatus.APPROVED));
    assertEquals(
        TimesheetStatus.APPROVED, company.timesheets().get(project, second).status().orElseThrow());
  }

  @Test
  void updateApprovalToCompletedIsRefusedAsAValidationError(FakeProcore fake) {
    long project = fake.givenProject(Fixtures.project("Tower"));
    CompanyClient company = company(fake);
    long id = company.timesheets().create(project, MONDAY).id();

    ProcoreValidationException e =
        assertThrows(
            ProcoreValidationException.class,
            () ->
                company
                    .timesheets()
                    .updateApproval(
                        project,
                        List.of(
                            TimesheetApproval.builder()
                                .id(id)
                                .status(TimesheetStatus.COMPLETED)
                                .build())));

    assertEquals(422, e.status());
    assertEquals("PATCH", e.method());
    assertEquals(
        TimesheetStatus.PENDING, company.timesheets().get(project, id).status().orElseThrow());
  }

  @Test
  void deletingAnApprovedTimecardEntryIsRefusedAsAValidationError(FakeProcore fake) {
    long project = fake.givenProject(Fixtures.project("Tower"));
    long pat = fake.givenPerson(Fixtures.person("Pat", "Lee"));
    CompanyClient company = company(fake);
    long id =
        fake.givenTimecardEntry(
            project,
            Fixtures.timecardEntry(MONDAY, new BigDecimal("8"), pat)
                .with("approval_status", "approved"));

    ProcoreValidationException e =
        assertThrows(
            ProcoreValidationException.class, () -> company.timecardEntries().delete(project, id));

    assertTrue(e.getMessage().contains("Approved timecard entries"), e.getMessage());
  }

  @Test
  void aCreatedCrewIsShownWithItsLeadAndMembers(FakeProcore fake) {
    long project = fake.givenProject(Fixtures.project("Tower"));
    long pat = fake.givenPerson(Fixtures.person("Pat", "Lee"));
    long sam = fake.givenPerson(Fixtures.person("Sam", "Roy"));
    CompanyClient company = company(fake);

    Crew created =
        company
            .crews()
            .create(
                project,
                CrewUpdate.builder()
                    .name("Framing")
                    .leadPartyId(pat)
                    .addPartyIds(pat, sam)
                    .build());
    Crew shown = company.crews().get(project, created.id());

    assertEquals("Framing", shown.name().orElseThrow());
    assertEquals("Lee", shown.leadParty().orElseThrow().lastName().orElseThrow());
    assertEquals(
        List.of("Lee", "Roy"),
        shown.members().stream().map(m -> m.lastName().orElseThrow()).toList());
  }

  @Test
  void crewsAreListedUpdatedAndDeleted(FakeProcore fake) {
    long project = fake.givenProject(Fixtures.project("Tower"));
    long other = fake.givenProject(Fixtures.project("Annex"));
    long sam = fake.givenPerson(Fixtures.person("Sam", "Roy"));
    fake.given(Fixtures.crew("Concrete").in(other));
    CompanyClient company = company(fake);
    long id = company.crews().create(project, CrewUpdate.builder().name("Framing").build()).id();

    Crew updated =
        company
            .crews()
            .update(project, id, CrewUpdate.builder().name("Framing B").leadPartyId(sam).build());
    assertEquals("Framing B", updated.name().orElseThrow());
    assertEquals(sam, updated.leadParty().orElseThrow().id());
    List<Crew> listed = all(company.crews().list(project));
    assertEquals(List.of("Framing B"), listed.stream().map(c -> c.name().orElseThrow()).toList());

    company.crews().delete(project, id);
    assertTrue(all(company.crews().list(project)).isEmpty());
    assertThrows(ProcoreNotFoundException.class, () -> company.crews().get(project, id));
  }

  @Test
  void aCrewWithoutANameIsRefusedBeforeAnyRequest(FakeProcore fake) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> company(fake).crews().create(1L, CrewUpdate.builder().build()));
    assertTrue(e.getMessage().contains("crew.name"), e.getMessage());
    assertEquals(0, fake.requestCount("POST /rest/v1.0/projects/{project_id}/crews"));
  }

  @Test
  void aCreatedWorkClassificationIsShownAndUpdated(FakeProcore fake) {
    CompanyClient company = company(fake);

    WorkClassification created =
        company
            .workClassifications()
            .create(
                WorkClassificationUpdate.builder()
                    .name("Journeyman Carpenter")
                    .abbreviation("JC")
                    .build());
    long id = created.id();
    WorkClassification shown = company.workClassifications().get(id);
    assertEquals("Journeyman Carpenter", shown.name().orElseThrow());
    assertEquals(fake.companyId(), shown.companyId().orElseThrow());

    WorkClassification updated =
        company
            .workClassifications()
            .update(id, WorkClassificationUpdate.builder().abbreviation("JCP").build());
    assertEquals("JCP", updated.abbreviation().orElseThrow());
    assertEquals("Journeyman Carpenter", updated.name().orElseThrow());
  }

  @Test
  void workClassificationsListOnlyTheCompanysOwn(FakeProcore fake) {
    long other = fake.givenCompany(Fixtures.company("Other Co"));
    fake.given(Fixtures.workClassification("Laborer"));
    fake.given(Fixtures.workClassification("Operator"));
    fake.given(other, Fixtures.workClassification("Elsewhere"));

    List<WorkClassification> listed = all(company(fake).workClassifications().list());

    assertEquals(
        List.of("Laborer", "Operator"),
        listed.stream().map(c -> c.name().orElseThrow()).sorted().toList());
  }

  @Test
  void aWorkClassificationWithoutANameIsRefusedBeforeAnyRequest(FakeProcore fake) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                company(fake)
                    .workClassifications()
                    .create(WorkClassificationUpdate.builder().abbreviation("X").build()));
    assertTrue(e.getMessage().contains("classification.name"), e.getMessage());
    assertEquals(
        0, fake.requestCount("POST /rest/v1.0/companies/{company_id}/work_classifications"));
  }

  @Test
  void theRoundingConfigurationIsAbsentThenCreatedUpdatedAndDeleted(FakeProcore fake) {
    TimesheetRounding rounding = company(fake).timesheetRounding();
    assertTrue(rounding.find().isEmpty());

    RoundingConfiguration created =
        rounding.create(
            RoundingConfiguration.builder()
                .id(999L)
                .timeIncrement(15)
                .rule(RoundingRule.NEAREST)
                .build());
    assertEquals(15, created.timeIncrement().orElseThrow());
    assertEquals(fake.companyId(), created.companyId().orElseThrow());
    JsonNode sent =
        fake.requests("POST /rest/v1.0/companies/{company_id}/rounding_configuration")
            .get(0)
            .bodyJson()
            .path("rounding_configuration");
    assertTrue(sent.path("id").isMissingNode(), sent.toString());
    assertEquals("nearest", sent.path("rule").asText());

    RoundingConfiguration updated =
        rounding.update(RoundingConfiguration.builder().timeIncrement(6).build());
    assertEquals(6, updated.timeIncrement().orElseThrow());
    assertEquals(RoundingRule.NEAREST, rounding.find().orElseThrow().rule().orElseThrow());

    rounding.delete();
    assertTrue(rounding.find().isEmpty());
  }

  @Test
  void aSecondRoundingConfigurationIsRefusedAsAValidationError(FakeProcore fake) {
    TimesheetRounding rounding = company(fake).timesheetRounding();
    RoundingConfiguration config =
        RoundingConfiguration.builder().timeIncrement(5).rule(RoundingRule.UP).build();
    rounding.create(config);

    ProcoreValidationException e =
        assertThrows(ProcoreValidationException.class, () -> rounding.create(config));

    assertEquals(422, e.status());
  }

  @Test
  void anUnknownRoundingRuleIsNeverSent(FakeProcore fake) {
    TimesheetRounding rounding = company(fake).timesheetRounding();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                rounding.update(
                    RoundingConfiguration.builder().rule(RoundingRule.UNKNOWN).build()));
    assertTrue(e.getMessage().contains("configuration.rule"), e.getMessage());
    assertEquals(
        0, fake.requestCount("PATCH /rest/v1.0/companies/{company_id}/rounding_configuration"));
  }
}
