package dev.procoresync.testkit.procore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CompanyUsersTest {
  private final FakeProcore procore = FakeProcore.start();
  private final Http http = new Http(procore);

  @AfterEach
  void stop() {
    procore.close();
  }

  private String base() {
    return "/rest/v1.3/companies/" + procore.companyId() + "/users";
  }

  @Test
  void createShowAndUpdate() {
    long vendorId = procore.givenVendor(Fixtures.vendor("Acme Concrete"));
    Http.Response created =
        http.post(
            base(),
            "{\"user\":{\"first_name\":\"Pat\",\"last_name\":\"Lee\","
                + "\"email_address\":\"pat@example.com\",\"origin_id\":\"bc:user:U1\","
                + "\"vendor_id\":"
                + vendorId
                + "}}");
    assertEquals(201, created.status());
    long id = created.json().get("id").asLong();
    assertEquals("Pat Lee", created.json().get("name").asText());
    assertTrue(created.json().get("is_active").asBoolean());
    assertEquals(vendorId, created.json().get("vendor").get("id").asLong());
    assertEquals("Acme Concrete", created.json().get("vendor").get("name").asText());

    Http.Response updated = http.patch(base() + "/" + id, "{\"user\":{\"job_title\":\"Foreman\"}}");
    assertEquals(200, updated.status());
    assertEquals("Foreman", updated.json().get("job_title").asText());
    assertEquals("pat@example.com", updated.json().get("email_address").asText());

    JsonNode shown = http.get(base() + "/" + id).json();
    assertEquals("Foreman", shown.get("job_title").asText());
    assertEquals("bc:user:U1", shown.get("origin_id").asText());
  }

  @Test
  void emailAndLastNameAreRequired() {
    Http.Response missing = http.post(base(), "{\"user\":{\"first_name\":\"Pat\"}}");
    assertEquals(422, missing.status());
    assertEquals(
        "can't be blank", missing.json().get("errors").get("email_address").get(0).asText());
    assertEquals("can't be blank", missing.json().get("errors").get("last_name").get(0).asText());
    assertEquals(400, http.post(base(), "{\"last_name\":\"Lee\"}").status());
  }

  @Test
  void unknownUserIs404() {
    assertEquals(404, http.get(base() + "/999999").status());
  }

  @Test
  void listPagesAndFilters() {
    for (int i = 0; i < 5; i++) {
      procore.givenCompanyUser(
          Fixtures.companyUser("U" + i, "Lee", "u" + i + "@example.com").originId("o" + i));
    }
    Http.Response first = http.get(base() + "?per_page=2&page=1");
    assertEquals(2, first.json().size());
    assertEquals("5", first.header("Total"));
    assertEquals(1, http.get(base() + "?per_page=2&page=3").json().size());

    JsonNode found = http.get(base() + "?filters%5Borigin_id%5D=o3").json();
    assertEquals(1, found.size());
    assertEquals("u3@example.com", found.get(0).get("email_address").asText());
  }

  @Test
  void filterByUpdatedAtRange() {
    procore.givenCompanyUser(Fixtures.companyUser("A", "Old", "old@example.com"));
    procore.clock().advance(Duration.ofHours(2));
    String from = procore.clock().instant().toString();
    procore.givenCompanyUser(Fixtures.companyUser("B", "New", "new@example.com"));
    procore.clock().advance(Duration.ofHours(2));
    String to = procore.clock().instant().toString();
    procore.clock().advance(Duration.ofHours(2));
    procore.givenCompanyUser(Fixtures.companyUser("C", "Newer", "newer@example.com"));
    JsonNode found =
        http.token(procore.accessToken())
            .get(base() + "?filters%5Bupdated_at%5D=" + from + "..." + to)
            .json();
    assertEquals(1, found.size());
    assertEquals("New", found.get(0).get("last_name").asText());
  }

  @Test
  void syncMatchesByIdThenOriginIdAndReportsErrors() {
    long byId = procore.givenCompanyUser(Fixtures.companyUser("A", "Ant", "a@example.com"));
    procore.givenCompanyUser(
        Fixtures.companyUser("B", "Bee", "b@example.com").originId("bc:user:B"));
    Http.Response r =
        http.patch(
            base() + "/sync",
            "{\"updates\":["
                + "{\"id\":"
                + byId
                + ",\"job_title\":\"Boss\"},"
                + "{\"origin_id\":\"bc:user:B\",\"job_title\":\"Clerk\"},"
                + "{\"origin_id\":\"bc:user:C\",\"last_name\":\"Sea\",\"email_address\":\"c@example.com\"},"
                + "{\"origin_id\":\"bc:user:D\",\"last_name\":\"Dee\"}"
                + "]}");
    assertEquals(200, r.status());
    JsonNode entities = r.json().get("entities");
    assertEquals(3, entities.size());
    assertEquals(byId, entities.get(0).get("id").asLong());
    assertEquals("Boss", entities.get(0).get("job_title").asText());
    assertEquals("b@example.com", entities.get(1).get("email_address").asText());
    assertEquals("Clerk", entities.get(1).get("job_title").asText());
    assertEquals("bc:user:C", entities.get(2).get("origin_id").asText());
    JsonNode errors = r.json().get("errors");
    assertEquals(1, errors.size());
    assertEquals("bc:user:D", errors.get(0).get("origin_id").asText());
    assertTrue(errors.get(0).get("errors").has("email_address"));
    assertEquals(3, http.get(base()).json().size());
  }
}
