package dev.procoresync.timekeeping.busybusy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.ProgressListener;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.busybusy.FakeBusybusy;
import dev.procoresync.testkit.http.Fault;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.Fixtures;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The busybusy first sync end to end over the fake busybusy and the fake Procore. */
class BusybusyFirstSyncTest {
  private FakeProcore procore;
  private FakeBusybusy busybusy;
  private BusybusyClient client;
  private CompanyClient company;
  private long list;
  private long division;

  @BeforeEach
  void start() {
    FakeClock clock = FakeClock.create();
    procore = FakeProcore.builder().clock(clock).start();
    busybusy = FakeBusybusy.start(clock);
    client =
        BusybusyClient.builder()
            .endpoint(busybusy.endpoint())
            .key(FakeBusybusy.KEY)
            .clock(clock)
            .sleeper(clock.sleeper())
            .retryPolicy(RetryPolicy.defaults().withJitter(0))
            .build();
    company =
        procore
            .clientBuilder()
            .retryPolicy(RetryPolicy.defaults().withJitter(0))
            .build()
            .forCompany(procore.companyId());
    list =
        procore
            .given(Fixtures.of("standard_cost_code_lists").with("name", "Standard"))
            .get("id")
            .asLong();
    division = code(null, "06", "Wood & Plastics");
  }

  @AfterEach
  void stop() {
    client.close();
    busybusy.close();
    procore.close();
  }

  private long code(Long parent, String code, String name) {
    var f = Fixtures.of("standard_cost_codes").in(list).with("code", code).with("name", name);
    if (parent != null) {
      f = f.with("parent_id", parent);
    }
    return procore.given(f).get("id").asLong();
  }

  private long employee(String first, String last, String number) {
    var f = Fixtures.person(first, last).with("is_employee", true);
    if (number != null) {
      f = f.with("employee_id", number);
    }
    return procore.givenPerson(f);
  }

  private BusybusyFirstSync.Result sync(BusybusyLinks links) {
    return sync(links, RunOptions.defaults(), 1000);
  }

  private BusybusyFirstSync.Result sync(BusybusyLinks links, RunOptions options, int window) {
    BusybusyFirstSync.Result r =
        BusybusyFirstSync.of(company, client, procore.clock())
            .withWindowSize(window)
            .run(links, options);
    for (SyncReport report : r.reports()) {
      long sum = 0;
      for (Outcome o : Outcome.values()) {
        sum += report.count(o);
      }
      assertEquals(report.inputs(), sum, "the counts add up: " + report.toText());
      assertEquals(SyncReport.Status.COMPLETED, report.status(), report.toText());
    }
    return r;
  }

  private int mutations() {
    return (int) busybusy.requests().stream().filter(r -> r.body().contains("mutation")).count();
  }

  private int procoreWrites() {
    return (int) procore.requests().stream().filter(r -> !"GET".equals(r.method())).count();
  }

  private static RecordOutcome outcome(SyncReport report, String key) {
    return report.skips().stream()
        .filter(o -> o.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no skip of " + key + ": " + report.toText()));
  }

  private List<ObjectNode> membersNamed(String first, String last) {
    return busybusy.records("members").stream()
        .filter(
            m ->
                m.path("firstName").asText().equals(first)
                    && m.path("lastName").asText().equals(last))
        .toList();
  }

  @Test
  void linksIdenticalRecordsThenCopiesEachWayAndARerunWritesNothing() {
    long ana = employee("Ana", "Ruiz", "E-1");
    long ben = employee("Ben", "Cho", "E-2");
    long carl = procore.givenPerson(Fixtures.person("Carl", "Diaz").with("is_employee", false));
    long home =
        procore.givenProject(
            Fixtures.project("Johnson Home")
                .with("project_number", "P-1")
                .with("address", "1 Main St")
                .with("city", "Denver")
                .with("state_code", "CO")
                .with("zip", "80202"));
    long office = procore.givenProject(Fixtures.project("Office"));
    long framing = code(division, "200", "Framing");
    code(division, "300", "Trim");

    String bbAna = busybusy.givenMember("Ana", "Ruiz", null); // linked on the name
    String dee = busybusy.givenMember("Dee", "Fox", "E-4");
    String bbHome = busybusy.givenProject("Johnson Home", null);
    String concrete = busybusy.givenProject("Concrete", bbHome);
    String shop = busybusy.givenProject("Shop", null);
    busybusy.edit(
        "projects",
        shop,
        (ObjectNode)
            JsonNodeFactory.instance
                .objectNode()
                .set(
                    "projectInfo",
                    JsonNodeFactory.instance
                        .objectNode()
                        .put("number", "S-9")
                        .put("address1", "9 Mill Rd")
                        .put("city", "Boulder")
                        .put("state", "CO")
                        .put("postalCode", "80301")));
    String bbFraming = busybusy.givenCostCode("06-200", "Framing");
    String misc = busybusy.givenCostCode("99-000", "Misc");

    BusybusyFirstSync.Result first = sync(BusybusyLinks.builder().build());

    // people: Ana linked, Ben copied to busybusy, Carl not an employee
    assertEquals(3, first.people().inputs(), first.people().toText());
    assertEquals(1, first.people().count(Outcome.UNCHANGED), first.people().toText());
    assertEquals(1, first.people().count(Outcome.CREATED), first.people().toText());
    assertEquals(
        BusybusyFirstSync.NOT_AN_EMPLOYEE,
        outcome(first.people(), "procore-person:" + carl).reason().orElseThrow());
    assertEquals(1, membersNamed("Ben", "Cho").size());
    assertEquals("E-2", membersNamed("Ben", "Cho").get(0).path("memberNumber").asText());
    // members: Ana linked, Dee copied to Procore as an employee
    assertEquals(2, first.members().inputs(), first.members().toText());
    assertEquals(1, first.members().count(Outcome.CREATED), first.members().toText());
    ObjectNode deeInProcore =
        procore.all("people").stream()
            .filter(p -> p.path("origin_id").asText().equals("busybusy:member:" + dee))
            .findFirst()
            .orElseThrow();
    assertEquals("Fox", deeInProcore.path("last_name").asText());
    assertEquals("E-4", deeInProcore.path("employee_id").asText());
    assertTrue(deeInProcore.path("is_employee").asBoolean());
    // links: the timecard flow can use them
    String bbBen = membersNamed("Ben", "Cho").get(0).path("id").asText();
    assertEquals(
        Map.of(bbAna, ana, bbBen, ben, dee, deeInProcore.path("id").asLong()),
        first.links().workers());

    // projects: Johnson Home linked (details sent), Office copied, Shop copied to Procore
    assertEquals(1, first.projectsToBusybusy().count(Outcome.UPDATED));
    assertEquals(1, first.projectsToBusybusy().count(Outcome.CREATED));
    ObjectNode info =
        busybusy.record("projects", bbHome).orElseThrow().path("projectInfo").deepCopy();
    assertEquals("P-1", info.path("number").asText());
    assertEquals("1 Main St", info.path("address1").asText());
    assertEquals("80202", info.path("postalCode").asText());
    assertEquals(2, first.projectsToProcore().inputs(), "top-level projects only");
    assertEquals(1, first.projectsToProcore().count(Outcome.UNCHANGED));
    assertEquals(1, first.projectsToProcore().count(Outcome.CREATED));
    ObjectNode shopInProcore =
        procore.all("projects").stream()
            .filter(p -> p.path("origin_id").asText().equals("busybusy:project:" + shop))
            .findFirst()
            .orElseThrow();
    assertEquals("Shop", shopInProcore.path("name").asText());
    assertEquals("S-9", shopInProcore.path("project_number").asText());
    assertEquals("9 Mill Rd", shopInProcore.path("address").asText());
    assertEquals("80301", shopInProcore.path("zip").asText());
    assertEquals(Long.valueOf(home), first.links().projects().get(bbHome));
    assertEquals(
        Long.valueOf(shopInProcore.path("id").asLong()), first.links().projects().get(shop));
    assertTrue(first.links().projects().containsValue(office));
    assertEquals(
        bbHome,
        busybusy.record("projects", concrete).orElseThrow().path("parentProjectId").asText(),
        "the busybusy tree is left alone");

    // cost codes: 06-200 linked, 06-300 copied, 99-000 never goes to Procore
    assertEquals(1, first.costCodesToBusybusy().count(Outcome.UNCHANGED));
    assertEquals(1, first.costCodesToBusybusy().count(Outcome.CREATED));
    assertEquals(Long.valueOf(framing), first.links().costCodes().get(bbFraming));
    assertEquals(
        BusybusyFirstSync.COST_CODE_NOT_IN_PROCORE,
        outcome(first.costCodesFromBusybusy(), BusybusyFirstSync.COST_CODE_PREFIX + misc)
            .reason()
            .orElseThrow());
    assertEquals(1, first.costCodesFromBusybusy().count(Outcome.UNCHANGED));
    assertTrue(
        procore.all("standard_cost_codes").stream()
            .noneMatch(c -> c.path("code").asText().contains("99")),
        "cost codes never go to Procore");

    int writes = mutations();
    int procoreWrites = procoreWrites();
    BusybusyFirstSync.Result again = sync(first.links());
    assertEquals(writes, mutations(), "a rerun writes nothing to busybusy");
    assertEquals(procoreWrites, procoreWrites(), "a rerun writes nothing to Procore");
    assertEquals(first.links(), again.links());
    for (SyncReport r : again.reports()) {
      assertEquals(0, r.count(Outcome.CREATED) + r.count(Outcome.UPDATED), r.toText());
      assertEquals(0, r.count(Outcome.FAILED), r.toText());
    }
    assertEquals(3, again.people().inputs() - again.people().count(Outcome.SKIPPED));
    assertEquals(3, again.members().count(Outcome.UNCHANGED), again.members().toText());
  }

  @Test
  void ambiguousMatchesAreReportedWithTheirCandidatesAndNeitherLinkedNorCopied() {
    long ana = employee("Ana", "Ruiz", null);
    String ana1 = busybusy.givenMember("Ana", "Ruiz", null);
    String ana2 = busybusy.givenMember("Ana", " RUIZ", null);
    long office = procore.givenProject(Fixtures.project("Office"));
    String office1 = busybusy.givenProject("Office", null);
    String office2 = busybusy.givenProject("office", null);
    long framing = code(division, "200", "Framing");
    String cc1 = busybusy.givenCostCode("06-200", "Framing");
    String cc2 = busybusy.givenCostCode("06-200", "Framing (old)");
    int members = busybusy.records("members").size();
    int people = procore.all("people").size();

    BusybusyFirstSync.Result r = sync(BusybusyLinks.builder().build());

    RecordOutcome person = outcome(r.people(), "procore-person:" + ana);
    assertEquals(BusybusyFirstSync.AMBIGUOUS, person.reason().orElseThrow());
    String message = person.message().orElseThrow();
    assertTrue(message.contains(ana1) && message.contains(ana2), message);
    assertEquals(
        BusybusyFirstSync.AMBIGUOUS,
        outcome(r.members(), "busybusy:member:" + ana1).reason().orElseThrow());
    assertEquals(
        BusybusyFirstSync.AMBIGUOUS,
        outcome(r.members(), "busybusy:member:" + ana2).reason().orElseThrow());
    assertEquals(members, busybusy.records("members").size(), "no member copied");
    assertEquals(people, procore.all("people").size(), "no person copied");
    assertTrue(r.links().workers().isEmpty(), "nothing guessed");

    RecordOutcome project = outcome(r.projectsToBusybusy(), "procore-project:" + office);
    assertEquals(BusybusyFirstSync.AMBIGUOUS, project.reason().orElseThrow());
    assertTrue(project.message().orElseThrow().contains(office2), project.message().orElseThrow());
    assertEquals(
        BusybusyFirstSync.AMBIGUOUS,
        outcome(r.projectsToProcore(), "busybusy:project:" + office1).reason().orElseThrow());
    assertEquals(2, r.projectsToProcore().count(Outcome.SKIPPED));
    assertEquals(2, busybusy.records("projects").size(), "no project copied to busybusy");
    assertEquals(1, procore.all("projects").size(), "no project copied to Procore");
    assertTrue(r.links().projects().isEmpty());

    assertEquals(
        BusybusyFirstSync.AMBIGUOUS,
        outcome(r.costCodesToBusybusy(), "procore-cost-code:" + framing).reason().orElseThrow());
    assertEquals(
        BusybusyFirstSync.AMBIGUOUS,
        outcome(r.costCodesFromBusybusy(), BusybusyFirstSync.COST_CODE_PREFIX + cc2)
            .reason()
            .orElseThrow());
    assertEquals(2, busybusy.records("costCodes").size(), "no cost code copied");
    assertTrue(r.links().costCodes().isEmpty());
    assertFalse(cc1.isEmpty());

    // a person settles one pair by hand: the rerun links it and copies nothing else
    BusybusyFirstSync.Result settled =
        sync(
            BusybusyLinks.builder()
                .putWorker(ana1, ana)
                .putProject(office1, office)
                .putCostCode(cc1, framing)
                .build());
    assertEquals(1, settled.people().count(Outcome.UNCHANGED), settled.people().toText());
    assertEquals(
        1,
        settled.members().count(Outcome.CREATED),
        "the other Ana, now unmatched, is copied to Procore: " + settled.members().toText());
    assertEquals(1, settled.projectsToProcore().count(Outcome.CREATED), "the other office");
    assertEquals(
        BusybusyFirstSync.COST_CODE_NOT_IN_PROCORE,
        outcome(settled.costCodesFromBusybusy(), BusybusyFirstSync.COST_CODE_PREFIX + cc2)
            .reason()
            .orElseThrow());
  }

  @Test
  void onlyPeopleMarkedAsEmployeesLink() throws IOException {
    long carl = procore.givenPerson(Fixtures.person("Carl", "Diaz").with("is_employee", false));
    String bbCarl = busybusy.givenMember("Carl", "Diaz", null);
    int people = procore.all("people").size();

    BusybusyFirstSync.Result r = sync(BusybusyLinks.builder().build());

    RecordOutcome member = outcome(r.members(), "busybusy:member:" + bbCarl);
    assertEquals(BusybusyFirstSync.NOT_AN_EMPLOYEE, member.reason().orElseThrow());
    assertTrue(member.message().orElseThrow().contains(String.valueOf(carl)));
    assertEquals(
        BusybusyFirstSync.NOT_AN_EMPLOYEE,
        outcome(r.people(), "procore-person:" + carl).reason().orElseThrow());
    assertTrue(r.links().workers().isEmpty());
    assertEquals(people, procore.all("people").size(), "no duplicate person in Procore");
    assertEquals(1, busybusy.records("members").size(), "no duplicate member in busybusy");

    markAsEmployee(carl);
    BusybusyFirstSync.Result after = sync(r.links());
    assertEquals(Map.of(bbCarl, carl), after.links().workers());
    assertEquals(1, after.members().count(Outcome.UNCHANGED), after.members().toText());
  }

  @Test
  void aFailureHalfWayLeavesEveryRecordAccountedAndARerunFinishesWithoutDuplicates() {
    for (int i = 1; i <= 4; i++) {
      employee("Worker", "No" + i, "E-" + i);
      busybusy.givenProject("Site " + i, null);
    }
    AtomicInteger membersCreated = new AtomicInteger();
    AtomicInteger projectsCreated = new AtomicInteger();
    ProgressListener injector =
        new ProgressListener() {
          @Override
          public void onRecord(RecordOutcome o, long processed, OptionalLong total) {
            if (o.outcome() != Outcome.CREATED) {
              return;
            }
            if (o.key().startsWith("procore-person:") && membersCreated.incrementAndGet() == 2) {
              busybusy.failNext(1, Fault.status(500));
            }
            if (o.key().startsWith("busybusy:project:") && projectsCreated.incrementAndGet() == 2) {
              procore.failNext("PATCH /rest/v1.0/projects/sync", 5, Fault.status(500));
            }
          }
        };

    BusybusyFirstSync.Result first =
        sync(BusybusyLinks.builder().build(), RunOptions.builder().listener(injector).build(), 2);

    assertEquals(4, first.people().inputs());
    assertEquals(1, first.people().count(Outcome.FAILED), first.people().toText());
    assertEquals(3, first.people().count(Outcome.CREATED), first.people().toText());
    assertTrue(
        first.projectsToProcore().count(Outcome.FAILED) > 0, first.projectsToProcore().toText());
    assertEquals(4, first.projectsToProcore().inputs());

    BusybusyFirstSync.Result rerun = sync(first.links());
    for (SyncReport r : rerun.reports()) {
      assertEquals(0, r.count(Outcome.FAILED), r.toText());
    }
    for (int i = 1; i <= 4; i++) {
      assertEquals(1, membersNamed("Worker", "No" + i).size(), "one member No" + i);
      String name = "Site " + i;
      assertEquals(
          1,
          procore.all("projects").stream()
              .filter(p -> p.path("name").asText().equals(name))
              .count(),
          "one Procore project " + name);
    }
    assertEquals(4, rerun.links().workers().size());
    assertEquals(4, rerun.links().projects().size());

    int writes = mutations();
    int procoreWrites = procoreWrites();
    sync(rerun.links());
    assertEquals(writes, mutations(), "converged: nothing more to busybusy");
    assertEquals(procoreWrites, procoreWrites(), "converged: nothing more to Procore");
  }

  @Test
  void projectDetailsFlowOnEveryRunAndABusybusyArchiveArchivesTheProcoreProject() throws Exception {
    long home = procore.givenProject(Fixtures.project("Johnson Home").with("city", "Denver"));
    BusybusyFirstSync.Result first = sync(BusybusyLinks.builder().build());
    String bbHome =
        first.links().projects().entrySet().stream()
            .filter(e -> e.getValue() == home)
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseThrow();
    assertEquals(
        "Denver",
        busybusy
            .record("projects", bbHome)
            .orElseThrow()
            .path("projectInfo")
            .path("city")
            .asText());

    company
        .projects()
        .update(
            home,
            dev.procoresync.core.model.ProjectUpdate.builder()
                .address("5 Elm St")
                .city("Golden")
                .zip("80401")
                .build());
    BusybusyProjectFlow.Result later =
        BusybusyProjectFlow.of(company, client, procore.clock())
            .run(first.links(), RunOptions.defaults());
    assertEquals(1, later.toBusybusy().count(Outcome.UPDATED), later.toBusybusy().toText());
    ObjectNode info =
        busybusy.record("projects", bbHome).orElseThrow().path("projectInfo").deepCopy();
    assertEquals("5 Elm St", info.path("address1").asText());
    assertEquals("Golden", info.path("city").asText());
    assertEquals("80401", info.path("postalCode").asText());

    busybusy.archive("projects", bbHome);
    BusybusyProjectFlow.Result archived =
        BusybusyProjectFlow.of(company, client, procore.clock())
            .run(later.links(), RunOptions.defaults());
    assertEquals(1, archived.toProcore().count(Outcome.ARCHIVED), archived.toProcore().toText());
    assertFalse(procore.find("projects", home).orElseThrow().path("active").asBoolean(true));
  }

  private void markAsEmployee(long person) throws IOException {
    Request request =
        new Request.Builder()
            .url(
                procore.apiBaseUrl()
                    + "/rest/v1.0/companies/"
                    + procore.companyId()
                    + "/people/"
                    + person)
            .header("Authorization", "Bearer " + procore.accessToken())
            .header("Procore-Company-Id", String.valueOf(procore.companyId()))
            .patch(
                RequestBody.create(
                    "{\"person\":{\"is_employee\":true}}", MediaType.get("application/json")))
            .build();
    try (Response response = new OkHttpClient().newCall(request).execute()) {
      assertTrue(response.isSuccessful(), "PATCH person answered " + response.code());
    }
  }
}
