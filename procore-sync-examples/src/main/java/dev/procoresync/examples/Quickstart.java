package dev.procoresync.examples;

// [quickstart-imports]
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.client.ProcoreCredentials;
import dev.procoresync.core.client.ProcoreEnvironment;
import dev.procoresync.core.flow.VendorUpsertFlow;
import dev.procoresync.core.model.VendorUpdate;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
// [quickstart-imports]
import java.util.List;

/**
 * The README's quickstart: push an ERP's vendors into a Procore company. The lines between the
 * {@code [quickstart]} markers are what the README shows; a test keeps the two identical.
 */
public final class Quickstart {
  private Quickstart() {}

  /**
   * Upserts {@code erpVendors} into the company and returns the report.
   *
   * @param clientId the OAuth client id of a Developer Managed Service Account
   * @param clientSecret its client secret
   * @param companyId the Procore company id
   * @param erpVendors the host's vendor records
   * @return the report: every vendor created, updated, unchanged, skipped or failed
   */
  public static SyncReport pushVendors(
      String clientId, String clientSecret, long companyId, List<ErpVendor> erpVendors) {
    // [quickstart]
    ProcoreClient procore =
        ProcoreClient.builder()
            .environment(ProcoreEnvironment.DEVELOPER_SANDBOX)
            .credentials(ProcoreCredentials.clientCredentials(clientId, clientSecret))
            .build();
    CompanyClient company = procore.forCompany(companyId);

    SyncReport report =
        VendorUpsertFlow.create(company)
            .run(
                erpVendors,
                // origin_id is your key: a rerun updates the vendor, never duplicates it
                v ->
                    VendorUpdate.builder()
                        .originId("erp:vendor:" + v.number())
                        .name(v.name())
                        .emailAddress(v.email())
                        .build(),
                RunOptions.defaults());
    System.out.print(report.toText());
    // [quickstart]
    return report;
  }
}
