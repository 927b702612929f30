package dev.procoresync.qbd.model;

import org.immutables.value.Value;

/**
 * The accounts a cost-code export assigns to every Service item: Procore's cost codes carry no
 * accounts, so the user picks an income and an expense account when exporting.
 *
 * <pre>{@code
 * ItemSettings s = ItemSettings.builder().incomeAccount("Construction Income").expenseAccount("Job Expenses").build();
 * }</pre>
 */
@Value.Immutable
public abstract class ItemSettings {
  ItemSettings() {}

  /**
   * Returns a new, empty builder.
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
   * Returns the income account's full name.
   *
   * @return the account, not blank
   */
  public abstract String incomeAccount();

  /**
   * Returns the expense account's full name.
   *
   * @return the account, not blank
   */
  public abstract String expenseAccount();

  @Value.Check
  void check() {
    if (incomeAccount().isBlank() || expenseAccount().isBlank()) {
      throw new IllegalArgumentException(
          "incomeAccount and expenseAccount must not be blank (were '"
              + incomeAccount()
              + "', '"
              + expenseAccount()
              + "')");
    }
  }

  /** Builds {@link ItemSettings} values. */
  public static final class Builder extends ItemSettingsBuilder {
    Builder() {}
  }
}
