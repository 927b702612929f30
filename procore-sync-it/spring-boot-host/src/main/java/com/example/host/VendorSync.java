package com.example.host;

import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.flow.VendorUpsertFlow;
import dev.procoresync.core.model.VendorUpdate;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Pushes the ERP's vendors into the configured Procore company. */
@Service
public class VendorSync {
  private final VendorUpsertFlow flow;

  /**
   * Creates the service.
   *
   * @param procore the application's Procore client
   * @param companyId the Procore company, from {@code procore.company-id}
   */
  public VendorSync(ProcoreClient procore, @Value("${procore.company-id}") long companyId) {
    this.flow = VendorUpsertFlow.create(procore.forCompany(companyId));
  }

  /**
   * Upserts the vendors.
   *
   * @param vendors the vendors as Procore should hold them
   * @return the report of the run
   */
  public SyncReport push(List<VendorUpdate> vendors) {
    return flow.run(vendors, v -> v, RunOptions.defaults());
  }
}
