package dev.procoresync.qbd.qbxml;

import dev.procoresync.qbd.qbxml.internal.QbXmlOut;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A {@code CustomerMod}: changes a customer or job; fields left empty are left as they are.
 *
 * <pre>{@code
 * CustomerMod.builder().listId("80000002-1").editSequence("1700000000").name("Proj 1001 Tower").build();
 * }</pre>
 */
@Value.Immutable
public abstract class CustomerMod extends QbRequestBody {
  CustomerMod() {}

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
   * Returns the record's ListID.
   *
   * @return the value
   */
  public abstract String listId();

  /**
   * Returns the EditSequence read last.
   *
   * @return the value
   */
  public abstract String editSequence();

  /**
   * Returns the new name (at most 41 characters, no colon).
   *
   * @return the value, or empty
   */
  public abstract Optional<String> name();

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
    return "CustomerModRq";
  }

  @Override
  public boolean isWrite() {
    return true;
  }

  @Value.Check
  void checkWritable() {
    if (name().filter(n -> n.contains(":")).isPresent()) {
      throw new IllegalArgumentException(
          "CustomerMod/Name must not contain ':' (was '" + name().get() + "')");
    }
    check();
  }

  @Override
  void writeBody(QbXmlOut out) {
    out.start("CustomerMod")
        .text("ListID", listId(), QbRef.MAX_ID)
        .text("EditSequence", editSequence(), 16);
    out.text("Name", name(), 41).bool("IsActive", isActive());
    parent().ifPresent(r -> r.write(out, "ParentRef"));
    out.text("CompanyName", companyName(), 41);
    billAddress().ifPresent(a -> a.write(out, "BillAddress"));
    shipAddress().ifPresent(a -> a.write(out, "ShipAddress"));
    out.text("Phone", phone(), 21).text("Fax", fax(), 21).text("Email", email(), 1023);
    jobStatus().ifPresent(s -> out.text("JobStatus", s.wire(), 20));
    out.text("JobDesc", jobDesc(), 99);
    out.end();
  }

  /** Builds {@link CustomerMod} values. */
  public static final class Builder extends CustomerModBuilder {
    Builder() {}
  }
}
