package dev.procoresync.qbd.qbxml;

import dev.procoresync.qbd.qbxml.internal.QbXmlOut;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An {@code ItemServiceMod}: changes a Service item; fields left empty are left as they are.
 *
 * <pre>{@code
 * ItemServiceMod.builder().listId("80000001-1").editSequence("1700000000").salesDesc("Site work").purchaseDesc("Site work").build();
 * }</pre>
 */
@Value.Immutable
public abstract class ItemServiceMod extends QbRequestBody {
  ItemServiceMod() {}

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
   * Returns the item's ListID.
   *
   * @return the value
   */
  public abstract String listId();

  /**
   * Returns the EditSequence read last (a stale one is refused with status 3200).
   *
   * @return the value
   */
  public abstract String editSequence();

  /**
   * Returns the new name (at most 31 characters).
   *
   * @return the value, or empty
   */
  public abstract Optional<String> name();

  /**
   * Returns whether the item is active.
   *
   * @return the value, or empty
   */
  public abstract Optional<Boolean> isActive();

  /**
   * Returns the parent item.
   *
   * @return the value, or empty
   */
  public abstract Optional<QbRef> parent();

  /**
   * Returns the description on sales transactions.
   *
   * @return the value, or empty
   */
  public abstract Optional<String> salesDesc();

  /**
   * Returns the income account.
   *
   * @return the value, or empty
   */
  public abstract Optional<QbRef> incomeAccount();

  /**
   * Returns the description on purchase transactions.
   *
   * @return the value, or empty
   */
  public abstract Optional<String> purchaseDesc();

  /**
   * Returns the expense account.
   *
   * @return the value, or empty
   */
  public abstract Optional<QbRef> expenseAccount();

  @Override
  public String requestElement() {
    return "ItemServiceModRq";
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
    out.start("ItemServiceMod")
        .text("ListID", listId(), QbRef.MAX_ID)
        .text("EditSequence", editSequence(), 16);
    out.text("Name", name(), 31).bool("IsActive", isActive());
    parent().ifPresent(r -> r.write(out, "ParentRef"));
    if (salesDesc().isPresent()
        || incomeAccount().isPresent()
        || purchaseDesc().isPresent()
        || expenseAccount().isPresent()) {
      out.start("SalesAndPurchaseMod").text("SalesDesc", salesDesc(), 4095);
      incomeAccount().ifPresent(r -> r.write(out, "IncomeAccountRef"));
      out.text("PurchaseDesc", purchaseDesc(), 4095);
      expenseAccount().ifPresent(r -> r.write(out, "ExpenseAccountRef"));
      out.end();
    }
    out.end();
  }

  /** Builds {@link ItemServiceMod} values. */
  public static final class Builder extends ItemServiceModBuilder {
    Builder() {}
  }
}
