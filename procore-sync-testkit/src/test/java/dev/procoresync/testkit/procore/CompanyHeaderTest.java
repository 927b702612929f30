package dev.procoresync.testkit.procore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CompanyHeaderTest {
  private final FakeProcore procore = FakeProcore.start();
  private final Http http = new Http(procore);

  @AfterEach
  void stop() {
    procore.close();
  }

  @Test
  void missingHeaderGetsProcoresError() {
    Http.Response response = http.company(null).get("/rest/v1.0/vendors");
    assertEquals(400, response.status());
    assertTrue(
        response.json().get("errors").asText().startsWith("Missing Procore-Company-Id header!"));
  }

  @Test
  void listCompaniesAndMeWorkWithoutIt() {
    Http.Response companies = http.company(null).get("/rest/v1.0/companies");
    assertEquals(200, companies.status());
    assertEquals(procore.companyId(), companies.json().get(0).get("id").asLong());
    assertEquals(200, http.get("/rest/v1.0/me").status());
  }

  @Test
  void anotherCompanysRecordsAreNotVisible() {
    long other = procore.givenCompany(Fixtures.company("Other Co"));
    long vendorId = procore.given(other, Fixtures.vendor("Theirs")).get("id").asLong();
    assertEquals(404, http.get("/rest/v1.0/vendors/" + vendorId).status());
    assertEquals(
        200, http.company(Long.toString(other)).get("/rest/v1.0/vendors/" + vendorId).status());
    assertEquals(0, new Http(procore).get("/rest/v1.0/vendors").json().size());
  }

  @Test
  void companyIdParameterIsRequiredWhereProcoreDocumentsIt() {
    Http careless = new Http(procore).withoutCompanyIdParam();
    Http.Response list = careless.get("/rest/v1.0/vendors");
    assertEquals(400, list.status());
    assertEquals(
        "param is missing or the value is empty: company_id", list.json().get("errors").asText());
    assertEquals(400, careless.get("/rest/v1.0/projects").status());
    assertEquals(
        201,
        careless
            .post(
                "/rest/v1.0/vendors",
                "{\"company_id\":" + procore.companyId() + ",\"vendor\":{\"name\":\"A\"}}")
            .status());
  }

  @Test
  void unknownCompanyIs404() {
    assertEquals(404, http.company("999999").get("/rest/v1.0/vendors").status());
  }
}
