package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A work order contract, Procore's subcontract ({@code /rest/v1.0/work_order_contracts}).
 *
 * <pre>{@code
 * WorkOrderContract sub = ImmutableWorkOrderContract.builder().id(32L).status(WorkOrderStatus.OUT_FOR_BID).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkOrderContract.class)
@JsonDeserialize(as = ImmutableWorkOrderContract.class)
public abstract class WorkOrderContract extends CommitmentContract {

  WorkOrderContract() {}

  /**
   * The state.
   *
   * @return the state, or empty when Procore leaves it out
   */
  public abstract Optional<WorkOrderStatus> status();
}
