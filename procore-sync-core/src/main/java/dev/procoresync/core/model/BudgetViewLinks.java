package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The links of a budget view to its rows. */
@Value.Immutable
@JsonSerialize(as = BudgetViewLinksBuilder.ImmutableBudgetViewLinks.class)
@JsonDeserialize(as = BudgetViewLinksBuilder.ImmutableBudgetViewLinks.class)
public abstract class BudgetViewLinks {

  BudgetViewLinks() {}

  /**
   * Returns a new, empty builder of {@code BudgetViewLinks} values.
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
   * The address of the detail rows.
   *
   * @return the address of the detail rows, or empty when Procore leaves it out
   */
  public abstract Optional<String> detailRows();

  /**
   * The address of the summary rows.
   *
   * @return the address of the summary rows, or empty when Procore leaves it out
   */
  public abstract Optional<String> summaryRows();

  /**
   * Builds {@code BudgetViewLinks} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends BudgetViewLinksBuilder {
    Builder() {}
  }
}
