package dev.procoresync.timekeeping.servicetrade.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A customer: what ServiceTrade calls a {@code company} ({@code /api/company}). */
@Value.Immutable
@JsonSerialize(as = ServiceTradeCustomerBuilder.ImmutableServiceTradeCustomer.class)
@JsonDeserialize(as = ServiceTradeCustomerBuilder.ImmutableServiceTradeCustomer.class)
public abstract class ServiceTradeCustomer {

  ServiceTradeCustomer() {}

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
   * ServiceTrade's id (empty before the customer is created).
   *
   * @return ServiceTrade's id (empty before the customer is created), or empty when not set
   */
  public abstract Optional<Long> id();

  /**
   * The customer's name.
   *
   * @return the customer's name
   */
  public abstract String name();

  /**
   * The ids of the records in other systems this customer is related to, by system.
   *
   * @return the ids of the records in other systems this customer is related to, by system (empty
   *     when none)
   */
  public abstract Map<String, String> externalIds();

  /**
   * Builds {@code ServiceTradeCustomer} values: a setter per attribute, {@code from(value)} and
   * {@code build()}. Not thread safe.
   */
  public static final class Builder extends ServiceTradeCustomerBuilder {
    Builder() {}
  }
}
