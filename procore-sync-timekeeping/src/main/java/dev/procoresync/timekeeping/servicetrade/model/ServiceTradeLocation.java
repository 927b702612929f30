package dev.procoresync.timekeeping.servicetrade.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A location of a customer ({@code /api/location}), where jobs take place. */
@Value.Immutable
@JsonSerialize(as = ServiceTradeLocationBuilder.ImmutableServiceTradeLocation.class)
@JsonDeserialize(as = ServiceTradeLocationBuilder.ImmutableServiceTradeLocation.class)
public abstract class ServiceTradeLocation {

  ServiceTradeLocation() {}

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
   * ServiceTrade's id (empty before the location is created).
   *
   * @return ServiceTrade's id (empty before the location is created), or empty when not set
   */
  public abstract Optional<Long> id();

  /**
   * The location's name.
   *
   * @return the location's name
   */
  public abstract String name();

  /**
   * The customer the location belongs to.
   *
   * @return the customer the location belongs to, or empty when not set
   */
  public abstract Optional<Long> companyId();

  /**
   * The street address.
   *
   * @return the street address, or empty when not set
   */
  public abstract Optional<ServiceTradeAddress> address();

  /**
   * The ids of the records in other systems this location is related to, by system.
   *
   * @return the ids of the records in other systems this location is related to, by system (empty
   *     when none)
   */
  public abstract Map<String, String> externalIds();

  /**
   * Builds {@code ServiceTradeLocation} values: a setter per attribute, {@code from(value)} and
   * {@code build()}. Not thread safe.
   */
  public static final class Builder extends ServiceTradeLocationBuilder {
    Builder() {}
  }
}
