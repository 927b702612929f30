package dev.procoresync.qbd.model;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Which QuickBooks vendors the vendor import takes into the Procore directory, by vendor type
 * ({@code VendorTypeRef}): the types listed in {@link #vendorTypes()} (all types when the set is
 * empty), and the vendors without a type when {@link #includeWithoutType()} (the default). A vendor
 * left out is SKIPPED with reason {@code vendor_type.not_selected}.
 *
 * <pre>{@code
 * VendorImportSettings.builder().addVendorTypes("Subcontractors").build(); // + untyped ones
 * VendorImportSettings.defaults();                                        // every vendor
 * }</pre>
 */
@Value.Immutable
public abstract class VendorImportSettings {
  VendorImportSettings() {}

  /**
   * Returns a new, empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the settings that import every vendor, typed or not.
   *
   * @return the defaults
   */
  public static VendorImportSettings defaults() {
    return builder().build();
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
   * Returns the vendor types to import, by full name, compared without regard to case.
   *
   * @return the types; empty means every type
   */
  public abstract Set<String> vendorTypes();

  /**
   * Tells whether vendors without a vendor type are imported.
   *
   * @return {@code true} by default
   */
  @Value.Default
  public boolean includeWithoutType() {
    return true;
  }

  /**
   * Tells whether a vendor of the given type is imported.
   *
   * @param vendorType the vendor's type full name, or empty/blank for none
   * @return {@code true} when the settings select it
   */
  public boolean selects(Optional<String> vendorType) {
    String type = vendorType.map(String::trim).orElse("");
    if (type.isEmpty()) {
      return includeWithoutType();
    }
    return vendorTypes().isEmpty()
        || vendorTypes().stream().anyMatch(t -> t.trim().equalsIgnoreCase(type));
  }

  /** Builds {@link VendorImportSettings} values. */
  public static final class Builder extends VendorImportSettingsBuilder {
    Builder() {}
  }
}
