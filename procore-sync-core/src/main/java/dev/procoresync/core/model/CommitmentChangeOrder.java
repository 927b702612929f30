package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A commitment change order ({@code /rest/v1.0/projects/{project_id}/commitment_change_orders}; 1-
 * and 2-tier configurations).
 */
@Value.Immutable
@JsonSerialize(as = CommitmentChangeOrderBuilder.ImmutableCommitmentChangeOrder.class)
@JsonDeserialize(as = CommitmentChangeOrderBuilder.ImmutableCommitmentChangeOrder.class)
public abstract class CommitmentChangeOrder {

  CommitmentChangeOrder() {}

  /**
   * Returns a new, empty builder of {@code CommitmentChangeOrder} values.
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
   * Procore's id of the record.
   *
   * @return Procore's id of the record (Procore always sends it)
   */
  public abstract long id();

  /**
   * The number.
   *
   * @return the number, or empty when Procore leaves it out
   */
  public abstract Optional<String> number();

  /**
   * The title.
   *
   * @return the title, or empty when Procore leaves it out
   */
  public abstract Optional<String> title();

  /**
   * The description.
   *
   * @return the description, or empty when Procore leaves it out
   */
  public abstract Optional<String> description();

  /**
   * The state.
   *
   * @return the state, or empty when Procore leaves it out
   */
  public abstract Optional<ChangeOrderStatus> status();

  /**
   * The contract the change order belongs to.
   *
   * @return the contract the change order belongs to, or empty when Procore leaves it out
   */
  public abstract Optional<Long> contractId();

  /**
   * The total.
   *
   * @return the total, or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> grandTotal();

  /**
   * The revision.
   *
   * @return the revision, or empty when Procore leaves it out
   */
  public abstract Optional<String> revision();

  /**
   * The batch.
   *
   * @return the batch, or empty when Procore leaves it out
   */
  public abstract Optional<Long> batchId();

  /**
   * The legacy package.
   *
   * @return the legacy package, or empty when Procore leaves it out
   */
  public abstract Optional<Long> legacyPackageId();

  /**
   * Whether it is executed.
   *
   * @return Whether it is executed, or empty when Procore leaves it out
   */
  public abstract Optional<Boolean> executed();

  /**
   * The due date.
   *
   * @return the due date, or empty when Procore leaves it out
   */
  public abstract Optional<LocalDate> dueDate();

  /**
   * The date paid.
   *
   * @return the date paid, or empty when Procore leaves it out
   */
  public abstract Optional<LocalDate> paidDate();

  /**
   * The date invoiced.
   *
   * @return the date invoiced, or empty when Procore leaves it out
   */
  public abstract Optional<LocalDate> invoicedDate();

  /**
   * Whether a signature is required.
   *
   * @return Whether a signature is required, or empty when Procore leaves it out
   */
  public abstract Optional<Boolean> signatureRequired();

  /**
   * The reason.
   *
   * @return the reason, or empty when Procore leaves it out
   */
  public abstract Optional<String> reason();

  /**
   * When it was reviewed.
   *
   * @return When it was reviewed, or empty when Procore leaves it out
   */
  public abstract Optional<Instant> reviewedAt();

  /**
   * The other system's key kept by Procore, such as {@code bc:po:PO-0042}.
   *
   * @return the other system's key kept by Procore, such as {@code bc:po:PO-0042}, or empty when
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
   * When the record was created.
   *
   * @return When the record was created, or empty when Procore leaves it out
   */
  public abstract Optional<Instant> createdAt();

  /**
   * When the record was last updated.
   *
   * @return When the record was last updated, or empty when Procore leaves it out
   */
  public abstract Optional<Instant> updatedAt();

  /**
   * Builds {@code CommitmentChangeOrder} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends CommitmentChangeOrderBuilder {
    Builder() {}
  }
}
