package com.example.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.json.PackageVersion;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.model.VendorUpdate;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * procore-sync inside a Spring Boot 3.5 application, on the versions Spring Boot manages (Jackson
 * 2.19, Kotlin 1.9): the context starts, and a first sync against the fake creates the vendor once.
 */
@FakeProcoreTest
class HostFirstSyncTest {
  private static final List<VendorUpdate> VENDORS =
      List.of(
          VendorUpdate.builder().originId("erp:vendor:V-1").name("Acme Concrete").build());

  @Test
  void runsAFirstSyncInsideTheApplication(FakeProcore procore) {
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(HostApplication.class)
            .web(WebApplicationType.NONE)
            .properties("procore.company-id=" + procore.companyId())
            .initializers(
                ctx -> {
                  ProcoreClient client = procore.clientBuilder().build();
                  ctx.getBeanFactory().registerSingleton("procoreClient", client);
                })
            .run()) {
      VendorSync sync = context.getBean(VendorSync.class);

      SyncReport first = sync.push(VENDORS);
      SyncReport second = sync.push(VENDORS);

      assertEquals(1, first.count(Outcome.CREATED));
      assertEquals(1, second.count(Outcome.UNCHANGED));
      procore.verifyRequests("PATCH /rest/v1.0/vendors/sync", 1);
    }
  }

  @Test
  void runsOnTheJacksonThatSpringBootManages() {
    // guards the test above against passing on our own Jackson instead of Spring Boot's
    assertEquals(2, PackageVersion.VERSION.getMajorVersion());
    assertEquals(19, PackageVersion.VERSION.getMinorVersion());
  }
}
