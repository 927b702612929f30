package dev.procoresync.qbd.qbxml;

import dev.procoresync.qbd.qbxml.internal.QbXmlOut;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A {@code CustomerAdd}: a customer, or a job when it has a parent customer ({@code ParentRef});
 * its full name is then {@code Parent:Name}.
 *
 * <pre>{@code
 * CustomerAdd.builder().name("Proj 1001").parent(QbRef.fullName("Acme Corp"))
 *     .shipAddress(QbAddress.builder().addr1("1 Main St").city("Austin").build()).build();
 * }</pre>
 */
@Value.Immutable
public abstract class CustomerAdd extends QbRequestBody {
  CustomerAdd() {}

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
   * Returns the name within its parent (at most 41 characters, no colon).
   *
   * @return the value
   */
  public abstract String name();

  /**
   * Returns whether the record is active.
   *
   * @return the value, or empty
   */
  public abstract Optional<Boolean> isActive();

  /**
   * Returns the parent customer: present for a job (a Customer:Job).
   *
   * @return the value, or empty
   */
  public abstract Optional<QbRef> parent();

  /**
   * Returns the company name (at most 41 characters).
   *
   * @return the value, or empty
   */
  public abstract Optional<String> companyName();

  /**
   * Returns the bill-to address.
   *
   * @return the value, or empty
   */
  public abstract Optional<QbAddress> billAddress();

  /**
   * Returns the ship-to address.
   *
   * @return the value, or empty
   */
  public abstract Optional<QbAddress> shipAddress();

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
   * Returns the job status.
   *
   * @return the value, or empty
   */
  public abstract Optional<JobStatus> jobStatus();

  /**
   * Returns the job description (at most 99 characters).
   *
   * @return the value, or empty
   */
  public abstract Optional<String> jobDesc();

  @Override
  public String requestElement() {
    return "CustomerAddRq";
  }

  @Override
  public boolean isWrite() {
    return true;
  }

  @Value.Check
  void checkWritable() {
    if (name().contains(":")) {
      throw new IllegalArgumentException(
          "CustomerAdd/Name must not contain ':' (was '" + name() + "')");
    }
    check();
  }

  @Override
  void writeBody(QbXmlOut out) {
    out.start("CustomerAdd").text("Name", name(), 41).bool("IsActive", isActive());
    parent().ifPresent(r -> r.write(out, "ParentRef"));
    out.text("CompanyName", companyName(), 41);
    billAddress().ifPresent(a -> a.write(out, "BillAddress"));
    shipAddress().ifPresent(a -> a.write(out, "ShipAddress"));
    out.text("Phone", phone(), 21).text("Fax", fax(), 21).text("Email", email(), 1023);
    jobStatus().ifPresent(s -> out.text("JobStatus", s.wire(), 20));
    out.text("JobDesc", jobDesc(), 99);
    out.end();
  }

  /** Builds {@link CustomerAdd} values. */
  public static final class Builder extends CustomerAddBuilder {
    Builder() {}
  }
}
