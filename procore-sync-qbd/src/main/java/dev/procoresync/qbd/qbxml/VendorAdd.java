package dev.procoresync.qbd.qbxml;

import dev.procoresync.qbd.qbxml.internal.QbXmlOut;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A {@code VendorAdd}: a vendor. Its name shares one namespace with customers, employees and other
 * names (a clash is status 3100).
 *
 * <pre>{@code
 * VendorAdd.builder().name("Smith Plumbing LLC").phone("512-555-0100").build();
 * }</pre>
 */
@Value.Immutable
public abstract class VendorAdd extends QbRequestBody {
  VendorAdd() {}

  /**
   * Returns a new, empty builder; {@code build()} refuses a value longer than its element allows
   * ({@link IllegalArgumentException} naming the element and the value) and names every required
   * attribute left unset ({@link IllegalStateException}).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this value's attributes, to make a changed copy.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Returns the name (at most 41 characters, no colon).
   *
   * @return the value
   */
  public abstract String name();

  /**
   * Returns whether the vendor is active.
   *
   * @return the value, or empty
   */
  public abstract Optional<Boolean> isActive();

  /**
   * Returns the company name (at most 41 characters).
   *
   * @return the value, or empty
   */
  public abstract Optional<String> companyName();

  /**
   * Returns the address (shown as "Billed From").
   *
   * @return the value, or empty
   */
  public abstract Optional<QbAddress> vendorAddress();

  /**
   * Returns the main phone (at most 21 characters).
   *
   * @return the value, or empty
   */
  public abstract Optional<String> phone();

  /**
   * Returns the fax (at most 21 characters).
   *
   * @return the value, or empty
   */
  public abstract Optional<String> fax();

  /**
   * Returns the e-mail address (at most 1023 characters).
   *
   * @return the value, or empty
   */
  public abstract Optional<String> email();

  /**
   * Returns the account number (at most 99 characters).
   *
   * @return the value, or empty
   */
  public abstract Optional<String> accountNumber();

  @Override
  public String requestElement() {
    return "VendorAddRq";
  }

  @Override
  public boolean isWrite() {
    return true;
  }

  @Value.Check
  void checkWritable() {
    check();
  }

  @Override
  void writeBody(QbXmlOut out) {
    out.start("VendorAdd").text("Name", name(), 41).bool("IsActive", isActive());
    out.text("CompanyName", companyName(), 41);
    vendorAddress().ifPresent(a -> a.write(out, "VendorAddress"));
    out.text("Phone", phone(), 21).text("Fax", fax(), 21).text("Email", email(), 1023);
    out.text("AccountNumber", accountNumber(), 99);
    out.end();
  }

  /** Builds {@link VendorAdd} values. */
  public static final class Builder extends VendorAddBuilder {
    Builder() {}
  }
}
