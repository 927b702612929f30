package dev.procoresync.bc.mapping;

import dev.procoresync.core.model.DirectCostLineItemUpdate;
import dev.procoresync.core.model.DirectCostUpdate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A Procore direct cost to write into one project: the header (with its {@code origin_id}) and its
 * line items (each with the header's key and its line number in {@code origin_id}).
 *
 * @param projectId the Procore project
 * @param header the header, without line items
 * @param lines the line items, at least one
 */
public record DirectCostDraft(
    long projectId, DirectCostUpdate header, List<DirectCostLineItemUpdate> lines) {

  /**
   * Checks the parts.
   *
   * @param projectId the Procore project
   * @param header the header
   * @param lines the line items
   * @throws IllegalArgumentException when the project id is not positive or there is no line
   */
  public DirectCostDraft {
    Objects.requireNonNull(header, "header");
    lines = List.copyOf(lines);
    if (projectId <= 0) {
      throw new IllegalArgumentException("projectId must be positive, got " + projectId);
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a direct cost needs at least one line");
    }
  }

  /**
   * Returns the sum of the line amounts (what Procore reports as the grand total).
   *
   * @return the total
   */
  public BigDecimal total() {
    BigDecimal sum = BigDecimal.ZERO;
    for (DirectCostLineItemUpdate l : lines) {
      sum = sum.add(l.amount().orElse(BigDecimal.ZERO));
    }
    return sum;
  }

  /**
   * Returns a copy whose header carries Procore's id (for an update).
   *
   * @param id Procore's direct cost id
   * @return the copy
   */
  public DirectCostDraft withId(long id) {
    return new DirectCostDraft(projectId, header.toBuilder().id(id).build(), lines);
  }
}
