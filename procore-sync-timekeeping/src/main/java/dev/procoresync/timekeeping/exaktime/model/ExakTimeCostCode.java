package dev.procoresync.timekeeping.exaktime.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An ExakTime cost code ({@code /v1/Time/CostCodes}, the route a public source confirms): names are
 * unique and a cost code is never deleted, only deactivated.
 */
@Value.Immutable
@JsonSerialize(as = ExakTimeCostCodeBuilder.ImmutableExakTimeCostCode.class)
@JsonDeserialize(as = ExakTimeCostCodeBuilder.ImmutableExakTimeCostCode.class)
public abstract class ExakTimeCostCode {

  ExakTimeCostCode() {}

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
   * The cost code's ID users see (SyncLinx puts the Procore {@code code} here).
   *
   * @return the cost code's ID users see (SyncLinx puts the Procore {@code code} here)
   */
  public abstract String identifier();

  /**
   * The name, unique in ExakTime.
   *
   * @return the name, unique in ExakTime
   */
  public abstract String name();

  /**
   * Whether the cost code is active.
   *
   * @return whether the cost code is active, or empty when not set
   */
  @JsonProperty("is_active")
  public abstract Optional<Boolean> isActive();

  /**
   * The cost type.
   *
   * @return the cost type, or empty when not set
   */
  public abstract Optional<Long> costTypeId();

  /**
   * How ExakTime shows the cost code.
   *
   * @return how ExakTime shows the cost code, or empty when not set
   */
  public abstract Optional<String> displayOption();

  /**
   * Builds {@code ExakTimeCostCode} values: a setter per attribute, {@code from(value)} and {@code
   * build()}. Not thread safe.
   */
  public static final class Builder extends ExakTimeCostCodeBuilder {
    Builder() {}
  }
}
