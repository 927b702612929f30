package dev.procoresync.qbd.mapping;

import dev.procoresync.core.validation.Validated;
import dev.procoresync.core.validation.Violation;
import dev.procoresync.qbd.model.CostCodeExport;
import dev.procoresync.qbd.model.ItemSettings;
import dev.procoresync.qbd.qbxml.ItemServiceAdd;
import dev.procoresync.qbd.qbxml.QbRef;
import dev.procoresync.qbd.qbxml.QbText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * Cost code -> QuickBooks Service item, as Procore's connector maps it: the code becomes the item's
 * name, the description both the purchase and the sales description, and the accounts come from
 * {@link ItemSettings}.
 *
 * <p>Item names hold at most 31 characters. The rule for longer codes (decision 0402): the name is
 * the code's first 26 characters, a {@code ~} and four characters of a hash of the whole code (so
 * two long codes sharing a prefix stay distinct and a rerun maps a code to the same name), and the
 * descriptions start with the whole code. Codes from custom WBS segments and blank codes are
 * refused with a violation.
 *
 * <pre>{@code
 * ItemMapping.itemName("01-100");                              // "01-100"
 * ItemMapping.toItem(code, settings).value().name();
 * }</pre>
 */
public final class ItemMapping {
  /** The longest item name. */
  public static final int MAX_NAME = 31;

  private static final int KEPT = 26;

  private ItemMapping() {}

  /**
   * Maps a cost code.
   *
   * @param code the cost code
   * @param settings the accounts
   * @return the item Add, or violations ({@code custom_wbs_segment}, {@code blank_code})
   */
  public static Validated<ItemServiceAdd> toItem(CostCodeExport code, ItemSettings settings) {
    if (code.customSegment()) {
      return Validated.invalid(
          Violation.of(
              "custom_wbs_segment",
              "code",
              code.code(),
              "cost codes of custom WBS segments are not supported by the QuickBooks Desktop integration"));
    }
    if (code.code().isBlank()) {
      return Validated.invalid(
          Violation.of(
              "blank_code",
              "code",
              code.code(),
              "a cost code needs a code to become an item name"));
    }
    String name = itemName(code.code());
    String desc = code.description().orElse("");
    if (!name.equals(QbText.reduce(code.code()).replace(':', '-').trim())) {
      desc = code.code() + (desc.isEmpty() ? "" : " " + desc);
    }
    String d = QbText.fit(desc, 4095);
    ItemServiceAdd.Builder b =
        ItemServiceAdd.builder()
            .name(name)
            .incomeAccount(QbRef.fullName(settings.incomeAccount()))
            .expenseAccount(QbRef.fullName(settings.expenseAccount()));
    if (!d.isEmpty()) {
      b.salesDesc(d).purchaseDesc(d);
    }
    return Validated.valid(b.build());
  }

  /**
   * The item name of a code, by the rule above ({@code :} is QuickBooks' hierarchy separator and
   * becomes {@code -}).
   *
   * @param code the full code, not blank
   * @return at most 31 characters
   */
  public static String itemName(String code) {
    String reduced = QbText.reduce(code).replace(':', '-').trim();
    if (reduced.length() <= MAX_NAME) {
      return reduced;
    }
    return reduced.substring(0, KEPT).stripTrailing() + "~" + hash4(reduced);
  }

  static String hash4(String s) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      long v =
          ((h[0] & 0xFFL) << 24) | ((h[1] & 0xFFL) << 16) | ((h[2] & 0xFFL) << 8) | (h[3] & 0xFFL);
      String b36 = Long.toString(v % (36L * 36 * 36 * 36), 36).toUpperCase(Locale.ROOT);
      return "0".repeat(4 - b36.length()) + b36;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
