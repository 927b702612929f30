package dev.procoresync.qbd.qbxml;

import dev.procoresync.qbd.qbxml.internal.QbXmlOut;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A QuickBooks address ({@code ShipAddress}, {@code BillAddress}, {@code VendorAddress}): up to
 * three street lines of 41 characters, city (31), state (21), postal code (13) and country (31).
 *
 * <pre>{@code
 * QbAddress a = QbAddress.builder().addr1("1 Main St").city("Austin").state("TX").postalCode("78701").build();
 * }</pre>
 */
@Value.Immutable
public abstract class QbAddress {
  QbAddress() {}

  /**
   * Returns a new, empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this value's attributes.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Returns the first street line.
   *
   * @return at most 41 characters, or empty
   */
  public abstract Optional<String> addr1();

  /**
   * Returns the second street line.
   *
   * @return at most 41 characters, or empty
   */
  public abstract Optional<String> addr2();

  /**
   * Returns the third street line.
   *
   * @return at most 41 characters, or empty
   */
  public abstract Optional<String> addr3();

  /**
   * Returns the city.
   *
   * @return at most 31 characters, or empty
   */
  public abstract Optional<String> city();

  /**
   * Returns the state or province.
   *
   * @return at most 21 characters, or empty
   */
  public abstract Optional<String> state();

  /**
   * Returns the postal code.
   *
   * @return at most 13 characters, or empty
   */
  public abstract Optional<String> postalCode();

  /**
   * Returns the country.
   *
   * @return at most 31 characters, or empty
   */
  public abstract Optional<String> country();

  /**
   * Tells whether no part is set.
   *
   * @return {@code true} for an empty address
   */
  public boolean isEmpty() {
    return addr1().isEmpty()
        && addr2().isEmpty()
        && addr3().isEmpty()
        && city().isEmpty()
        && state().isEmpty()
        && postalCode().isEmpty()
        && country().isEmpty();
  }

  @Value.Check
  void checkLengths() {
    write(QbXmlOut.validating(), "Address");
  }

  void write(QbXmlOut out, String element) {
    out.start(element)
        .text("Addr1", addr1(), 41)
        .text("Addr2", addr2(), 41)
        .text("Addr3", addr3(), 41)
        .text("City", city(), 31)
        .text("State", state(), 21)
        .text("PostalCode", postalCode(), 13)
        .text("Country", country(), 31)
        .end();
  }

  /** Builds {@link QbAddress} values. */
  public static final class Builder extends QbAddressBuilder {
    Builder() {}
  }
}
