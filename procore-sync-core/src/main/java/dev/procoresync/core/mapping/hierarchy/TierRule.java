package dev.procoresync.core.mapping.hierarchy;

import dev.procoresync.core.validation.Validated;
import dev.procoresync.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Says how a flat code splits into tiers, for turning flat codes (busybusy, ExakTime, QuickBooks)
 * into Procore's multi-level cost codes.
 *
 * <pre>{@code
 * TierRule.separator("-").tiers("06-200");   // valid [06, 200]
 * TierRule.widths(2, 3).tiers("06200");      // valid [06, 200]
 * TierRule.separator("-").tiers("06--200");  // invalid: tier 2 is empty
 * }</pre>
 */
@FunctionalInterface
public interface TierRule {

  /** Violation code: a tier of the code is empty. */
  String EMPTY_TIER = "tier.empty";

  /** Violation code: the code does not fit the rule (for example, the wrong length). */
  String MISMATCH = "tier.mismatch";

  /**
   * Splits a flat code into its tiers, top level first.
   *
   * @param flatCode the flat code
   * @return the tiers, or a violation naming the tier where the code broke
   */
  Validated<List<String>> tiers(String flatCode);

  /**
   * Returns a rule that splits on a separator; every tier must be non-empty.
   *
   * @param separator the tier separator, such as {@code "-"}
   * @return the rule
   * @throws IllegalArgumentException when {@code separator} is empty
   */
  static TierRule separator(String separator) {
    Objects.requireNonNull(separator, "separator");
    if (separator.isEmpty()) {
      throw new IllegalArgumentException("separator must not be empty");
    }
    return code -> {
      List<String> tiers = new ArrayList<>();
      int start = 0;
      while (true) {
        int at = code.indexOf(separator, start);
        String tier = at < 0 ? code.substring(start) : code.substring(start, at);
        if (tier.isEmpty()) {
          return Validated.invalid(
              Violation.of(
                  EMPTY_TIER,
                  "tiers[" + tiers.size() + "]",
                  code,
                  "code '"
                      + code
                      + "' has an empty tier "
                      + (tiers.size() + 1)
                      + " at offset "
                      + start));
        }
        tiers.add(tier);
        if (at < 0) {
          return Validated.valid(List.copyOf(tiers));
        }
        start = at + separator.length();
      }
    };
  }

  /**
   * Returns a rule that cuts fixed-width tiers, such as {@code 2, 3} for {@code 06200}. A code
   * shorter than the first tier, or whose length is not a sum of leading widths, is a violation.
   *
   * @param widths the width of each tier, top level first; each at least 1
   * @return the rule
   * @throws IllegalArgumentException when no width is given or a width is below 1
   */
  static TierRule widths(int... widths) {
    Objects.requireNonNull(widths, "widths");
    if (widths.length == 0) {
      throw new IllegalArgumentException("widths must name at least one tier");
    }
    int[] copy = widths.clone();
    for (int w : copy) {
      if (w < 1) {
        throw new IllegalArgumentException("every width must be at least 1, was " + w);
      }
    }
    return code -> {
      List<String> tiers = new ArrayList<>();
      int start = 0;
      for (int i = 0; i < copy.length && start < code.length(); i++) {
        int end = start + copy[i];
        if (end > code.length()) {
          return Validated.invalid(
              Violation.of(
                  MISMATCH,
                  "tiers[" + i + "]",
                  code,
                  "code '"
                      + code
                      + "' ends inside tier "
                      + (i + 1)
                      + " (expected "
                      + copy[i]
                      + " characters from offset "
                      + start
                      + ")"));
        }
        tiers.add(code.substring(start, end));
        start = end;
      }
      if (start != code.length() || tiers.isEmpty()) {
        return Validated.invalid(
            Violation.of(
                MISMATCH,
                "tiers",
                code,
                "code '" + code + "' does not fit tier widths " + java.util.Arrays.toString(copy)));
      }
      return Validated.valid(List.copyOf(tiers));
    };
  }
}
