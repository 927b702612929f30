package dev.procoresync.bc.mapping;

import dev.procoresync.bc.model.BcChangeOrder;
import dev.procoresync.bc.model.BcChangeOrderLine;
import java.util.List;
import java.util.Objects;

/**
 * What flow 5 writes for one approved regular change order: the Business Central change order
 * header and its lines (created once, with the header, by deep insert).
 *
 * <pre>{@code
 * Validated<ChangeOrderDraft> d = BcChangeOrderRules.regular(source, ...);
 * d.value().header().procoreChangeOrderId(); // Optional[9001]
 * }</pre>
 *
 * @param key the change order's key, {@code procore:change_order:{id}}
 * @param jobNo the Business Central project the change order belongs to
 * @param header the header
 * @param lines the lines, in Procore's order
 */
public record ChangeOrderDraft(
    String key, String jobNo, BcChangeOrder header, List<BcChangeOrderLine> lines) {
  /**
   * Checks the parts.
   *
   * @param key the change order's key
   * @param jobNo the Business Central project
   * @param header the header
   * @param lines the lines
   * @throws NullPointerException when a part is null
   */
  public ChangeOrderDraft {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(jobNo, "jobNo");
    Objects.requireNonNull(header, "header");
    lines = List.copyOf(lines);
  }

  /**
   * Returns a copy whose header carries a Business Central id.
   *
   * @param id the header's id in Business Central
   * @return the copy
   */
  public ChangeOrderDraft withId(String id) {
    return new ChangeOrderDraft(key, jobNo, header.toBuilder().id(id).build(), lines);
  }
}
