package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A purchase order contract ({@code /rest/v1.0/purchase_order_contracts}).
 *
 * <pre>{@code
 * PurchaseOrderContract po = ImmutablePurchaseOrderContract.builder().id(31L).number("PO-0042").status(PurchaseOrderStatus.APPROVED).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePurchaseOrderContract.class)
@JsonDeserialize(as = ImmutablePurchaseOrderContract.class)
public abstract class PurchaseOrderContract extends CommitmentContract {

  PurchaseOrderContract() {}

  /**
   * The state.
   *
   * @return the state, or empty when Procore leaves it out
   */
  public abstract Optional<PurchaseOrderStatus> status();
}
