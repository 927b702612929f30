package dev.procoresync.core.mapping.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Links records of two systems on match keys in priority order (docs/decisions/0056).
 *
 * <p>For each key, in order, among records not yet linked or withdrawn: a key value held by exactly
 * one left and one right record links them; a value held by one or more on each side but not
 * one-to-one is an {@link AmbiguousMatch}, and its records are withdrawn (a weaker key never
 * overrides a conflict found by a stronger one). Records with no value for a key skip that key.
 * Whatever remains is only-left or only-right. Runs in time linear in the input per key.
 *
 * <pre>{@code
 * Reconciliation<Worker, Employee> r = Reconciler.reconcile(workers, employees, List.of(
 *     MatchKey.of("employee id", Worker::employeeId, Employee::id, Normalizer.trimmed()),
 *     MatchKey.of("name", Worker::name, Employee::name, Normalizer.personName())));
 * }</pre>
 */
public final class Reconciler {

  private static final byte FREE = 0;
  private static final byte LINKED = 1;
  private static final byte WITHDRAWN = 2;

  private Reconciler() {}

  /**
   * Reconciles two lists of records.
   *
   * @param lefts the records of one system
   * @param rights the records of the other system
   * @param keys the match keys, strongest first
   * @param <L> the left record type
   * @param <R> the right record type
   * @return links, only-left, only-right and ambiguous matches; every record appears once
   * @throws NullPointerException when an argument or a record is {@code null}
   */
  public static <L, R> Reconciliation<L, R> reconcile(
      List<? extends L> lefts, List<? extends R> rights, List<MatchKey<L, R>> keys) {
    Objects.requireNonNull(lefts, "lefts");
    Objects.requireNonNull(rights, "rights");
    Objects.requireNonNull(keys, "keys");
    byte[] leftState = new byte[lefts.size()];
    byte[] rightState = new byte[rights.size()];
    List<Link<L, R>> links = new ArrayList<>();
    List<AmbiguousMatch<L, R>> ambiguous = new ArrayList<>();
    for (MatchKey<L, R> key : keys) {
      Objects.requireNonNull(key, "keys contains null");
      HashMap<String, Bucket> buckets = new HashMap<>(Math.max(16, rights.size() * 2));
      for (int r = 0; r < rights.size(); r++) {
        if (rightState[r] != FREE) {
          continue;
        }
        String value = key.rightKey(rights.get(r));
        if (value == null) {
          continue;
        }
        Bucket b = buckets.get(value);
        if (b == null) {
          buckets.put(value, new Bucket(value, r));
        } else {
          b.addRight(r);
        }
      }
      if (buckets.isEmpty()) {
        continue;
      }
      List<Bucket> touched = new ArrayList<>();
      for (int l = 0; l < lefts.size(); l++) {
        if (leftState[l] != FREE) {
          continue;
        }
        String value = key.leftKey(lefts.get(l));
        if (value == null) {
          continue;
        }
        Bucket b = buckets.get(value);
        if (b == null) {
          continue;
        }
        if (b.addLeft(l)) {
          touched.add(b);
        }
      }
      for (Bucket b : touched) {
        if (b.leftCount == 1 && b.rightCount == 1) {
          leftState[b.firstLeft] = LINKED;
          rightState[b.firstRight] = LINKED;
          links.add(
              Link.<L, R>of(lefts.get(b.firstLeft), rights.get(b.firstRight), key.name(), b.value));
        } else {
          AmbiguousMatch.Builder<L, R> m =
              AmbiguousMatch.<L, R>builder().keyName(key.name()).keyValue(b.value);
          for (int l : b.lefts()) {
            leftState[l] = WITHDRAWN;
            m.addLeft(lefts.get(l));
          }
          for (int r : b.rights()) {
            rightState[r] = WITHDRAWN;
            m.addRight(rights.get(r));
          }
          ambiguous.add(m.build());
        }
      }
    }
    List<L> onlyLeft = new ArrayList<>();
    for (int l = 0; l < lefts.size(); l++) {
      if (leftState[l] == FREE) {
        onlyLeft.add(lefts.get(l));
      }
    }
    List<R> onlyRight = new ArrayList<>();
    for (int r = 0; r < rights.size(); r++) {
      if (rightState[r] == FREE) {
        onlyRight.add(rights.get(r));
      }
    }
    return new Reconciliation<>(links, onlyLeft, onlyRight, ambiguous);
  }

  private static final class Bucket {
    final String value;
    final int firstRight;
    int rightCount = 1;
    @Nullable List<Integer> moreRights;
    int firstLeft = -1;
    int leftCount;
    @Nullable List<Integer> moreLefts;

    Bucket(String value, int firstRight) {
      this.value = value;
      this.firstRight = firstRight;
    }

    void addRight(int r) {
      if (moreRights == null) {
        moreRights = new ArrayList<>(2);
      }
      moreRights.add(r);
      rightCount++;
    }

    /** Returns true when this is the bucket's first left record. */
    boolean addLeft(int l) {
      leftCount++;
      if (firstLeft < 0) {
        firstLeft = l;
        return true;
      }
      if (moreLefts == null) {
        moreLefts = new ArrayList<>(2);
      }
      moreLefts.add(l);
      return false;
    }

    List<Integer> lefts() {
      List<Integer> all = new ArrayList<>(leftCount);
      all.add(firstLeft);
      if (moreLefts != null) {
        all.addAll(moreLefts);
      }
      return all;
    }

    List<Integer> rights() {
      List<Integer> all = new ArrayList<>(rightCount);
      all.add(firstRight);
      if (moreRights != null) {
        all.addAll(moreRights);
      }
      return all;
    }
  }
}
