package dev.procoresync.qbd.qbxml;

/** The QuickBooks lists a {@link ListQuery} reads. */
public enum ListType {
  /** Items of every type ({@code ItemQueryRq}): names are unique across them. */
  ITEM("Item"),
  /** Service items ({@code ItemServiceQueryRq}). */
  ITEM_SERVICE("ItemService"),
  /** Customers and jobs ({@code CustomerQueryRq}). */
  CUSTOMER("Customer"),
  /** Vendors ({@code VendorQueryRq}). */
  VENDOR("Vendor");

  private final String wire;

  ListType(String wire) {
    this.wire = wire;
  }

  /**
   * Returns the stem of the request's name.
   *
   * @return such as {@code "Customer"}
   */
  public String wire() {
    return wire;
  }
}
