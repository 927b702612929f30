package dev.procoresync.core.mapping.budgetcode;

import dev.procoresync.core.validation.Validated;
import dev.procoresync.core.validation.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The shape of a project's budget codes, built from its WBS segments: parses a budget code string
 * into a {@link BudgetCode} and formats one back.
 *
 * <p>Rules (see docs/decisions/0050 and 0051):
 *
 * <ul>
 *   <li>Segments appear in {@code position} order; the delimiter of a segment separates it from the
 *       next <em>present</em> segment. An absent optional segment leaves no trace (no empty value,
 *       no doubled delimiter): {@code 06-200.LAB} and {@code P.06-200.LAB} both fit the default
 *       pattern.
 *   <li>Tiers inside a tiered segment are joined by the tier separator ({@code "-"} by default,
 *       Procore's {@code full_code} form); it must differ from every segment delimiter.
 *   <li>Parsing never guesses. When the string fits more than one arrangement of the optional
 *       segments, the given {@link SegmentItems} decide; without them, or when several readings
 *       still fit, the result is a {@code budget_code.ambiguous} violation.
 *   <li>{@code format(parse(x)) == x} whenever no segment value contains a delimiter. A value that
 *       contains a delimiter cannot be read back from the flat string: use Procore's structured
 *       {@code segment_items} instead.
 * </ul>
 *
 * <pre>{@code
 * BudgetCodeFormat format = BudgetCodeFormat.from(segments, "-").value();
 * Validated<BudgetCode> parsed = format.parse("P.06-200.LAB", items);
 * }</pre>
 *
 * <p>Instances are immutable and thread safe.
 */
public final class BudgetCodeFormat {

  /** Violation code: the input is empty or blank. */
  public static final String BLANK = "budget_code.blank";

  /** Violation code: a segment's value is empty (for example {@code P..LAB}). */
  public static final String EMPTY_SEGMENT = "budget_code.empty_segment";

  /** Violation code: a tier inside a tiered segment is empty (for example {@code 06-}). */
  public static final String EMPTY_TIER = "budget_code.empty_tier";

  /** Violation code: the input has more segments than the pattern allows. */
  public static final String TOO_MANY_SEGMENTS = "budget_code.too_many_segments";

  /** Violation code: the input has fewer segments than the pattern requires. */
  public static final String TOO_FEW_SEGMENTS = "budget_code.too_few_segments";

  /** Violation code: the input fits more than one reading and nothing decides between them. */
  public static final String AMBIGUOUS = "budget_code.ambiguous";

  /** Violation code: a segment's value is not among the project's segment items. */
  public static final String UNKNOWN_ITEM = "budget_code.unknown_item";

  /** Violation code: the input fits no arrangement of the segments. */
  public static final String NO_READING = "budget_code.no_reading";

  /** Violation code: a required segment has no value (formatting). */
  public static final String MISSING_REQUIRED = "budget_code.missing_required";

  /** Violation code: the segments do not form a usable pattern. */
  public static final String INVALID_PATTERN = "budget_code.invalid_pattern";

  private static final int MAX_SEGMENTS = 16;

  private final List<WbsSegment> segments;
  private final String tierSeparator;
  private final String[] delimiters;
  private final boolean uniform;
  private final int[][] masks;
  private final int[][][] masksByCount;
  private final Set<String> allDelimiters;
  private final boolean fastSplit;
  private final SegmentType[] types;
  private final boolean[] tieredAt;

  private BudgetCodeFormat(List<WbsSegment> segments, String tierSeparator) {
    this.segments = segments;
    this.tierSeparator = tierSeparator;
    int n = segments.size();
    this.delimiters = new String[n];
    for (int i = 0; i < n; i++) {
      delimiters[i] = segments.get(i).delimiter();
    }
    boolean same = true;
    for (int i = 1; i < n - 1; i++) {
      same &= delimiters[i].equals(delimiters[0]);
    }
    this.uniform = same;
    Set<String> delims = new HashSet<>();
    for (int i = 0; i < n - 1; i++) {
      delims.add(delimiters[i]);
    }
    this.allDelimiters = Set.copyOf(delims);
    this.types = new SegmentType[n];
    this.tieredAt = new boolean[n];
    for (int i = 0; i < n; i++) {
      types[i] = segments.get(i).type();
      tieredAt[i] = segments.get(i).structure() == SegmentStructure.TIERED;
    }
    this.fastSplit =
        uniform && (n == 1 || delimiters[0].length() == 1) && tierSeparator.length() <= 1;
    List<int[]> all = new ArrayList<>();
    for (int mask = 1; mask < (1 << n); mask++) {
      boolean ok = true;
      for (int i = 0; i < n && ok; i++) {
        ok = (mask & (1 << i)) != 0 || !segments.get(i).required();
      }
      if (ok) {
        int[] present = new int[Integer.bitCount(mask)];
        int j = 0;
        for (int i = 0; i < n; i++) {
          if ((mask & (1 << i)) != 0) {
            present[j++] = i;
          }
        }
        all.add(present);
      }
    }
    this.masks = all.toArray(new int[0][]);
    this.masksByCount = new int[n + 1][][];
    for (int count = 0; count <= n; count++) {
      List<int[]> fit = new ArrayList<>();
      for (int[] m : masks) {
        if (m.length == count) {
          fit.add(m);
        }
      }
      masksByCount[count] = fit.toArray(new int[0][]);
    }
  }

  /**
   * Procore's default company pattern: Sub Job (position 0, optional, flat), Cost Code (1,
   * required, tiered), Cost Type (2, required, flat), every delimiter {@code "."}, tiers joined by
   * {@code "-"}.
   *
   * @return the default format
   */
  public static BudgetCodeFormat procoreDefault() {
    return from(
            List.of(
                WbsSegment.of("Sub Job", SegmentType.SUB_JOB, 0, ".", false, SegmentStructure.FLAT),
                WbsSegment.of(
                    "Cost Code", SegmentType.COST_CODE, 1, ".", true, SegmentStructure.TIERED),
                WbsSegment.of(
                    "Cost Type", SegmentType.LINE_ITEM_TYPE, 2, ".", true, SegmentStructure.FLAT)),
            "-")
        .value();
  }

  /**
   * Builds a format from a project's WBS segments.
   *
   * @param segments the segments, in any order (sorted by position)
   * @param tierSeparator joins the tiers of tiered segments (Procore shows {@code "-"})
   * @return the format, or {@code budget_code.invalid_pattern} violations: no segments, more than
   *     16, two with one position or name, more than one sub job, cost code or cost type segment,
   *     an empty delimiter between segments, or a tier separator that is empty or overlaps a
   *     delimiter
   * @throws NullPointerException when an argument is {@code null}
   */
  public static Validated<BudgetCodeFormat> from(List<WbsSegment> segments, String tierSeparator) {
    Objects.requireNonNull(segments, "segments");
    Objects.requireNonNull(tierSeparator, "tierSeparator");
    List<WbsSegment> sorted = new ArrayList<>(segments);
    sorted.sort(Comparator.comparingInt(WbsSegment::position));
    List<Violation> problems = new ArrayList<>();
    if (sorted.isEmpty()) {
      problems.add(pattern("segments", null, "the pattern has no segments"));
    }
    if (sorted.size() > MAX_SEGMENTS) {
      problems.add(
          pattern(
              "segments",
              sorted.size(),
              "the pattern has " + sorted.size() + " segments; at most " + MAX_SEGMENTS));
    }
    Set<Integer> positions = new HashSet<>();
    Set<String> names = new HashSet<>();
    Map<SegmentType, Integer> typed = new LinkedHashMap<>();
    boolean tiered = false;
    for (int i = 0; i < sorted.size(); i++) {
      WbsSegment s = sorted.get(i);
      String field = "segments[" + i + "]";
      if (!positions.add(s.position())) {
        problems.add(pattern(field, s.position(), "two segments have position " + s.position()));
      }
      if (!names.add(s.name())) {
        problems.add(pattern(field, s.name(), "two segments are named '" + s.name() + "'"));
      }
      if (s.type() != SegmentType.CUSTOM && s.type() != SegmentType.UNKNOWN) {
        if (typed.merge(s.type(), 1, Integer::sum) > 1) {
          problems.add(pattern(field, s.type(), "more than one segment has type " + s.type()));
        }
      }
      if (i < sorted.size() - 1 && s.delimiter().isEmpty()) {
        problems.add(
            pattern(
                field, s.name(), "segment '" + s.name() + "' has an empty delimiter to the next"));
      }
      tiered |= s.structure() == SegmentStructure.TIERED;
    }
    if (tiered) {
      if (tierSeparator.isEmpty()) {
        problems.add(pattern("tierSeparator", "", "the tier separator is empty"));
      } else {
        for (int i = 0; i < sorted.size() - 1; i++) {
          String d = sorted.get(i).delimiter();
          if (!d.isEmpty() && (d.contains(tierSeparator) || tierSeparator.contains(d))) {
            problems.add(
                pattern(
                    "tierSeparator",
                    tierSeparator,
                    "the tier separator '"
                        + tierSeparator
                        + "' overlaps the delimiter '"
                        + d
                        + "' of segment '"
                        + sorted.get(i).name()
                        + "'; tiers could not be told from segments"));
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      return Validated.invalid(problems);
    }
    return Validated.valid(new BudgetCodeFormat(List.copyOf(sorted), tierSeparator));
  }

  private static Violation pattern(String field, Object value, String message) {
    return Violation.of(INVALID_PATTERN, field, value, message);
  }

  /**
   * Returns the segments in position order.
   *
   * @return the segments
   */
  public List<WbsSegment> segments() {
    return segments;
  }

  /**
   * Returns the tier separator.
   *
   * @return the tier separator
   */
  public String tierSeparator() {
    return tierSeparator;
  }

  /**
   * Parses a budget code without segment items: an ambiguous input is a violation.
   *
   * @param code the budget code string, such as {@code P.06-200.LAB}
   * @return the parsed code, or violations that say where it broke (field {@code segments[i]},
   *     message naming the segment and offset)
   * @throws NullPointerException when {@code code} is {@code null}
   */
  public Validated<BudgetCode> parse(String code) {
    return parse(code, SegmentItems.none());
  }

  /**
   * Parses a budget code, resolving ambiguity and checking existence against the project's segment
   * items.
   *
   * @param code the budget code string
   * @param items the codes that exist per segment; {@link SegmentItems#none()} checks nothing
   * @return the parsed code, or violations that say where it broke
   * @throws NullPointerException when an argument is {@code null}
   */
  public Validated<BudgetCode> parse(String code, SegmentItems items) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(items, "items");
    Object reading = read(code, items);
    if (reading instanceof Violation[]) {
      return Validated.invalid(List.of((Violation[]) reading));
    }
    Reading r = (Reading) reading;
    BudgetCode.Builder b = BudgetCode.builder();
    for (int j = 0; j < r.present.length; j++) {
      WbsSegment s = segments.get(r.present[j]);
      String value = r.values[j];
      switch (s.type()) {
        case SUB_JOB:
          b.subJob(value);
          break;
        case COST_CODE:
          b.costCode(value);
          if (s.structure() == SegmentStructure.TIERED) {
            b.addAllCostCodeTiers(splitTiers(value));
          } else {
            b.addCostCodeTier(value);
          }
          break;
        case LINE_ITEM_TYPE:
          b.costType(value);
          break;
        default:
          b.putCustomSegment(s.name(), value);
      }
    }
    return Validated.valid(b.build());
  }

  /**
   * Splits a budget code into cost code, cost type and sub job only (the Business Central time
   * sheet split), with the same rules as {@link #parse(String, SegmentItems)}.
   *
   * @param code the budget code string
   * @param items the codes that exist per segment, or {@link SegmentItems#none()}
   * @return the split, or violations; a pattern without a cost code segment yields a {@code
   *     budget_code.missing_required} violation
   * @throws NullPointerException when an argument is {@code null}
   */
  public Validated<SplitBudgetCode> split(String code, SegmentItems items) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(items, "items");
    if (fastSplit && items.isEmpty()) {
      SplitBudgetCode quick = quickSplit(code);
      if (quick != null) {
        return Validated.valid(quick);
      }
    }
    Object reading = read(code, items);
    if (reading instanceof Violation[]) {
      return Validated.invalid(List.of((Violation[]) reading));
    }
    Reading r = (Reading) reading;
    String costCode = null;
    String costType = null;
    String subJob = null;
    for (int j = 0; j < r.present.length; j++) {
      switch (segments.get(r.present[j]).type()) {
        case SUB_JOB:
          subJob = r.values[j];
          break;
        case COST_CODE:
          costCode = r.values[j];
          break;
        case LINE_ITEM_TYPE:
          costType = r.values[j];
          break;
        default:
          break;
      }
    }
    if (costCode == null) {
      return Validated.invalid(
          Violation.of(
              MISSING_REQUIRED,
              "costCode",
              code,
              "budget code '" + code + "' has no cost code segment; the split needs one"));
    }
    return Validated.valid(
        SplitBudgetCode.of(costCode, Optional.ofNullable(costType), Optional.ofNullable(subJob)));
  }

  /**
   * Formats a budget code: present values joined by the delimiters of the present segments.
   *
   * @param code the code
   * @return the string, or {@code budget_code.missing_required} / {@code budget_code.empty_segment}
   *     violations naming the segment
   * @throws NullPointerException when {@code code} is {@code null}
   */
  public Validated<String> format(BudgetCode code) {
    Objects.requireNonNull(code, "code");
    StringBuilder out = new StringBuilder();
    List<Violation> problems = new ArrayList<>();
    String pendingDelimiter = null;
    for (int i = 0; i < segments.size(); i++) {
      WbsSegment s = segments.get(i);
      Optional<String> value = valueOf(code, s);
      String field = "segments[" + i + "]";
      if (value.isEmpty()) {
        if (s.required()) {
          problems.add(
              Violation.of(
                  MISSING_REQUIRED,
                  field,
                  null,
                  "segment '" + s.name() + "' (position " + s.position() + ") is required"));
        }
        continue;
      }
      if (value.get().isEmpty()) {
        problems.add(
            Violation.of(
                EMPTY_SEGMENT, field, "", "segment '" + s.name() + "' has an empty value"));
        continue;
      }
      if (pendingDelimiter != null) {
        out.append(pendingDelimiter);
      }
      out.append(value.get());
      pendingDelimiter = s.delimiter();
    }
    if (!problems.isEmpty()) {
      return Validated.invalid(problems);
    }
    if (out.length() == 0) {
      return Validated.invalid(
          Violation.of(BLANK, "code", "", "the budget code has no segment values"));
    }
    return Validated.valid(out.toString());
  }

  private static Optional<String> valueOf(BudgetCode code, WbsSegment s) {
    switch (s.type()) {
      case SUB_JOB:
        return code.subJob();
      case COST_CODE:
        return code.costCode();
      case LINE_ITEM_TYPE:
        return code.costType();
      default:
        return Optional.ofNullable(code.customSegments().get(s.name()));
    }
  }

  private List<String> splitTiers(String value) {
    List<String> tiers = new ArrayList<>(3);
    int start = 0;
    int at;
    while ((at = value.indexOf(tierSeparator, start)) >= 0) {
      tiers.add(value.substring(start, at));
      start = at + tierSeparator.length();
    }
    tiers.add(value.substring(start));
    return tiers;
  }

  /** Returns a Reading or a Violation[]. */
  private Object read(String code, SegmentItems items) {
    if (code.isBlank()) {
      return new Violation[] {Violation.of(BLANK, "code", code, "the budget code is blank")};
    }
    int[][] candidates;
    if (uniform) {
      int count = 1;
      if (segments.size() > 1) {
        String d = delimiters[0];
        int at = 0;
        while ((at = code.indexOf(d, at)) >= 0) {
          count++;
          at += d.length();
        }
      }
      if (count > segments.size() || masksByCount[count].length == 0) {
        return new Violation[] {countViolation(code, count)};
      }
      candidates = masksByCount[count];
    } else {
      candidates = masks;
    }
    Reading found = null;
    List<Reading> fits = null;
    Violation[] firstFailure = null;
    for (int[] present : candidates) {
      Object attempt = attempt(code, present, items);
      if (attempt instanceof Reading) {
        if (found == null) {
          found = (Reading) attempt;
        } else {
          if (fits == null) {
            fits = new ArrayList<>();
            fits.add(found);
          }
          fits.add((Reading) attempt);
        }
      } else if (firstFailure == null) {
        firstFailure = (Violation[]) attempt;
      }
    }
    if (fits != null) {
      StringBuilder readings = new StringBuilder();
      for (Reading r : fits) {
        if (readings.length() > 0) {
          readings.append(" or ");
        }
        readings.append(describe(r));
      }
      return new Violation[] {
        Violation.of(
            AMBIGUOUS,
            "code",
            code,
            "budget code '"
                + code
                + "' can be read as "
                + readings
                + (items.isEmpty()
                    ? "; give the project's segment items to decide"
                    : "; the segment items do not decide"))
      };
    }
    if (found != null) {
      return found;
    }
    if (firstFailure != null && candidates.length == 1) {
      return firstFailure;
    }
    List<Violation> all = new ArrayList<>();
    all.add(
        Violation.of(
            NO_READING,
            "code",
            code,
            "budget code '"
                + code
                + "' fits none of the "
                + candidates.length
                + " arrangements of the pattern's segments; the first failed as follows"));
    if (firstFailure != null) {
      all.addAll(List.of(firstFailure));
    }
    return all.toArray(new Violation[0]);
  }

  private Violation countViolation(String code, int count) {
    int min = Integer.MAX_VALUE;
    for (int[] m : masks) {
      min = Math.min(min, m.length);
    }
    if (count > segments.size()) {
      return Violation.of(
          TOO_MANY_SEGMENTS,
          "segments[" + segments.size() + "]",
          code,
          "budget code '"
              + code
              + "' has "
              + count
              + " segments; the pattern has at most "
              + segments.size());
    }
    return Violation.of(
        TOO_FEW_SEGMENTS,
        "segments[" + count + "]",
        code,
        "budget code '"
            + code
            + "' has "
            + count
            + " segments; the pattern requires at least "
            + min);
  }

  /**
   * The splitter's fast path for the common case (one single-character delimiter, no segment
   * items): one scan, no intermediate arrays. Returns {@code null} whenever anything is unusual
   * (blank, wrong count, empty value or tier, no cost code), and the general path then produces the
   * violations, so both paths agree on every input.
   */
  private @Nullable SplitBudgetCode quickSplit(String code) {
    int n = segments.size();
    int length = code.length();
    if (length == 0) {
      return null;
    }
    char d = n == 1 ? 0 : delimiters[0].charAt(0);
    int[] cuts = new int[n + 1];
    int count = 1;
    cuts[0] = -1;
    if (n > 1) {
      for (int i = 0; i < length; i++) {
        if (code.charAt(i) == d) {
          if (count == n) {
            return null;
          }
          cuts[count++] = i;
        }
      }
    }
    cuts[count] = length;
    int[][] fit = masksByCount[count];
    if (fit.length != 1) {
      return null;
    }
    int[] present = fit[0];
    char t = tierSeparator.isEmpty() ? 0 : tierSeparator.charAt(0);
    String costCode = null;
    String costType = null;
    String subJob = null;
    boolean blank = true;
    for (int j = 0; j < present.length; j++) {
      int from = cuts[j] + 1;
      int to = cuts[j + 1];
      if (from >= to) {
        return null;
      }
      int seg = present[j];
      if (tieredAt[seg]) {
        if (code.charAt(from) == t || code.charAt(to - 1) == t) {
          return null;
        }
        for (int i = from + 1; i < to; i++) {
          if (code.charAt(i) == t && code.charAt(i - 1) == t) {
            return null;
          }
        }
      }
      if (blank) {
        for (int i = from; i < to && blank; i++) {
          blank = Character.isWhitespace(code.charAt(i));
        }
      }
      switch (types[seg]) {
        case SUB_JOB:
          subJob = code.substring(from, to);
          break;
        case COST_CODE:
          costCode = code.substring(from, to);
          break;
        case LINE_ITEM_TYPE:
          costType = code.substring(from, to);
          break;
        default:
          break;
      }
    }
    if (costCode == null || blank) {
      return null;
    }
    return SplitBudgetCode.of(costCode, Optional.ofNullable(costType), Optional.ofNullable(subJob));
  }

  private String describe(Reading r) {
    StringBuilder sb = new StringBuilder("(");
    for (int j = 0; j < r.present.length; j++) {
      if (j > 0) {
        sb.append(", ");
      }
      sb.append(segments.get(r.present[j]).name()).append('=').append(r.values[j]);
    }
    return sb.append(')').toString();
  }

  /** Returns a Reading or a Violation[]. */
  private Object attempt(String code, int[] present, SegmentItems items) {
    String[] values = new String[present.length];
    int start = 0;
    for (int j = 0; j < present.length; j++) {
      int seg = present[j];
      WbsSegment s = segments.get(seg);
      String value;
      int end;
      if (j == present.length - 1) {
        value = code.substring(start);
        end = code.length();
      } else {
        String d = delimiters[seg];
        int at = code.indexOf(d, start);
        if (at < 0) {
          return new Violation[] {
            Violation.of(
                TOO_FEW_SEGMENTS,
                "segments[" + seg + "]",
                code,
                "budget code '"
                    + code
                    + "' ends in segment '"
                    + s.name()
                    + "' at offset "
                    + start
                    + "; expected delimiter '"
                    + d
                    + "' before the next segment")
          };
        }
        value = code.substring(start, at);
        end = at + d.length();
      }
      if (value.isEmpty()) {
        return new Violation[] {
          Violation.of(
              EMPTY_SEGMENT,
              "segments[" + seg + "]",
              code,
              "budget code '"
                  + code
                  + "' has an empty value for segment '"
                  + s.name()
                  + "' (position "
                  + s.position()
                  + ") at offset "
                  + start)
        };
      }
      if (!uniform) {
        for (String d : allDelimiters) {
          if (value.contains(d)) {
            return new Violation[] {
              Violation.of(
                  TOO_MANY_SEGMENTS,
                  "segments[" + seg + "]",
                  code,
                  "budget code '"
                      + code
                      + "': value '"
                      + value
                      + "' for segment '"
                      + s.name()
                      + "' contains the delimiter '"
                      + d
                      + "'")
            };
          }
        }
      }
      if (s.structure() == SegmentStructure.TIERED) {
        int tierStart = 0;
        int tier = 0;
        while (true) {
          int at = value.indexOf(tierSeparator, tierStart);
          int tierEnd = at < 0 ? value.length() : at;
          if (tierEnd == tierStart) {
            return new Violation[] {
              Violation.of(
                  EMPTY_TIER,
                  "segments[" + seg + "].tiers[" + tier + "]",
                  code,
                  "budget code '"
                      + code
                      + "' has an empty tier "
                      + (tier + 1)
                      + " in segment '"
                      + s.name()
                      + "' at offset "
                      + (start + tierStart))
            };
          }
          if (at < 0) {
            break;
          }
          tierStart = at + tierSeparator.length();
          tier++;
        }
      }
      if (!items.exists(s.name(), value)) {
        return new Violation[] {
          Violation.of(
              UNKNOWN_ITEM,
              "segments[" + seg + "]",
              value,
              "budget code '"
                  + code
                  + "': '"
                  + value
                  + "' is not an item of segment '"
                  + s.name()
                  + "' on this project")
        };
      }
      values[j] = value;
      start = end;
    }
    return new Reading(present, values);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("BudgetCodeFormat[");
    for (int i = 0; i < segments.size(); i++) {
      WbsSegment s = segments.get(i);
      sb.append(s.required() ? "" : "[")
          .append(s.name())
          .append(s.structure() == SegmentStructure.TIERED ? "(" + tierSeparator + ")" : "")
          .append(s.required() ? "" : "]");
      if (i < segments.size() - 1) {
        sb.append(s.delimiter());
      }
    }
    return sb.append(']').toString();
  }

  private static final class Reading {
    final int[] present;
    final String[] values;

    Reading(int[] present, String[] values) {
      this.present = present;
      this.values = values;
    }
  }
}
