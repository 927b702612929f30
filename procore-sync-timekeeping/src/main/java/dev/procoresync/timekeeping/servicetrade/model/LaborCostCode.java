package dev.procoresync.timekeeping.servicetrade.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A cost code and Labor cost type pair on a Procore project's budget: one choice of the cost-code
 * picker of the clock-event sync (only these are offered, as ServiceTrade's guide says).
 */
@Value.Immutable
@JsonSerialize(as = LaborCostCodeBuilder.ImmutableLaborCostCode.class)
@JsonDeserialize(as = LaborCostCodeBuilder.ImmutableLaborCostCode.class)
public abstract class LaborCostCode {

  LaborCostCode() {}

  /**
   * Returns a new, empty builder.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset; a setter given {@code null} for a required attribute throws {@link
   * NullPointerException} naming it.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Procore's id of the cost code.
   *
   * @return Procore's id of the cost code
   */
  public abstract long costCodeId();

  /**
   * The cost code's full code, such as {@code 01-100}.
   *
   * @return the cost code's full code, such as {@code 01-100}, or empty when not set
   */
  public abstract Optional<String> fullCode();

  /**
   * The cost code's name.
   *
   * @return the cost code's name, or empty when not set
   */
  public abstract Optional<String> costCodeName();

  /**
   * Procore's id of the cost type (line item type), whose base type is labor.
   *
   * @return Procore's id of the cost type (line item type), whose base type is labor
   */
  public abstract long lineItemTypeId();

  /**
   * The cost type's name.
   *
   * @return the cost type's name, or empty when not set
   */
  public abstract Optional<String> lineItemTypeName();

  /**
   * Builds {@code LaborCostCode} values: a setter per attribute, {@code from(value)} and {@code
   * build()}. Not thread safe.
   */
  public static final class Builder extends LaborCostCodeBuilder {
    Builder() {}
  }
}
