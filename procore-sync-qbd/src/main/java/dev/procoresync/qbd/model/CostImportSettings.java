package dev.procoresync.qbd.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * How the costs import ({@code CostsToDirectCostsFlow}) files QuickBooks cost lines in Procore: the
 * Procore cost type ({@code line_item_type_id}) every direct cost line gets, and the Procore cost
 * code that takes lines without an item (expense lines name only an account) or whose item is no
 * cost code. Without {@link #defaultCostCode()}, a transaction holding such a line is SKIPPED with
 * reason {@code cost_code.unmatched}.
 *
 * <pre>{@code
 * CostImportSettings.builder().lineItemTypeId(12L).defaultCostCode("99-900").build();
 * }</pre>
 */
@Value.Immutable
public abstract class CostImportSettings {
  CostImportSettings() {}

  /**
   * Returns a new, empty builder; {@code build()} names {@code lineItemTypeId} when it was left
   * unset ({@link IllegalStateException}) and refuses a blank default cost code ({@link
   * IllegalArgumentException}).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this value's attributes.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Returns the Procore line item type (cost type) of every imported line.
   *
   * @return the id
   */
  public abstract long lineItemTypeId();

  /**
   * Returns the Procore cost code (its full code, such as {@code "99-900"}) of lines without an
   * item, or whose item is no Procore cost code.
   *
   * @return the code, or empty to skip such transactions
   */
  public abstract Optional<String> defaultCostCode();

  @Value.Check
  void check() {
    if (defaultCostCode().filter(String::isBlank).isPresent()) {
      throw new IllegalArgumentException(
          "defaultCostCode must not be blank (was '" + defaultCostCode().get() + "')");
    }
  }

  /** Builds {@link CostImportSettings} values. */
  public static final class Builder extends CostImportSettingsBuilder {
    Builder() {}
  }
}
