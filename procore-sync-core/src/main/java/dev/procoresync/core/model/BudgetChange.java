package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A budget change of a project ({@code /rest/v1.0/projects/{project_id}/budget_changes}); Procore
 * wraps its answers in a {@code data} member even on v1.0 (see {@link DataEnvelope}).
 */
@Value.Immutable
@JsonSerialize(as = BudgetChangeBuilder.ImmutableBudgetChange.class)
@JsonDeserialize(as = BudgetChangeBuilder.ImmutableBudgetChange.class)
public abstract class BudgetChange {

  BudgetChange() {}

  /**
   * Returns a new, empty builder of {@code BudgetChange} values.
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
   * The change's number.
   *
   * @return the change's number, or empty when Procore leaves it out
   */
  public abstract Optional<String> number();

  /**
   * The state.
   *
   * @return the state, or empty when Procore leaves it out
   */
  public abstract Optional<BudgetChangeStatus> status();

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
   * The ERP export state.
   *
   * @return the ERP export state, or empty when Procore leaves it out
   */
  public abstract Optional<String> erpStatus();

  /**
   * The net amount.
   *
   * @return the net amount, or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> amount();

  /**
   * The lines.
   *
   * @return the lines (empty when none)
   */
  public abstract List<AdjustmentLineItem> adjustmentLineItems();

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
   * Builds {@code BudgetChange} values: a setter per attribute (plus {@code add*}/{@code addAll*}
   * for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a
   * value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder
   * is not thread safe.
   */
  public static final class Builder extends BudgetChangeBuilder {
    Builder() {}
  }
}
