package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A work order contract, Procore's subcontract ({@code /rest/v1.0/work_order_contracts}).
 *
 * <pre>{@code
 * WorkOrderContract sub = WorkOrderContract.builder().id(32L).status(WorkOrderStatus.OUT_FOR_BID).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = WorkOrderContractBuilder.ImmutableWorkOrderContract.class)
@JsonDeserialize(as = WorkOrderContractBuilder.ImmutableWorkOrderContract.class)
public abstract class WorkOrderContract extends CommitmentContract {

  WorkOrderContract() {}

  /**
   * Returns a new, empty builder of {@code WorkOrderContract} values.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset; a setter given {@code null} for a required attribute throws {@link
   * NullPointerException} naming it ({@code null} for an optional attribute leaves it empty).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy; this value is
   * left as it is.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * The state.
   *
   * @return the state, or empty when Procore leaves it out
   */
  public abstract Optional<WorkOrderStatus> status();

  /**
   * Builds {@code WorkOrderContract} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends WorkOrderContractBuilder {
    Builder() {}
  }
}
