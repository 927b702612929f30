package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The writable attributes of a vendor: the body of a create or update (wrapped by the client as
 * {@code vendor}) and one item of {@code PATCH /rest/v1.0/vendors/sync}. Only the attributes set
 * are sent; {@code id} and {@code origin_id} together change a vendor's origin id.
 *
 * <pre>{@code
 * VendorUpdate item = VendorUpdate.builder().originId("bc:vendor:V0042").name("Acme Concrete").originCode("V0042").build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = VendorUpdateBuilder.ImmutableVendorUpdate.class)
@JsonDeserialize(as = VendorUpdateBuilder.ImmutableVendorUpdate.class)
public abstract class VendorUpdate {

  VendorUpdate() {}

  /**
   * Returns a new, empty builder of {@code VendorUpdate} values.
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
   * The id of the vendor to update; empty to create one (or to match by origin id in a sync).
   *
   * @return the id of the vendor to update; empty to create one (or to match by origin id in a
   *     sync), or empty when Procore leaves it out
   */
  public abstract Optional<Long> id();

  /**
   * The vendor's name (required to create).
   *
   * @return the vendor's name (required to create), or empty when Procore leaves it out
   */
  public abstract Optional<String> name();

  /**
   * A short name.
   *
   * @return A short name, or empty when Procore leaves it out
   */
  public abstract Optional<String> abbreviatedName();

  /**
   * The trade name.
   *
   * @return the trade name, or empty when Procore leaves it out
   */
  public abstract Optional<String> tradeName();

  /**
   * The legal name.
   *
   * @return the legal name, or empty when Procore leaves it out
   */
  public abstract Optional<String> legalName();

  /**
   * The street address.
   *
   * @return the street address, or empty when Procore leaves it out
   */
  public abstract Optional<String> address();

  /**
   * The city.
   *
   * @return the city, or empty when Procore leaves it out
   */
  public abstract Optional<String> city();

  /**
   * The ISO-3166 state or province code.
   *
   * @return the ISO-3166 state or province code, or empty when Procore leaves it out
   */
  public abstract Optional<String> stateCode();

  /**
   * The ISO-3166 alpha-2 country code.
   *
   * @return the ISO-3166 alpha-2 country code, or empty when Procore leaves it out
   */
  public abstract Optional<String> countryCode();

  /**
   * The postal code.
   *
   * @return the postal code, or empty when Procore leaves it out
   */
  public abstract Optional<String> zip();

  /**
   * The business phone number.
   *
   * @return the business phone number, or empty when Procore leaves it out
   */
  public abstract Optional<String> businessPhone();

  /**
   * The email address.
   *
   * @return the email address, or empty when Procore leaves it out
   */
  public abstract Optional<String> emailAddress();

  /**
   * Whether the vendor is active.
   *
   * @return Whether the vendor is active, or empty when Procore leaves it out
   */
  @JsonProperty("is_active")
  public abstract Optional<Boolean> isActive();

  /**
   * The license number.
   *
   * @return the license number, or empty when Procore leaves it out
   */
  public abstract Optional<String> licenseNumber();

  /**
   * The id of the parent vendor.
   *
   * @return the id of the parent vendor, or empty when Procore leaves it out
   */
  public abstract Optional<Long> parentId();

  /**
   * The other system's key kept by Procore, such as {@code bc:vendor:V0042}.
   *
   * @return the other system's key kept by Procore, such as {@code bc:vendor:V0042}, or empty when
   *     Procore leaves it out
   */
  public abstract Optional<String> originId();

  /**
   * Free text for the integration, never shown to users.
   *
   * @return Free text for the integration, never shown to users, or empty when Procore leaves it
   *     out
   */
  public abstract Optional<String> originData();

  /**
   * The other system's code, shown to users.
   *
   * @return the other system's code, shown to users, or empty when Procore leaves it out
   */
  public abstract Optional<String> originCode();

  /**
   * Builds {@code VendorUpdate} values: a setter per attribute (plus {@code add*}/{@code addAll*}
   * for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a
   * value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder
   * is not thread safe.
   */
  public static final class Builder extends VendorUpdateBuilder {
    Builder() {}
  }
}
