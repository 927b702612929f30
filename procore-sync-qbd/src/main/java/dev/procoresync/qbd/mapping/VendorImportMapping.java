package dev.procoresync.qbd.mapping;

import dev.procoresync.core.model.Vendor;
import dev.procoresync.core.model.VendorUpdate;
import dev.procoresync.qbd.qbxml.QbRet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * QuickBooks vendor -> Procore directory company, the import side of Procore's vendor mapping:
 * Vendor Name -> name, Billed From ({@code VendorAddress}) -> address/city/state/ZIP, Main Phone ->
 * business phone, {@code IsActive} -> active (active unless QuickBooks says {@code false}). The
 * origin id is {@code qbd:vendor:<ListID>} (the ListID never changes, a name may). Two address
 * lines are joined by ", "; a state is taken only when it is a two-letter code (Procore's {@code
 * state_code}), else it is left out. Procore's vendor update carries no fax, so Fax is not
 * imported.
 *
 * <pre>{@code
 * VendorUpdate update = VendorImportMapping.toUpdate(vendorRet);
 * }</pre>
 */
public final class VendorImportMapping {
  /** The prefix of the origin ids of imported vendors. */
  public static final String ORIGIN_PREFIX = "qbd:vendor:";

  private static final Pattern STATE_CODE = Pattern.compile("[A-Za-z]{2}");

  private VendorImportMapping() {}

  /**
   * Returns the origin id of a QuickBooks vendor.
   *
   * @param vendor a {@code VendorRet}
   * @return {@code qbd:vendor:<ListID>}
   * @throws IllegalArgumentException when the vendor has no ListID
   */
  public static String originId(QbRet vendor) {
    return ORIGIN_PREFIX
        + vendor
            .id()
            .orElseThrow(
                () -> new IllegalArgumentException("VendorRet has no ListID (was " + vendor + ")"));
  }

  /**
   * Returns a vendor's name as names are compared between QuickBooks and Procore: trimmed and
   * without regard to case (QuickBooks itself compares names so).
   *
   * @param name a name
   * @return the comparison form
   */
  public static String nameKey(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * Maps a QuickBooks vendor to the Procore company it becomes.
   *
   * @param vendor a {@code VendorRet}
   * @return the update, with origin id, name and what QuickBooks holds of address and phone
   * @throws IllegalArgumentException when the vendor has no ListID
   */
  public static VendorUpdate toUpdate(QbRet vendor) {
    VendorUpdate.Builder b =
        VendorUpdate.builder()
            .originId(originId(vendor))
            .name(vendor.fullName().map(String::trim).orElse(""));
    List<String> lines = new ArrayList<>(2);
    text(vendor, "VendorAddress/Addr1").ifPresent(lines::add);
    text(vendor, "VendorAddress/Addr2").ifPresent(lines::add);
    if (!lines.isEmpty()) {
      b.address(String.join(", ", lines));
    }
    text(vendor, "VendorAddress/City").ifPresent(b::city);
    text(vendor, "VendorAddress/State")
        .filter(s -> STATE_CODE.matcher(s).matches())
        .map(s -> s.toUpperCase(Locale.ROOT))
        .ifPresent(b::stateCode);
    text(vendor, "VendorAddress/PostalCode").ifPresent(b::zip);
    text(vendor, "Phone").ifPresent(b::businessPhone);
    b.isActive(!text(vendor, "IsActive").filter(s -> s.equalsIgnoreCase("false")).isPresent());
    return b.build();
  }

  /**
   * Tells whether an existing Procore company is the one a QuickBooks vendor links to: the same
   * name and no origin id yet.
   *
   * @param company the Procore company
   * @param vendorName the QuickBooks vendor's name
   * @return {@code true} when the company can be linked
   */
  public static boolean linkable(Vendor company, String vendorName) {
    return company.originId().filter(s -> !s.isBlank()).isEmpty()
        && nameKey(company.name()).equals(nameKey(vendorName));
  }

  private static Optional<String> text(QbRet ret, String field) {
    return ret.field(field).map(String::trim).filter(s -> !s.isEmpty());
  }
}
