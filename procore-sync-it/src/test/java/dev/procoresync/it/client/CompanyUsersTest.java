package dev.procoresync.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.CompanyUsers;
import dev.procoresync.core.client.ListOptions;
import dev.procoresync.core.client.SyncFailure;
import dev.procoresync.core.client.SyncResult;
import dev.procoresync.core.error.ProcoreNotFoundException;
import dev.procoresync.core.model.CompanyUser;
import dev.procoresync.core.model.CompanyUserUpdate;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fault;
import dev.procoresync.testkit.procore.Fixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The company users facade against the fake Procore. */
@FakeProcoreTest
class CompanyUsersTest {
  private static final String LIST = "GET /rest/v1.3/companies/{company_id}/users";
  private static final String CREATE = "POST /rest/v1.3/companies/{company_id}/users";

  private static <T> List<T> all(Iterable<T> items) {
    List<T> out = new ArrayList<>();
    items.forEach(out::add);
    return out;
  }

  private static CompanyUsers users(FakeProcore fake) {
    CompanyClient company = FakeClients.client(fake).forCompany(fake.companyId());
    return company.companyUsers();
  }

  @Test
  void listFollowsEveryPage(FakeProcore fake) {
    for (int i = 0; i < 1001; i++) {
      fake.givenCompanyUser(Fixtures.companyUser("U", "Lee" + i, "u" + i + "@example.com"));
    }

    List<CompanyUser> users = all(users(fake).list());

    assertEquals(1001, users.size());
    assertEquals(2, fake.requestCount(LIST));
    assertEquals(1001, users.stream().map(u -> u.emailAddress().orElseThrow()).distinct().count());
  }

  @Test
  void createThenShow(FakeProcore fake) {
    long vendorId = fake.givenVendor(Fixtures.vendor("Acme Concrete"));
    CompanyUsers users = users(fake);

    CompanyUser created =
        users.create(
            CompanyUserUpdate.builder()
                .firstName("Pat")
                .lastName("Lee")
                .emailAddress("pat@example.com")
                .jobTitle("Foreman")
                .vendorId(vendorId)
                .originId("bc:user:U1")
                .build());
    CompanyUser shown = users.get(created.id());

    assertEquals("pat@example.com", shown.emailAddress().orElseThrow());
    assertEquals("Lee", shown.lastName().orElseThrow());
    assertEquals("Foreman", shown.jobTitle().orElseThrow());
    assertEquals("bc:user:U1", shown.originId().orElseThrow());
    assertEquals(vendorId, shown.vendor().orElseThrow().id());
    assertTrue(shown.isActive().orElseThrow());
    assertThrows(ProcoreNotFoundException.class, () -> users.get(999_999L));
  }

  @Test
  void createRefusesMissingEmailOrLastNameBeforeSending(FakeProcore fake) {
    CompanyUsers users = users(fake);
    IllegalArgumentException noEmail =
        assertThrows(
            IllegalArgumentException.class,
            () -> users.create(CompanyUserUpdate.builder().lastName("Lee").build()));
    assertTrue(noEmail.getMessage().contains("emailAddress"), noEmail.getMessage());
    IllegalArgumentException noLast =
        assertThrows(
            IllegalArgumentException.class,
            () -> users.create(CompanyUserUpdate.builder().emailAddress("a@example.com").build()));
    assertTrue(noLast.getMessage().contains("lastName"), noLast.getMessage());
    assertEquals(0, fake.requestCount(CREATE));
  }

  @Test
  void aCreateThatTimesOutAfterTheServerStoredItIsNotDuplicated(FakeProcore fake) {
    fake.failNext(CREATE, 1, Fault.timeoutAfterWrite(Duration.ofMillis(300)));
    CompanyUsers users =
        FakeClients.builder(fake)
            .readTimeout(Duration.ofMillis(150))
            .build()
            .forCompany(fake.companyId())
            .companyUsers();

    CompanyUser u =
        users.create(
            CompanyUserUpdate.builder()
                .lastName("Lee")
                .emailAddress("pat@example.com")
                .originId("bc:user:U42")
                .build());

    assertEquals("bc:user:U42", u.originId().orElseThrow());
    assertEquals(1, fake.requestCount(CREATE), "never sent twice");
    assertEquals(1, fake.all("company_users").size());
  }

  @Test
  void filtersByOriginId(FakeProcore fake) {
    fake.givenCompanyUser(Fixtures.companyUser("A", "Ant", "a@example.com").originId("bc:user:A"));
    fake.givenCompanyUser(Fixtures.companyUser("B", "Bee", "b@example.com").originId("bc:user:B"));
    CompanyUsers users = users(fake);

    List<CompanyUser> found = all(users.list(ListOptions.none().withOriginId("bc:user:B")));

    assertEquals(1, found.size());
    assertEquals("b@example.com", found.get(0).emailAddress().orElseThrow());
    assertEquals("Bee", users.findByOriginId("bc:user:B").orElseThrow().lastName().orElseThrow());
    assertFalse(users.findByOriginId("bc:user:NOPE").isPresent());
    assertTrue(
        fake.requests(LIST).stream()
            .anyMatch(
                r -> r.queryParam("filters[origin_id]").filter("bc:user:B"::equals).isPresent()));
  }

  @Test
  void syncSurfacesAPerItemErrorKeyedByOriginId(FakeProcore fake) {
    long existing =
        fake.givenCompanyUser(
            Fixtures.companyUser("A", "Ant", "a@example.com").originId("bc:user:A"));
    List<CompanyUserUpdate> updates =
        List.of(
            CompanyUserUpdate.builder().originId("bc:user:A").jobTitle("Boss").build(),
            CompanyUserUpdate.builder()
                .originId("bc:user:B")
                .lastName("Bee")
                .emailAddress("b@example.com")
                .build(),
            CompanyUserUpdate.builder().originId("bc:user:NOMAIL").lastName("Nope").build());

    SyncResult<CompanyUser> result = users(fake).sync(updates);

    assertEquals(2, result.entities().size());
    assertEquals(existing, result.entities().get(0).id());
    assertEquals("Boss", result.entities().get(0).jobTitle().orElseThrow());
    assertEquals("b@example.com", result.entities().get(1).emailAddress().orElseThrow());
    assertEquals(1, result.failures().size());
    SyncFailure noMail = result.failuresByOriginId().get("bc:user:NOMAIL");
    assertTrue(noMail.fieldErrors().containsKey("email_address"), noMail.fieldErrors().toString());
    assertFalse(result.isComplete());
    assertEquals(2, fake.all("company_users").size());
  }

  @Test
  void update(FakeProcore fake) {
    long id = fake.givenCompanyUser(Fixtures.companyUser("Pat", "Lee", "pat@example.com"));
    CompanyUsers users = users(fake);

    CompanyUser updated =
        users.update(id, CompanyUserUpdate.builder().jobTitle("Superintendent").build());

    assertEquals("Superintendent", updated.jobTitle().orElseThrow());
    assertEquals("pat@example.com", updated.emailAddress().orElseThrow());
    assertEquals("Superintendent", users.get(id).jobTitle().orElseThrow());
  }
}
