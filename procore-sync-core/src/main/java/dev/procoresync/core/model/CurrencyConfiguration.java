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
   * The ISO 4217 code, such as {@code USD}.
   *
   * @return the ISO 4217 code, such as {@code USD}, or empty when Procore leaves it out
   */
  public abstract Optional<String> currencyIsoCode();
}
