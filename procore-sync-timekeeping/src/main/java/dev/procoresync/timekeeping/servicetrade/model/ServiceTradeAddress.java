package dev.procoresync.timekeeping.servicetrade.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A street address as ServiceTrade keeps it on a location. */
@Value.Immutable
@JsonSerialize(as = ServiceTradeAddressBuilder.ImmutableServiceTradeAddress.class)
@JsonDeserialize(as = ServiceTradeAddressBuilder.ImmutableServiceTradeAddress.class)
public abstract class ServiceTradeAddress {

  ServiceTradeAddress() {}

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
   * The street line.
   *
   * @return the street line, or empty when not set
   */
  public abstract Optional<String> street();

  /**
   * The city.
   *
   * @return the city, or empty when not set
   */
  public abstract Optional<String> city();

  /**
   * The state or province code.
   *
   * @return the state or province code, or empty when not set
   */
  public abstract Optional<String> state();

  /**
   * The postal (zip) code.
   *
   * @return the postal (zip) code, or empty when not set
   */
  public abstract Optional<String> postalCode();

  /**
   * Builds {@code ServiceTradeAddress} values: a setter per attribute, {@code from(value)} and
   * {@code build()}. Not thread safe.
   */
  public static final class Builder extends ServiceTradeAddressBuilder {
    Builder() {}
  }
}
