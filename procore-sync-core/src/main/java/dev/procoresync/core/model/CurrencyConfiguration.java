package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The currency of a financial record. */
@Value.Immutable
@JsonSerialize(as = CurrencyConfigurationBuilder.ImmutableCurrencyConfiguration.class)
@JsonDeserialize(as = CurrencyConfigurationBuilder.ImmutableCurrencyConfiguration.class)
public abstract class CurrencyConfiguration {

  CurrencyConfiguration() {}

  /**
   * Returns a new, empty builder of {@code CurrencyConfiguration} values.
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
   * The ISO 4217 code, such as {@code USD}.
   *
   * @return the ISO 4217 code, such as {@code USD}, or empty when Procore leaves it out
   */
  public abstract Optional<String> currencyIsoCode();

  /**
   * Builds {@code CurrencyConfiguration} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends CurrencyConfigurationBuilder {
    Builder() {}
  }
}
