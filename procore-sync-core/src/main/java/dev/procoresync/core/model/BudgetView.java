package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A budget view of a project ({@code /rest/v1.0/budget_views}): the columns its detail rows carry.
 */
@Value.Immutable
@JsonSerialize(as = BudgetViewBuilder.ImmutableBudgetView.class)
@JsonDeserialize(as = BudgetViewBuilder.ImmutableBudgetView.class)
public abstract class BudgetView {

  BudgetView() {}

  /**
   * Returns a new, empty builder of {@code BudgetView} values.
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
   * The view's name.
   *
   * @return the view's name, or empty when Procore leaves it out
   */
  public abstract Optional<String> name();

  /**
   * The view's description.
   *
   * @return the view's description, or empty when Procore leaves it out
   */
  public abstract Optional<String> description();

  /**
   * The view's role.
   *
   * @return the view's role, or empty when Procore leaves it out
   */
  public abstract Optional<String> role();

  /**
   * The links to its rows.
   *
   * @return the links to its rows, or empty when Procore leaves it out
   */
  public abstract Optional<BudgetViewLinks> links();

  /**
   * Builds {@code BudgetView} values: a setter per attribute (plus {@code add*}/{@code addAll*} for
   * lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a value,
   * and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder is not
   * thread safe.
   */
  public static final class Builder extends BudgetViewBuilder {
    Builder() {}
  }
}
