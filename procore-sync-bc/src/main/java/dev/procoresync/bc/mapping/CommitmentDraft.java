package dev.procoresync.bc.mapping;

import dev.procoresync.core.model.CommitmentLineItemUpdate;
import dev.procoresync.core.model.PurchaseOrderContractUpdate;
import java.util.List;
import java.util.Objects;

/**
 * A Procore purchase order contract (commitment) to write into one project, with one line item per
 * sent purchase order line.
 *
 * @param projectId the Procore project
 * @param header the contract, without line items
 * @param lines the line items, at least one
 */
public record CommitmentDraft(
    long projectId, PurchaseOrderContractUpdate header, List<CommitmentLineItemUpdate> lines) {

  /**
   * Checks the parts.
   *
   * @param projectId the Procore project
   * @param header the contract
   * @param lines the line items
   * @throws IllegalArgumentException when the project id is not positive or there is no line
   */
  public CommitmentDraft {
    Objects.requireNonNull(header, "header");
    lines = List.copyOf(lines);
    if (projectId <= 0) {
      throw new IllegalArgumentException("projectId must be positive, got " + projectId);
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a commitment needs at least one line");
    }
  }

  /**
   * Returns a copy whose header carries Procore's id.
   *
   * @param id Procore's contract id
   * @return the copy
   */
  public CommitmentDraft withId(long id) {
    return new CommitmentDraft(projectId, header.toBuilder().id(id).build(), lines);
  }
}
