package dev.procoresync.timekeeping.busybusy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.busybusy.FakeBusybusy;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.Fixtures;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Procore company cost codes to busybusy, end to end over both fakes. */
class BusybusyCostCodeFlowTest {
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
    division = code(null, "06", "06", "Wood & Plastics");
  }

  @AfterEach
  void stop() {
    client.close();
    busybusy.close();
    procore.close();
  }

  private long code(Long parent, String code, String fullCode, String name) {
    var f =
        Fixtures.of("standard_cost_codes")
            .in(list)
            .with("code", code)
            .with("full_code", fullCode)
            .with("name", name);
    if (parent != null) {
      f = f.with("parent_id", parent);
    }
    return procore.given(f).get("id").asLong();
  }

  private BusybusyCostCodeFlow.Result sync(BusybusyLinks links) {
    return BusybusyCostCodeFlow.of(company, client, procore.clock())
        .run(links, RunOptions.defaults());
  }

  private Map<String, ObjectNode> bbByCode() {
    return busybusy.records("costCodes").stream()
        .collect(Collectors.toMap(n -> n.path("costCode").asText(), n -> n));
  }

  private void deleteInProcore(long id) throws IOException {
    call("DELETE", id, null);
  }

  private void call(String method, long id, String json) throws IOException {
    OkHttpClient http = new OkHttpClient();
    Request request =
        new Request.Builder()
            .url(
                procore.apiBaseUrl()
                    + "/rest/v1.0/standard_cost_codes/"
                    + id
                    + "?company_id="
                    + procore.companyId()
                    + "&standard_cost_code_list_id="
                    + list)
            .header("Authorization", "Bearer " + procore.accessToken())
            .header("Procore-Company-Id", String.valueOf(procore.companyId()))
            .method(
                method,
                json == null ? null : RequestBody.create(json, MediaType.get("application/json")))
            .build();
    try (Response response = http.newCall(request).execute()) {
      assertTrue(response.isSuccessful(), method + " answered " + response.code());
    }
  }

  @Test
  void tieredCodesBecomeFlatDivisionsNeverSentAndRerunWritesNothing() {
    long framing = code(division, "200", "06-200", "Rough Framing");
    code(division, "400", "06-400", "Finish Carpentry");
    BusybusyCostCodeFlow.Result first = sync(BusybusyLinks.builder().build());
    assertEquals(2, first.report().count(Outcome.CREATED), first.report().toText());
    Map<String, ObjectNode> bb = bbByCode();
    assertEquals(2, bb.size(), bb.toString());
    assertEquals("Rough Framing", bb.get("06-200").path("title").asText());
    assertFalse(bb.containsKey("06"), "a division is never sent");
    assertEquals(
        Long.valueOf(framing), first.links().costCodes().get(bb.get("06-200").path("id").asText()));

    int writes = mutations();
    BusybusyCostCodeFlow.Result again = sync(first.links());
    assertEquals(2, again.report().count(Outcome.UNCHANGED), again.report().toText());
    assertEquals(writes, mutations(), "a rerun writes nothing");
  }

  @Test
  void identicalCodesOnBothSidesLinkWithoutDuplicates() {
    code(division, "200", "06-200", "Rough Framing");
    String existing = busybusy.givenCostCode("06-200", "Rough Framing");
    BusybusyCostCodeFlow.Result first = sync(BusybusyLinks.builder().build());
    assertEquals(1, first.report().count(Outcome.UNCHANGED), first.report().toText());
    assertEquals(1, busybusy.records("costCodes").size());
    assertTrue(first.links().costCodes().containsKey(existing));
  }

  @Test
  void editsInProcoreFlowToBusybusyAndBusybusyEditsAreOverwritten() throws IOException {
    long framing = code(division, "200", "06-200", "Rough Framing");
    BusybusyCostCodeFlow.Result first = sync(BusybusyLinks.builder().build());
    String id = bbByCode().get("06-200").path("id").asText();
    busybusy.edit("costCodes", id, JsonNodeFactory.instance.objectNode().put("title", "Mine"));
    call(
        "PATCH",
        framing,
        "{\"standard_cost_code\":{\"code\":\"210\",\"full_code\":\"06-210\",\"name\":\"Framing\"}}");
    BusybusyCostCodeFlow.Result second = sync(first.links());
    assertEquals(1, second.report().count(Outcome.UPDATED), second.report().toText());
    ObjectNode now = busybusy.record("costCodes", id).orElseThrow();
    assertEquals("06-210", now.path("costCode").asText());
    assertEquals("Framing", now.path("title").asText());
    assertEquals(1, busybusy.records("costCodes").size());
  }

  @Test
  void deletedInProcoreIsArchivedInBusybusyOnceAndArchivingInBusybusyChangesNothing()
      throws IOException {
    long framing = code(division, "200", "06-200", "Rough Framing");
    long finish = code(division, "400", "06-400", "Finish Carpentry");
    BusybusyCostCodeFlow.Result first = sync(BusybusyLinks.builder().build());
    Map<String, ObjectNode> bb = bbByCode();
    String framingId = bb.get("06-200").path("id").asText();
    String finishId = bb.get("06-400").path("id").asText();

    deleteInProcore(framing);
    busybusy.archive("costCodes", finishId);
    int procoreWritesBefore = procoreWrites();
    BusybusyCostCodeFlow.Result second = sync(first.links());
    assertEquals(1, second.report().count(Outcome.ARCHIVED), second.report().toText());
    assertEquals(1, second.report().count(Outcome.UNCHANGED), second.report().toText());
    assertFalse(
        busybusy.record("costCodes", framingId).orElseThrow().path("archivedOn").isNull(),
        "deleted in Procore -> archived in busybusy");
    assertTrue(procore.find("standard_cost_codes", finish).isPresent());
    assertEquals(procoreWritesBefore, procoreWrites(), "nothing is written to Procore");

    int writes = mutations();
    BusybusyCostCodeFlow.Result third = sync(second.links());
    assertEquals(writes, mutations(), "a rerun writes nothing: " + third.report().toText());
  }

  private int mutations() {
    return (int) busybusy.requests().stream().filter(r -> r.body().contains("mutation")).count();
  }

  private int procoreWrites() {
    return (int) procore.requests().stream().filter(r -> !"GET".equals(r.method())).count();
  }
}
