package dev.procoresync.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ListOptions;
import dev.procoresync.core.client.SyncResult;
import dev.procoresync.core.error.ProcoreApiException;
import dev.procoresync.core.model.CostCode;
import dev.procoresync.core.model.CostCodeUpdate;
import dev.procoresync.core.model.LineItemType;
import dev.procoresync.core.model.LineItemTypeUpdate;
import dev.procoresync.core.model.Person;
import dev.procoresync.core.model.Project;
import dev.procoresync.core.model.ProjectUpdate;
import dev.procoresync.core.model.SubJob;
import dev.procoresync.core.model.SubJobUpdate;
import dev.procoresync.core.model.TimecardEntry;
import dev.procoresync.core.model.TimecardEntryUpdate;
import dev.procoresync.core.model.TimecardTimeType;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fault;
import dev.procoresync.testkit.procore.Fixtures;
import dev.procoresync.testkit.procore.RecordedRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@FakeProcoreTest
class ClientFacadesTest {

  private static <T> List<T> all(Iterable<T> items) {
    List<T> out = new java.util.ArrayList<>();
    items.forEach(out::add);
    return out;
  }

  @Test
  void projectsListShowCreateUpdateSync(FakeProcore fake) {
    CompanyClient company = FakeClients.client(fake).forCompany(fake.companyId());
    long seeded = fake.givenProject(Fixtures.project("Tower A"));

    assertEquals("Tower A", company.projects().get(seeded).name());
    assertTrue(all(company.projects().list()).stream().anyMatch(p -> p.name().equals("Tower A")));

    Project created =
        company
            .projects()
            .create(ProjectUpdate.builder().name("Depot").originId("bc:job:J42").build());
    assertEquals("bc:job:J42", created.originId().orElseThrow());
    Project renamed =
        company.projects().update(created.id(), ProjectUpdate.builder().name("Depot 2").build());
    assertEquals("Depot 2", renamed.name());
    assertEquals("Depot 2", company.projects().findByOriginId("bc:job:J42").orElseThrow().name());

    SyncResult<Project> sync =
        company
            .projects()
            .sync(
                List.of(
                    ProjectUpdate.builder().originId("bc:job:J42").name("Depot 3").build(),
                    ProjectUpdate.builder().originId("bc:job:J43").name("Yard").build()));
    assertTrue(sync.isComplete(), sync.failures().toString());
    assertEquals(2, sync.entities().size());
    RecordedRequest patch = fake.requests("PATCH /rest/v1.0/projects/sync").get(0);
    assertEquals(fake.companyId(), patch.bodyJson().path("company_id").asLong());
  }

  @Test
  void costCodesLineItemTypesAndSubJobsSync(FakeProcore fake) {
    CompanyClient company = FakeClients.client(fake).forCompany(fake.companyId());
    long project = fake.givenProject(Fixtures.project("Tower A"));

    SyncResult<CostCode> codes =
        company
            .costCodes()
            .sync(
                project,
                List.of(
                    CostCodeUpdate.builder()
                        .code("03")
                        .name("Concrete")
                        .originId("bc:cc:03")
                        .build()));
    assertTrue(codes.isComplete(), codes.failures().toString());
    assertEquals(
        List.of("Concrete"),
        all(company.costCodes().list(project)).stream()
            .map(c -> c.name().orElse(""))
            .collect(Collectors.toList()));
    assertEquals(
        Long.toString(project),
        fake.requests("PATCH /rest/v1.0/cost_codes/sync")
            .get(0)
            .queryParam("project_id")
            .orElseThrow());

    SyncResult<LineItemType> types =
        company
            .lineItemTypes()
            .sync(
                List.of(
                    LineItemTypeUpdate.builder()
                        .name("Labor")
                        .csvImportCode("L")
                        .originId("bc:ct:L")
                        .build()));
    assertTrue(types.isComplete(), types.failures().toString());
    assertTrue(
        all(company.lineItemTypes().list()).stream()
            .anyMatch(t -> t.name().orElse("").equals("Labor")));

    SyncResult<SubJob> subJobs =
        company
            .subJobs()
            .sync(
                project,
                List.of(
                    SubJobUpdate.builder()
                        .code("01")
                        .name("Phase 1")
                        .originId("bc:sj:01")
                        .build()));
    assertTrue(subJobs.isComplete(), subJobs.failures().toString());
    assertEquals(1, all(company.subJobs().list(project)).size());
  }

  @Test
  void timecardEntriesPeopleAndTimeTypes(FakeProcore fake) {
    CompanyClient company = FakeClients.client(fake).forCompany(fake.companyId());
    long project = fake.givenProject(Fixtures.project("Tower A"));
    long pat = fake.givenPerson(Fixtures.person("Pat", "Lee"));
    fake.given(Fixtures.timecardTimeType("REG", "Regular Time"));
    LocalDate monday = LocalDate.of(2026, 1, 5);
    fake.givenTimecardEntry(project, Fixtures.timecardEntry(monday, new BigDecimal("8.00"), pat));
    fake.givenTimecardEntry(
        project, Fixtures.timecardEntry(monday.plusDays(9), new BigDecimal("4.50"), pat));

    List<Person> people = all(company.people().list());
    assertTrue(people.stream().anyMatch(p -> p.lastName().orElse("").equals("Lee")));
    List<TimecardTimeType> types = all(company.timecardTimeTypes().listForCompany());
    assertTrue(types.stream().anyMatch(t -> "REG".equals(t.abbreviatedTimeType().orElse(""))));

    List<TimecardEntry> week =
        all(company.timecardEntries().listForProject(project, monday, monday.plusDays(6)));
    assertEquals(1, week.size());
    assertEquals(new BigDecimal("8.00"), week.get(0).hours().orElseThrow());
    RecordedRequest listed =
        fake.requests("GET /rest/v1.0/projects/{project_id}/timecard_entries").get(0);
    assertEquals("2026-01-05", listed.queryParam("start_date").orElseThrow());
    assertEquals("2026-01-11", listed.queryParam("end_date").orElseThrow());

    TimecardEntry created =
        company
            .timecardEntries()
            .create(
                project,
                TimecardEntryUpdate.builder()
                    .date(monday.plusDays(1))
                    .hours(new BigDecimal("7.25"))
                    .partyId(pat)
                    .originId(9001L)
                    .build());
    assertEquals(new BigDecimal("7.25"), created.hours().orElseThrow());
    long id = created.id();
    TimecardEntry updated =
        company
            .timecardEntries()
            .update(project, id, TimecardEntryUpdate.builder().hours(new BigDecimal("6")).build());
    assertEquals(0, new BigDecimal("6").compareTo(updated.hours().orElseThrow()));

    Instant from = fake.clock().instant().minus(Duration.ofMinutes(1));
    List<TimecardEntry> changed =
        all(
            company
                .timecardEntries()
                .listChangedBetween(from, fake.clock().instant().plusSeconds(60)));
    assertTrue(changed.stream().anyMatch(e -> e.id() == id), changed.toString());
    assertTrue(
        fake.requests("GET /rest/v1.0/companies/{company_id}/timecard_entries")
            .get(0)
            .queryParam("filters[updated_at]")
            .orElseThrow()
            .contains("..."));

    company.timecardEntries().delete(project, id);
    assertTrue(fake.find("timecard_entries", id).isEmpty());
  }

  @Test
  void aTimecardCreateThatTimesOutIsFoundByItsIntegerOriginId(FakeProcore fake) {
    long project = fake.givenProject(Fixtures.project("Tower A"));
    long pat = fake.givenPerson(Fixtures.person("Pat", "Lee"));
    fake.failNext(
        "POST /rest/v1.0/projects/{project_id}/timecard_entries",
        1,
        Fault.timeoutAfterWrite(Duration.ofMillis(300)));
    CompanyClient company =
        FakeClients.builder(fake)
            .readTimeout(Duration.ofMillis(150))
            .build()
            .forCompany(fake.companyId());

    TimecardEntry entry =
        company
            .timecardEntries()
            .create(
                project,
                TimecardEntryUpdate.builder()
                    .date(LocalDate.of(2026, 1, 6))
                    .hours(new BigDecimal("8"))
                    .partyId(pat)
                    .originId(77L)
                    .build());

    assertEquals(77L, entry.originId().orElseThrow());
    assertEquals(1, fake.requestCount("POST /rest/v1.0/projects/{project_id}/timecard_entries"));
    assertEquals(1, fake.all("timecard_entries").size());
  }

  @Test
  void aDeleteWhoseAnswerWasLostSucceedsOnItsRetry(FakeProcore fake) {
    long project = fake.givenProject(Fixtures.project("Tower A"));
    long pat = fake.givenPerson(Fixtures.person("Pat", "Lee"));
    long id =
        fake.givenTimecardEntry(
            project, Fixtures.timecardEntry(LocalDate.of(2026, 1, 5), new BigDecimal("8"), pat));
    fake.failNext(
        "DELETE /rest/v1.0/projects/{project_id}/timecard_entries/{id}",
        1,
        Fault.timeoutAfterWrite(Duration.ofMillis(300)));
    CompanyClient company =
        FakeClients.builder(fake)
            .readTimeout(Duration.ofMillis(150))
            .build()
            .forCompany(fake.companyId());

    company.timecardEntries().delete(project, id);

    assertTrue(fake.find("timecard_entries", id).isEmpty());
    List<RecordedRequest> deletes =
        fake.requests("DELETE /rest/v1.0/projects/{project_id}/timecard_entries/{id}");
    assertEquals(2, deletes.size());
    assertEquals(404, deletes.get(1).status());
  }

  @Test
  void aRejectedListingSaysWhichRequestFailed(FakeProcore fake) {
    CompanyClient company = FakeClients.client(fake).forCompany(fake.companyId());
    ProcoreApiException e =
        assertThrows(
            ProcoreApiException.class,
            () -> all(company.costCodes().list(999_999L, ListOptions.none())));
    assertTrue(e.getMessage().contains("GET /rest/v1.0/cost_codes"), e.getMessage());
  }
}
