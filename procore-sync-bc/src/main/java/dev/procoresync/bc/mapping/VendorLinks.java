package dev.procoresync.bc.mapping;

import dev.procoresync.core.model.Vendor;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Which Business Central vendor (Vendor No.) is which Procore vendor: a Procore vendor whose {@code
 * origin_id} is {@code bc:vendor:{Vendor No.}} (the form the vendor upsert flow writes).
 *
 * <pre>{@code
 * VendorLinks vendors = VendorLinks.of(procore.vendors().list());
 * vendors.procoreVendorId("V0042");
 * }</pre>
 */
public final class VendorLinks {
  /** The origin id prefix of a Business Central vendor. */
  public static final String PREFIX = "bc:vendor:";

  private final Map<String, Long> ids;

  private VendorLinks(Map<String, Long> ids) {
    this.ids = Map.copyOf(ids);
  }

  /**
   * Links read from Procore's vendor directory.
   *
   * @param vendors the company's vendors
   * @return the links of every vendor whose origin id names a Business Central vendor
   */
  public static VendorLinks of(Iterable<Vendor> vendors) {
    Map<String, Long> ids = new HashMap<>();
    for (Vendor v : vendors) {
      v.originId()
          .filter(o -> o.startsWith(PREFIX) && o.length() > PREFIX.length())
          .ifPresent(o -> ids.putIfAbsent(o.substring(PREFIX.length()), v.id()));
    }
    return new VendorLinks(ids);
  }

  /**
   * Links given directly.
   *
   * @param ids Vendor No. to Procore vendor id
   * @return the links
   */
  public static VendorLinks ofMap(Map<String, Long> ids) {
    return new VendorLinks(Objects.requireNonNull(ids, "ids"));
  }

  /**
   * Returns the Procore vendor of a Vendor No.
   *
   * @param vendorNumber the Vendor No.
   * @return the Procore vendor id, or empty when not mapped
   */
  public OptionalLong procoreVendorId(String vendorNumber) {
    Long id = ids.get(vendorNumber);
    return id == null ? OptionalLong.empty() : OptionalLong.of(id);
  }

  @Override
  public String toString() {
    return "VendorLinks{" + ids.size() + " mapped}";
  }
}
