package dev.procoresync.core.mapping.budgetcode;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A budget code split the way the Business Central time sheet flow needs it: the cost code becomes
 * the Job Task No., the cost type the Cost Type, and the sub job the Segment Code.
 */
@Value.Immutable
public abstract class SplitBudgetCode {

  /**
   * Returns a new, empty builder of {@code SplitBudgetCode} values.
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
   * Returns a value of the given attributes.
   *
   * @param costCode the value of {@link #costCode()}
   * @param costType the value of {@link #costType()}
   * @param subJob the value of {@link #subJob()}
   * @return the value
   * @throws NullPointerException when an argument is {@code null}
   */
  public static SplitBudgetCode of(
      String costCode, Optional<String> costType, Optional<String> subJob) {
    return SplitBudgetCodeBuilder.ImmutableSplitBudgetCode.of(costCode, costType, subJob);
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
   * Returns the cost code with its tiers as written, such as {@code 06-200} (Job Task No.).
   *
   * @return the cost code
   */
  @Value.Parameter
  public abstract String costCode();

  /**
   * Returns the cost type, such as {@code LAB} (Cost Type).
   *
   * @return the cost type, or empty when the pattern has none
   */
  @Value.Parameter
  public abstract Optional<String> costType();

  /**
   * Returns the sub job (Segment Code).
   *
   * @return the sub job, or empty when absent
   */
  @Value.Parameter
  public abstract Optional<String> subJob();

  /**
   * Builds {@code SplitBudgetCode} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends SplitBudgetCodeBuilder {
    Builder() {}
  }
}
