package dev.procoresync.timekeeping.busybusy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.model.ProjectUpdate;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.busybusy.FakeBusybusy;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.Fixtures;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Procore projects to busybusy after the first sync, end to end over both fakes. */
class BusybusyProjectFlowTest {
  private FakeProcore procore;
  private FakeBusybusy busybusy;
  private BusybusyClient client;
  private CompanyClient company;

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
  }

  @AfterEach
  void stop() {
    client.close();
    busybusy.close();
    procore.close();
  }

  private BusybusyProjectFlow.Result sync(BusybusyLinks links) {
    return BusybusyProjectFlow.of(company, client, procore.clock())
        .run(links, RunOptions.defaults());
  }

  private Map<String, ObjectNode> bbByTitle() {
    return busybusy.records("projects").stream()
        .collect(Collectors.toMap(n -> n.path("title").asText(), n -> n));
  }

  private int mutations() {
    return (int) busybusy.requests().stream().filter(r -> r.body().contains("mutation")).count();
  }

  private int procoreWrites() {
    return (int) procore.requests().stream().filter(r -> !"GET".equals(r.method())).count();
  }

  @Test
  void addedRenamedAndRemovedFlowToBusybusyAndTheTreeIsLeftAlone() {
    long home =
        procore.givenProject(Fixtures.project("Johnson Home").with("project_number", "P-1"));
    long office = procore.givenProject(Fixtures.project("Office"));
    String existing = busybusy.givenProject("Johnson Home", null);
    String sub = busybusy.givenProject("Concrete", existing);
    String deep = busybusy.givenProject("Footings", sub);

    BusybusyProjectFlow.Result first = sync(BusybusyLinks.builder().build());
    assertEquals(1, first.toBusybusy().count(Outcome.CREATED), first.toBusybusy().toText());
    assertEquals(1, first.toBusybusy().count(Outcome.UPDATED), first.toBusybusy().toText());
    assertEquals(Long.valueOf(home), first.links().projects().get(existing));
    assertEquals(4, busybusy.records("projects").size(), "one created, the tree kept");
    assertEquals(
        "P-1",
        busybusy
            .record("projects", existing)
            .orElseThrow()
            .path("projectInfo")
            .path("number")
            .asText());

    int writes = mutations();
    BusybusyProjectFlow.Result again = sync(first.links());
    assertEquals(2, again.toBusybusy().count(Outcome.UNCHANGED), again.toBusybusy().toText());
    assertEquals(writes, mutations(), "a rerun writes nothing");

    company.projects().update(home, ProjectUpdate.builder().name("Johnson House").build());
    company.projects().update(office, ProjectUpdate.builder().active(false).build());
    BusybusyProjectFlow.Result third = sync(again.links());
    assertEquals(1, third.toBusybusy().count(Outcome.UPDATED), third.toBusybusy().toText());
    assertEquals(1, third.toBusybusy().count(Outcome.ARCHIVED), third.toBusybusy().toText());
    Map<String, ObjectNode> bb = bbByTitle();
    assertTrue(bb.containsKey("Johnson House"), bb.keySet().toString());
    assertFalse(bb.get("Office").path("archivedOn").isNull(), "removed in Procore -> archived");
    assertEquals(
        sub, busybusy.record("projects", deep).orElseThrow().path("parentProjectId").asText());
    assertEquals("Concrete", busybusy.record("projects", sub).orElseThrow().path("title").asText());

    writes = mutations();
    sync(third.links());
    assertEquals(writes, mutations(), "a rerun after archiving writes nothing");
  }

  @Test
  void archivedInBusybusyIsArchivedInProcoreOnce() {
    long home = procore.givenProject(Fixtures.project("Johnson Home"));
    BusybusyProjectFlow.Result first = sync(BusybusyLinks.builder().build());
    String id = bbByTitle().get("Johnson Home").path("id").asText();
    busybusy.archive("projects", id);
    BusybusyProjectFlow.Result second = sync(first.links());
    assertEquals(1, second.toProcore().count(Outcome.ARCHIVED), second.toProcore().toText());
    assertFalse(procore.find("projects", home).orElseThrow().path("active").asBoolean(true));
    int procoreWrites = procoreWrites();
    int writes = mutations();
    BusybusyProjectFlow.Result third = sync(second.links());
    assertEquals(procoreWrites, procoreWrites(), third.toProcore().toText());
    assertEquals(writes, mutations(), third.toBusybusy().toText());
  }
}
