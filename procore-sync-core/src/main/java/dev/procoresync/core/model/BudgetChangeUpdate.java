package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The body that creates or updates a budget change. */
@Value.Immutable
@JsonSerialize(as = BudgetChangeUpdateBuilder.ImmutableBudgetChangeUpdate.class)
@JsonDeserialize(as = BudgetChangeUpdateBuilder.ImmutableBudgetChangeUpdate.class)
public abstract class BudgetChangeUpdate {

  BudgetChangeUpdate() {}

  /**
   * Returns a new, empty builder of {@code BudgetChangeUpdate} values.
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
   * The change's number.
   *
   * @return the change's number, or empty when Procore leaves it out
   */
  public abstract Optional<String> number();

  /**
   * The state (required to create).
   *
   * @return the state (required to create), or empty when Procore leaves it out
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
   * The lines.
   *
   * @return the lines (empty when none)
   */
  public abstract List<AdjustmentLineItem> adjustmentLineItems();

  /**
   * Builds {@code BudgetChangeUpdate} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends BudgetChangeUpdateBuilder {
    Builder() {}
  }
}
