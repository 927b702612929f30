package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a budget view ({@code /rest/v1.0/budget_views/{budget_view_id}/detail_rows}): a budget
 * line with the fixed fields below and one member per column the view shows.
 *
 * <p>The view's own columns (their keys depend on how the company configured the view, such as
 * {@code "Revised Budget"} or {@code "Job to Date Costs"}) are kept in {@link #columns()} as
 * Procore sent them; {@link #column(String)} reads one as a {@link BigDecimal}.
 *
 * <pre>{@code
 * Optional<BigDecimal> revised = row.column("Revised Budget");
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = BudgetDetailRowBuilder.ImmutableBudgetDetailRow.class)
@JsonDeserialize(as = BudgetDetailRowBuilder.ImmutableBudgetDetailRow.class)
public abstract class BudgetDetailRow {

  BudgetDetailRow() {}

  /**
   * Returns a new, empty builder of {@code BudgetDetailRow} values.
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
   * The row's id (the budget line item's id on budgeted rows).
   *
   * @return the id (Procore always sends it)
   */
  public abstract long id();

  /**
   * The budget code.
   *
   * @return the budget code's id, or empty when Procore leaves it out
   */
  public abstract Optional<Long> wbsCodeId();

  /**
   * The cost code.
   *
   * @return the cost code's id, or empty when Procore leaves it out
   */
  public abstract Optional<Long> costCodeId();

  /**
   * The cost code's origin id.
   *
   * @return the other system's key of the cost code, or empty when Procore leaves it out
   */
  public abstract Optional<String> costCodeOriginId();

  /**
   * The division: the top cost code above the row's cost code.
   *
   * @return the root cost code's id, or empty when Procore leaves it out
   */
  public abstract Optional<Long> rootCostCodeId();

  /**
   * The cost type (line item type).
   *
   * @return the cost type's id, or empty when Procore leaves it out
   */
  public abstract Optional<Long> categoryId();

  /**
   * What the row's code belongs to: {@code Project} or {@code SubJob}.
   *
   * @return the biller type, or empty when Procore leaves it out
   */
  public abstract Optional<String> billerType();

  /**
   * The project or sub job the row's code belongs to.
   *
   * @return the biller id, or empty when Procore leaves it out
   */
  public abstract Optional<Long> billerId();

  /**
   * The original budget amount.
   *
   * @return the amount, or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> originalBudgetAmount();

  /**
   * The view's other columns, by the key Procore sent, with their values untouched.
   *
   * <p>The nodes are shared with the decoded document: do not modify them.
   *
   * @return the columns (empty when none)
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> columns();

  /**
   * Reads one of the view's columns as an amount.
   *
   * @param name the column's key, as Procore sends it
   * @return the amount, or empty when the column is missing, null, empty or not a number
   */
  public Optional<BigDecimal> column(String name) {
    JsonNode value = columns().get(Objects.requireNonNull(name, "name"));
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (value.isNumber()) {
      return Optional.of(value.decimalValue());
    }
    if (value.isTextual() && !value.asText().isBlank()) {
      try {
        return Optional.of(new BigDecimal(value.asText().trim()));
      } catch (NumberFormatException notANumber) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Builds {@code BudgetDetailRow} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends BudgetDetailRowBuilder {
    Builder() {}
  }
}
