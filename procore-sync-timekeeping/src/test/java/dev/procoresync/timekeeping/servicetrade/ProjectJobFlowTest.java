package dev.procoresync.timekeeping.servicetrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.error.ServiceException;
import dev.procoresync.core.model.Project;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.http.Fault;
import dev.procoresync.timekeeping.servicetrade.client.ServiceTradeClient;
import dev.procoresync.timekeeping.servicetrade.flow.ProjectJobFlow;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Procore projects to ServiceTrade customer, location and job, against the fake ServiceTrade. */
class ProjectJobFlowTest {
  ServiceTradeWorld w;

  @BeforeEach
  void setUp() {
    w = new ServiceTradeWorld();
  }

  @AfterEach
  void tearDown() {
    w.close();
  }

  static Project project(long id, String name) {
    return Project.builder()
        .id(id)
        .name(name)
        .address(id + " Main St")
        .city("Springfield")
        .stateCode("IL")
        .zip("62701")
        .build();
  }

  ProjectJobFlow flow() {
    return ProjectJobFlow.create(w.st, w.clock);
  }

  @Test
  void createsCustomerLocationAndJobRelatedToTheProjectOnce() {
    SyncReport report =
        flow().run(List.of(project(7, "Tower")), "construction", RunOptions.defaults());
    assertEquals(1, report.count(Outcome.CREATED), report.toText());
    ObjectNode job = w.serviceTrade.all("job").get(0);
    assertEquals("construction", job.path("type").asText());
    assertEquals("7", job.path("externalIds").path("procore_project").asText());
    assertEquals(
        "7",
        w.serviceTrade.all("company").get(0).path("externalIds").path("procore_project").asText());
    ObjectNode location = w.serviceTrade.all("location").get(0);
    assertEquals("7 Main St", location.path("address").path("street").asText());
    assertEquals("62701", location.path("address").path("postalCode").asText());

    long writes = w.serviceTradeWrites();
    SyncReport rerun =
        flow().run(List.of(project(7, "Tower")), "construction", RunOptions.defaults());
    assertEquals(1, rerun.count(Outcome.UNCHANGED), rerun.toText());
    assertEquals(writes, w.serviceTradeWrites(), "never twice, and a rerun writes nothing");

    SyncReport renamed =
        flow().run(List.of(project(7, "Tower B")), "construction", RunOptions.defaults());
    assertEquals(1, renamed.count(Outcome.UPDATED), renamed.toText());
    assertEquals("Tower B", w.serviceTrade.all("job").get(0).path("name").asText());
    assertEquals(1, w.serviceTrade.all("job").size());
  }

  @Test
  void refusesAProjectNamingEachMissingField() {
    Project bare = Project.builder().id(9).name("Bare").city("Springfield").build();
    SyncReport report = flow().run(List.of(bare), "repair", RunOptions.defaults());
    assertEquals(1, report.count(Outcome.SKIPPED), report.toText());
    String text = report.toText();
    for (String field : new String[] {"address", "state_code", "zip"}) {
      assertTrue(text.contains("has no " + field), field + " named in " + text);
    }
    assertTrue(!text.contains("has no city"), text);
    assertEquals(0, w.serviceTrade.all("company").size());
  }

  @Test
  void aFailureAfterTheCustomerThenARerunCreatesNothingTwice() {
    w.serviceTrade.failNext("POST /api/location", 1, Fault.status(500));
    SyncReport first =
        flow().run(List.of(project(7, "Tower")), "construction", RunOptions.defaults());
    assertEquals(1, first.count(Outcome.FAILED), first.toText());
    assertEquals(1, w.serviceTrade.all("company").size());
    assertEquals(0, w.serviceTrade.all("job").size());

    SyncReport rerun =
        flow().run(List.of(project(7, "Tower")), "construction", RunOptions.defaults());
    assertEquals(1, rerun.count(Outcome.CREATED), rerun.toText());
    assertEquals(1, w.serviceTrade.all("company").size(), "the customer is reused");
    assertEquals(1, w.serviceTrade.all("location").size());
    assertEquals(1, w.serviceTrade.all("job").size());
  }

  @Test
  void theClientLogsInAgainWhenTheSessionEnds() {
    assertEquals(0, w.st.jobs().stream().count());
    w.serviceTrade.expireSessions();
    w.serviceTrade.givenJob("Depot", "repair");
    assertEquals(1, w.st.jobs().stream().count());
    assertEquals(2, w.serviceTrade.requests("POST /api/auth").size());
  }

  @Test
  void aWrongPasswordIsAServiceExceptionWithServiceTradesMessage() {
    try (ServiceTradeClient bad =
        ServiceTradeClient.builder()
            .baseUrl(w.serviceTrade.apiBaseUrl())
            .username(w.serviceTrade.username())
            .password("wrong")
            .clock(w.clock)
            .sleeper(w.clock.sleeper())
            .build()) {
      ServiceException e =
          assertThrows(ServiceException.class, () -> bad.jobs().iterator().hasNext());
      assertEquals(403, e.status());
      assertTrue(e.getMessage().contains("Invalid username or password"), e.getMessage());
      assertTrue(!e.getMessage().contains("wrong"), "no password in " + e.getMessage());
    }
  }

  @Test
  void listsPageByLimitUntilTotalPages() {
    for (int i = 0; i < 1_001; i++) {
      w.serviceTrade.givenUser("Tech " + i, null);
    }
    assertEquals(1_001, w.st.users().stream().count());
    assertEquals(2, w.serviceTrade.requests("GET /api/user").size());
  }
}
