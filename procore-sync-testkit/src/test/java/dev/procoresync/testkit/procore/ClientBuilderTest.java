package dev.procoresync.testkit.procore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.model.Vendor;
import java.util.List;
import org.junit.jupiter.api.Test;

@FakeProcoreTest
class ClientBuilderTest {

  @Test
  void aClientFromClientBuilderTalksToThisFakeOnItsClock(FakeProcore procore) {
    procore.givenVendor(Fixtures.vendor("Acme Concrete").originId("erp:vendor:V-1"));
    procore.failNext(
        "GET /rest/v1.0/vendors", 1, Fault.tooManyRequests(java.time.Duration.ofMinutes(5)));
    var before = procore.clock().instant();

    CompanyClient company = procore.clientBuilder().build().forCompany(procore.companyId());
    List<Vendor> vendors = company.vendors().list().stream().toList();

    assertEquals(List.of("Acme Concrete"), vendors.stream().map(Vendor::name).toList());
    // the 429's Retry-After was waited on the fake clock, not in real time
    assertEquals(
        true, !procore.clock().instant().isBefore(before.plus(java.time.Duration.ofMinutes(5))));
  }
}
