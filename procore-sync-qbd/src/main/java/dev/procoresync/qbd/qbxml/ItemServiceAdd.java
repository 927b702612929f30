package dev.procoresync.qbd.qbxml;

import dev.procoresync.qbd.qbxml.internal.QbXmlOut;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An {@code ItemServiceAdd}: a Service item with descriptions and accounts on both the sales and
 * the purchase side ({@code SalesAndPurchase}), which is how cost codes become QuickBooks items.
 *
 * <pre>{@code
 * ItemServiceAdd.builder().name("01-100").salesDesc("General Conditions").purchaseDesc("General Conditions")
 *     .incomeAccount(QbRef.fullName("Construction Income")).expenseAccount(QbRef.fullName("Job Expenses")).build();
 * }</pre>
 */
@Value.Immutable
public abstract class ItemServiceAdd extends QbRequestBody {
  ItemServiceAdd() {}

  /**
   * Returns a new, empty builder; {@code build()} refuses a value longer than its element allows
   * ({@link IllegalArgumentException} naming the element and the value) and names every required
   * attribute left unset ({@link IllegalStateException}).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this value's attributes, to make a changed copy.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Returns the item's name within its parent (at most 31 characters).
   *
   * @return the value
   */
  public abstract String name();

  /**
   * Returns whether the item is active.
   *
   * @return the value, or empty
   */
  public abstract Optional<Boolean> isActive();

  /**
   * Returns the parent item, for a sub-item.
   *
   * @return the value, or empty
   */
  public abstract Optional<QbRef> parent();

  /**
   * Returns the description on sales transactions (at most 4095 characters).
   *
   * @return the value, or empty
   */
  public abstract Optional<String> salesDesc();

  /**
   * Returns the sales price.
   *
   * @return the value, or empty
   */
  public abstract Optional<BigDecimal> salesPrice();

  /**
   * Returns the income account.
   *
   * @return the value, or empty
   */
  public abstract Optional<QbRef> incomeAccount();

  /**
   * Returns the description on purchase transactions (at most 4095 characters).
   *
   * @return the value, or empty
   */
  public abstract Optional<String> purchaseDesc();

  /**
   * Returns the purchase cost.
   *
   * @return the value, or empty
   */
  public abstract Optional<BigDecimal> purchaseCost();

  /**
   * Returns the expense account.
   *
   * @return the value, or empty
   */
  public abstract Optional<QbRef> expenseAccount();

  @Override
  public String requestElement() {
    return "ItemServiceAddRq";
  }

  @Override
  public boolean isWrite() {
    return true;
  }

  @Value.Check
  void checkWritable() {
    check();
  }

  @Override
  void writeBody(QbXmlOut out) {
    out.start("ItemServiceAdd").text("Name", name(), 31).bool("IsActive", isActive());
    parent().ifPresent(r -> r.write(out, "ParentRef"));
    out.start("SalesAndPurchase")
        .text("SalesDesc", salesDesc(), 4095)
        .price("SalesPrice", salesPrice());
    incomeAccount().ifPresent(r -> r.write(out, "IncomeAccountRef"));
    out.text("PurchaseDesc", purchaseDesc(), 4095).price("PurchaseCost", purchaseCost());
    expenseAccount().ifPresent(r -> r.write(out, "ExpenseAccountRef"));
    out.end().end();
  }

  /** Builds {@link ItemServiceAdd} values. */
  public static final class Builder extends ItemServiceAddBuilder {
    Builder() {}
  }
}
