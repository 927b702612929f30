package dev.procoresync.qbd.mapping;

import dev.procoresync.core.model.Vendor;
import dev.procoresync.core.validation.Validated;
import dev.procoresync.core.validation.Violation;
import dev.procoresync.qbd.qbxml.QbAddress;
import dev.procoresync.qbd.qbxml.QbText;
import dev.procoresync.qbd.qbxml.VendorAdd;

/**
 * Procore company -> QuickBooks vendor, as Procore's connector maps it: name -> Vendor Name,
 * address/city/state/ZIP -> Billed From ({@code VendorAddress}), business phone -> Main Phone.
 * Procore's directory record carries no fax, so Fax is left alone. Names are reduced to Latin-1,
 * {@code :} becomes {@code -}, and names over 41 characters are refused (QuickBooks matches vendors
 * by name: a cut name could match another vendor).
 *
 * <pre>{@code
 * VendorMapping.toVendor(vendor).value().name();
 * }</pre>
 */
public final class VendorMapping {
  /** The longest vendor name. */
  public static final int MAX_NAME = 41;

  private VendorMapping() {}

  /**
   * Maps a company.
   *
   * @param vendor the Procore company
   * @return the vendor Add, or a violation ({@code name_too_long}, {@code blank_name})
   */
  public static Validated<VendorAdd> toVendor(Vendor vendor) {
    String name = vendorName(vendor.name());
    if (name.isEmpty()) {
      return Validated.invalid(
          Violation.of("blank_name", "name", vendor.name(), "a vendor needs a name"));
    }
    if (name.length() > MAX_NAME) {
      return Validated.invalid(
          Violation.of(
              "name_too_long",
              "name",
              vendor.name(),
              "QuickBooks vendor names hold at most 41 characters; shorten the company's name in Procore"));
    }
    VendorAdd.Builder b = VendorAdd.builder().name(name);
    QbAddress.Builder a = QbAddress.builder();
    vendor.address().map(s -> QbText.fit(s, 41)).ifPresent(a::addr1);
    vendor.city().map(s -> QbText.fit(s, 31)).ifPresent(a::city);
    vendor.stateCode().map(s -> QbText.fit(s, 21)).ifPresent(a::state);
    vendor.zip().map(s -> QbText.fit(s, 13)).ifPresent(a::postalCode);
    QbAddress address = a.build();
    if (!address.isEmpty()) {
      b.vendorAddress(address);
    }
    vendor.businessPhone().map(s -> QbText.fit(s, 21)).ifPresent(b::phone);
    return Validated.valid(b.build());
  }

  /**
   * The QuickBooks name of a company's name.
   *
   * @param name the Procore name
   * @return reduced to Latin-1, trimmed, {@code :} replaced by {@code -}
   */
  public static String vendorName(String name) {
    return QbText.reduce(name).replace(':', '-').trim();
  }
}
