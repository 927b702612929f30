package dev.procoresync.testkit.busybusy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.testkit.http.Fault;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FakeBusybusyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @RegisterExtension final FakeBusybusyExtension ext = new FakeBusybusyExtension();

  private HttpResponse<String> post(String key, String query, ObjectNode variables)
      throws Exception {
    ObjectNode body = JSON.createObjectNode().put("query", query);
    body.set("variables", variables);
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(ext.fake().endpoint()))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (key != null) {
      b.header(FakeBusybusy.KEY_HEADER, key);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode query(String query, ObjectNode variables) throws Exception {
    HttpResponse<String> r = post(FakeBusybusy.KEY, query, variables);
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  @Test
  void refusesAMissingOrWrongKeyWithAGraphQlErrorBody() throws Exception {
    HttpResponse<String> none = post(null, "{ members { id } }", JSON.createObjectNode());
    assertEquals(401, none.statusCode());
    assertTrue(
        JSON.readTree(none.body()).at("/errors/0/message").asText().contains("key-authorization"));
    assertEquals(
        401,
        post("Bearer " + FakeBusybusy.KEY, "{ members { id } }", JSON.createObjectNode())
            .statusCode());
  }

  @Test
  void pagesWithCursorsAndFilters() throws Exception {
    FakeBusybusy bb = ext.fake();
    for (int i = 0; i < 5; i++) {
      bb.givenCostCode("01-" + i, "Code " + i);
    }
    bb.archive(
        FakeBusybusy.COST_CODES, bb.records(FakeBusybusy.COST_CODES).get(4).get("id").asText());
    String q =
        "query ($first: Int, $after: String) { costCodes(first: $first, after: $after,"
            + " filter: {archivedOn: {isNull: true}}) { id cursor costCode } }";
    JsonNode p1 = query(q, JSON.createObjectNode().put("first", 2));
    assertEquals(2, p1.at("/data/costCodes").size());
    String cursor = p1.at("/data/costCodes/1/cursor").asText();
    JsonNode p2 = query(q, JSON.createObjectNode().put("first", 2).put("after", cursor));
    assertEquals("01-2", p2.at("/data/costCodes/0/costCode").asText());
    JsonNode p3 =
        query(
            q,
            JSON.createObjectNode()
                .put("first", 2)
                .put("after", p2.at("/data/costCodes/1/cursor").asText()));
    assertEquals(0, p3.at("/data/costCodes").size(), "archived one filtered out");
  }

  @Test
  void projectsKeepTheirTreeUpToSevenLevels() throws Exception {
    FakeBusybusy bb = ext.fake();
    String parent = bb.givenProject("Johnson Home", null);
    String root = parent;
    for (int i = 2; i <= FakeBusybusy.MAX_DEPTH; i++) {
      parent = bb.givenProject("Level " + i, parent);
    }
    String deepest = parent;
    assertThrows(IllegalArgumentException.class, () -> bb.givenProject("Too deep", deepest));
    JsonNode r =
        query(
            "{ projects(filter: {depth: {equal: 1}}) { id title depth children { id depth children { id } } } }",
            JSON.createObjectNode());
    assertEquals(1, r.at("/data/projects").size());
    assertEquals(root, r.at("/data/projects/0/id").asText());
    assertEquals(2, r.at("/data/projects/0/children/0/depth").asInt());
    JsonNode last =
        query(
            "{ projects(filter: {depth: {equal: 7}}) { id rootProjectId } }",
            JSON.createObjectNode());
    assertEquals(root, last.at("/data/projects/0/rootProjectId").asText());
  }

  @Test
  void mutationsWriteAndStampTheFakeClock() throws Exception {
    FakeBusybusy bb = ext.fake();
    Instant now = bb.clock().instant();
    JsonNode created =
        query(
            "mutation ($p: ProjectCreateInput!) { createProject(project: $p) { id title updatedOn } }",
            (ObjectNode)
                JSON.createObjectNode().set("p", JSON.createObjectNode().put("title", "Tower A")));
    String id = created.at("/data/createProject/id").asText();
    assertEquals(now.toString(), created.at("/data/createProject/updatedOn").asText());
    bb.clock().advance(Duration.ofMinutes(5));
    JsonNode archived =
        query(
            "mutation { updateProject(project: {id: \""
                + id
                + "\", archivedOn: \"2026-01-01T00:00:00Z\"}) { archivedOn updatedOn } }",
            JSON.createObjectNode());
    assertEquals("2026-01-01T00:00:00Z", archived.at("/data/updateProject/archivedOn").asText());
    assertEquals(
        now.plus(Duration.ofMinutes(5)).toString(),
        archived.at("/data/updateProject/updatedOn").asText());
    JsonNode unknown =
        query(
            "mutation { updateCostCode(costCode: {id: \"nope\", title: \"x\"}) { id } }",
            JSON.createObjectNode());
    assertTrue(unknown.at("/errors/0/message").asText().contains("nope"), unknown.toString());
  }

  @Test
  void timeEntriesWithBreaksAndIncrementalReads() throws Exception {
    FakeBusybusy bb = ext.fake();
    String m = bb.givenMember("Ana", "Ruiz", "E-1");
    String e = bb.givenTimeEntry(m, null, null, Instant.parse("2026-06-09T13:00:00Z"), null);
    bb.givenBreak(e, Instant.parse("2026-06-09T17:00:00Z"), Instant.parse("2026-06-09T17:30:00Z"));
    Instant before = bb.clock().instant();
    bb.clock().advance(Duration.ofHours(1));
    String later =
        bb.givenTimeEntry(
            m,
            null,
            null,
            Instant.parse("2026-06-10T13:00:00Z"),
            Instant.parse("2026-06-10T14:00:00Z"));
    JsonNode all =
        query(
            "{ timeEntries { id endTime breaks { startTime endTime } } }", JSON.createObjectNode());
    assertEquals(2, all.at("/data/timeEntries").size());
    assertTrue(all.at("/data/timeEntries/0/endTime").isNull());
    assertEquals("2026-06-09T17:30:00Z", all.at("/data/timeEntries/0/breaks/0/endTime").asText());
    JsonNode changed =
        query(
            "{ timeEntries(filter: {updatedOn: {greaterThanOrEqualTo: \""
                + before.plusSeconds(1)
                + "\"}}) { id } }",
            JSON.createObjectNode());
    assertEquals(1, changed.at("/data/timeEntries").size());
    assertEquals(later, changed.at("/data/timeEntries/0/id").asText());
  }

  @Test
  void schemaErrorsAndFaults() throws Exception {
    JsonNode bad = query("{ members { noSuchField } }", JSON.createObjectNode());
    assertTrue(bad.at("/errors/0/message").asText().contains("noSuchField"), bad.toString());
    ext.fake().failNext(1, Fault.status(503));
    assertEquals(
        503, post(FakeBusybusy.KEY, "{ members { id } }", JSON.createObjectNode()).statusCode());
    assertEquals(
        200, post(FakeBusybusy.KEY, "{ members { id } }", JSON.createObjectNode()).statusCode());
    assertEquals(3, ext.fake().requests().size());
  }
}
