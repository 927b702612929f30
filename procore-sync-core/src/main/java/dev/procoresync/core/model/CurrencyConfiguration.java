package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The currency of a financial record. */
@Value.Immutable
@JsonSerialize(as = ImmutableCurrencyConfiguration.class)
@JsonDeserialize(as = ImmutableCurrencyConfiguration.class)
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
  public static ImmutableCurrencyConfiguration.Builder builder() {
    return ImmutableCurrencyConfiguration.builder();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy; this value is
   * left as it is.
   *
   * @return a new builder that starts from this value
   */
  public ImmutableCurrencyConfiguration.Builder toBuilder() {
    return ImmutableCurrencyConfiguration.builder().from(this);
  }

  /**
   * The ISO 4217 code, such as {@code USD}.
   *
   * @return the ISO 4217 code, such as {@code USD}, or empty when Procore leaves it out
   */
  public abstract Optional<String> currencyIsoCode();
}
