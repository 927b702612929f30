package dev.procoresync.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.client.ProcoreCredentials;
import dev.procoresync.core.client.ProcoreEnvironment;
import dev.procoresync.core.http.Page;
import dev.procoresync.core.http.RequestEvent;
import dev.procoresync.core.model.Project;
import dev.procoresync.core.model.Vendor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A read-only smoke test against a real Procore sandbox, run only when these environment variables
 * are set: {@code PROCORE_SANDBOX_CLIENT_ID}, {@code PROCORE_SANDBOX_CLIENT_SECRET} (a Developer
 * Managed Service Account installed in the company), {@code PROCORE_SANDBOX_COMPANY_ID}, and
 * optionally {@code PROCORE_SANDBOX_ENVIRONMENT} ({@code DEVELOPER_SANDBOX}, the default, or {@code
 * MONTHLY_SANDBOX}). It reads one page of projects and vendors and never writes.
 */
class LiveSandboxSmokeTest {

  @Test
  void readsProjectsAndVendorsFromTheSandbox() {
    String clientId = System.getenv("PROCORE_SANDBOX_CLIENT_ID");
    String secret = System.getenv("PROCORE_SANDBOX_CLIENT_SECRET");
    String company = System.getenv("PROCORE_SANDBOX_COMPANY_ID");
    assumeTrue(
        clientId != null && secret != null && company != null,
        "live sandbox check skipped: set PROCORE_SANDBOX_CLIENT_ID, PROCORE_SANDBOX_CLIENT_SECRET"
            + " and PROCORE_SANDBOX_COMPANY_ID to run it");
    ProcoreEnvironment env =
        "MONTHLY_SANDBOX".equals(System.getenv("PROCORE_SANDBOX_ENVIRONMENT"))
            ? ProcoreEnvironment.MONTHLY_SANDBOX
            : ProcoreEnvironment.DEVELOPER_SANDBOX;
    List<RequestEvent> events = new CopyOnWriteArrayList<>();
    ProcoreClient client =
        ProcoreClient.builder()
            .environment(env)
            .credentials(ProcoreCredentials.clientCredentials(clientId, secret))
            .userAgentSuffix("procore-sync-smoke-test")
            .requestListener(events::add)
            .build();
    CompanyClient scope = client.forCompany(Long.parseLong(company.trim()));

    Page<Project> projects = scope.projects().list().byPage().iterator().next();
    Page<Vendor> vendors = scope.vendors().list().byPage().iterator().next();

    assertTrue(projects.items().size() >= 0 && vendors.items().size() >= 0);
    assertEquals(2, events.size());
    events.forEach(e -> assertEquals(200, e.status(), e.toString()));
  }
}
