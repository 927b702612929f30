package dev.procoresync.core.mapping.budgetcode;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The segment items (codes) that exist on a project, by segment name: with them a parser resolves
 * readings that the string alone leaves ambiguous, and reports codes that do not exist. For a
 * tiered segment give the full codes with the tier separator (Procore's {@code path_codes} joined),
 * such as {@code 06-200}. Codes compare exactly (case sensitive).
 *
 * <pre>{@code
 * SegmentItems items = SegmentItems.builder()
 *     .add("Sub Job", List.of("P", "Q"))
 *     .add("Cost Code", List.of("06-200"))
 *     .build();
 * }</pre>
 */
public final class SegmentItems {
  private static final SegmentItems NONE = new SegmentItems(Map.of());

  private final Map<String, Set<String>> codes;

  private SegmentItems(Map<String, Set<String>> codes) {
    this.codes = codes;
  }

  /**
   * Returns an empty set of items: nothing is checked, and ambiguity is a violation.
   *
   * @return the empty items
   */
  public static SegmentItems none() {
    return NONE;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the codes known for a segment.
   *
   * @param segmentName the segment's name
   * @return the codes, or empty when the segment's items were not given (then any value passes)
   */
  public Optional<Set<String>> codes(String segmentName) {
    return Optional.ofNullable(codes.get(segmentName));
  }

  boolean knows(String segmentName) {
    return codes.containsKey(segmentName);
  }

  boolean exists(String segmentName, String code) {
    Set<String> known = codes.get(segmentName);
    return known == null || known.contains(code);
  }

  /**
   * Tells whether no segment's items were given.
   *
   * @return {@code true} when empty
   */
  public boolean isEmpty() {
    return codes.isEmpty();
  }

  @Override
  public String toString() {
    return "SegmentItems" + codes.keySet();
  }

  /** Collects segment items. */
  public static final class Builder {
    private final Map<String, Set<String>> codes = new HashMap<>();

    private Builder() {}

    /**
     * Adds codes to a segment (repeated calls accumulate).
     *
     * @param segmentName the segment's name
     * @param segmentCodes the codes that exist
     * @return this builder
     * @throws NullPointerException when an argument or a code is {@code null}
     */
    public Builder add(String segmentName, Collection<String> segmentCodes) {
      Objects.requireNonNull(segmentName, "segmentName");
      Objects.requireNonNull(segmentCodes, "segmentCodes");
      Set<String> set = codes.computeIfAbsent(segmentName, k -> new HashSet<>());
      for (String code : segmentCodes) {
        set.add(Objects.requireNonNull(code, "segmentCodes contains null"));
      }
      return this;
    }

    /**
     * Builds the immutable items.
     *
     * @return the items
     */
    public SegmentItems build() {
      Map<String, Set<String>> copy = new HashMap<>();
      codes.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
      return new SegmentItems(Map.copyOf(copy));
    }
  }
}
