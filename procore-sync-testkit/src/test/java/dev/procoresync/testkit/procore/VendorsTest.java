package dev.procoresync.testkit.procore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VendorsTest {
  private final FakeProcore procore = FakeProcore.start();
  private final Http http = new Http(procore);

  @AfterEach
  void stop() {
    procore.close();
  }

  @Test
  void createShowAndUpdate() {
    Http.Response created =
        http.post(
            "/rest/v1.0/vendors",
            "{\"company_id\":"
                + procore.companyId()
                + ",\"vendor\":{\"name\":\"Acme Concrete\",\"origin_id\":\"bc:vendor:V1\"}}");
    assertEquals(201, created.status());
    long id = created.json().get("id").asLong();
    assertEquals("Acme Concrete", created.json().get("name").asText());
    assertTrue(created.json().get("is_active").asBoolean());
    assertEquals(procore.clock().instant().toString(), created.json().get("created_at").asText());

    procore.clock().advance(Duration.ofMinutes(5));
    Http.Response updated =
        http.patch("/rest/v1.0/vendors/" + id, "{\"vendor\":{\"city\":\"Denver\"}}");
    assertEquals(200, updated.status());
    assertEquals("Denver", updated.json().get("city").asText());
    assertEquals("Acme Concrete", updated.json().get("name").asText());
    assertEquals(procore.clock().instant().toString(), updated.json().get("updated_at").asText());

    JsonNode shown =
        http.get("/rest/v1.0/vendors/" + id + "?company_id=" + procore.companyId()).json();
    assertEquals("Denver", shown.get("city").asText());
    assertEquals("bc:vendor:V1", shown.get("origin_id").asText());
  }

  @Test
  void nameIsRequiredAndBounded() {
    Http.Response blank = http.post("/rest/v1.0/vendors", "{\"vendor\":{\"name\":\"\"}}");
    assertEquals(422, blank.status());
    assertEquals("can't be blank", blank.json().get("errors").get("name").get(0).asText());
    Http.Response tooLong =
        http.post("/rest/v1.0/vendors", "{\"vendor\":{\"name\":\"" + "x".repeat(256) + "\"}}");
    assertEquals(422, tooLong.status());
    assertTrue(tooLong.json().get("errors").get("name").get(0).asText().startsWith("is too long"));
  }

  @Test
  void missingWrapperIs400() {
    assertEquals(400, http.post("/rest/v1.0/vendors", "{\"name\":\"x\"}").status());
    assertEquals(400, http.post("/rest/v1.0/vendors", "{not json").status());
  }

  @Test
  void filterByOriginId() {
    procore.givenVendor(Fixtures.vendor("A").originId("bc:vendor:A"));
    procore.givenVendor(Fixtures.vendor("B").originId("bc:vendor:B"));
    JsonNode found = http.get("/rest/v1.0/vendors?filters[origin_id]=bc:vendor:B").json();
    assertEquals(1, found.size());
    assertEquals("B", found.get(0).get("name").asText());
  }

  @Test
  void filterByUpdatedAtRange() {
    procore.givenVendor(Fixtures.vendor("Old"));
    procore.clock().advance(Duration.ofHours(2));
    String from = procore.clock().instant().toString();
    procore.givenVendor(Fixtures.vendor("New"));
    procore.clock().advance(Duration.ofHours(2));
    String to = procore.clock().instant().toString();
    procore.clock().advance(Duration.ofHours(2));
    procore.givenVendor(Fixtures.vendor("Newer"));
    JsonNode found =
        http.token(procore.accessToken())
            .get("/rest/v1.0/vendors?filters%5Bupdated_at%5D=" + from + "..." + to)
            .json();
    assertEquals(1, found.size());
    assertEquals("New", found.get(0).get("name").asText());
  }
}
