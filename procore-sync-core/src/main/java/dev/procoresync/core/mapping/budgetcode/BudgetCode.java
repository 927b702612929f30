package dev.procoresync.core.mapping.budgetcode;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A budget code taken apart: sub job, cost code with its tiers, cost type and custom segments.
 *
 * <pre>{@code
 * BudgetCode code = BudgetCode.builder()
 *     .subJob("P").costCode("06-200").costType("LAB").build();
 * }</pre>
 *
 * <p>{@link BudgetCodeFormat#format} writes {@link #costCode()}; {@link #costCodeTiers()} is filled
 * by the parser for information.
 */
@Value.Immutable
public abstract class BudgetCode {

  /**
   * Returns a new, empty builder of {@code BudgetCode} values.
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
   * Returns the sub job code (Business Central: Segment Code).
   *
   * @return the sub job, or empty when the segment is absent
   */
  public abstract Optional<String> subJob();

  /**
   * Returns the cost code as written, with its tier separators, such as {@code 06-200} (Business
   * Central: Job Task No.).
   *
   * @return the cost code, or empty when the pattern has no cost code segment
   */
  public abstract Optional<String> costCode();

  /**
   * Returns the cost code's tiers, top level first, such as {@code [06, 200]}; one element for a
   * flat cost code.
   *
   * @return the tiers; empty when there is no cost code
   */
  public abstract List<String> costCodeTiers();

  /**
   * Returns the cost type (line item type) code, such as {@code LAB}.
   *
   * @return the cost type, or empty when absent
   */
  public abstract Optional<String> costType();

  /**
   * Returns the values of custom segments by segment name, in pattern order.
   *
   * @return the custom values
   */
  public abstract Map<String, String> customSegments();

  /**
   * Builds {@code BudgetCode} values: a setter per attribute (plus {@code add*}/{@code addAll*} for
   * lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a value,
   * and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder is not
   * thread safe.
   */
  public static final class Builder extends BudgetCodeBuilder {
    Builder() {}
  }
}
