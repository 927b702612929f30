package dev.procoresync.core.mapping.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.testing.Seeded;
import dev.procoresync.core.testing.Seeds;
import dev.procoresync.core.validation.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HierarchyTest {

  record Node(@Nullable String key, @Nullable String parent) {}

  static Node n(@Nullable String key, @Nullable String parent) {
    return new Node(key, parent);
  }

  static HierarchyResult<String, Node> build(int maxDepth, Node... nodes) {
    return Hierarchy.build(Arrays.asList(nodes), Node::key, Node::parent, maxDepth);
  }

  /** Each case: nodes, max depth, expected kept keys, expected violation code per rejected key. */
  static Stream<Arguments> brokenLinks() {
    return Stream.of(
        Arguments.of(
            "clean forest",
            List.of(n("a", null), n("b", "a"), n("c", "b"), n("x", null)),
            10,
            List.of("a", "b", "c", "x"),
            Map.of()),
        Arguments.of(
            "orphan and its child",
            List.of(n("a", null), n("b", "missing"), n("c", "b")),
            10,
            List.of("a"),
            Map.of("b", Hierarchy.ORPHAN, "c", Hierarchy.BROKEN_ANCESTOR)),
        Arguments.of(
            "child listed before orphan parent",
            List.of(n("c", "b"), n("b", "missing"), n("a", null)),
            10,
            List.of("a"),
            Map.of("b", Hierarchy.ORPHAN, "c", Hierarchy.BROKEN_ANCESTOR)),
        Arguments.of(
            "self loop",
            List.of(n("a", "a"), n("r", null)),
            10,
            List.of("r"),
            Map.of("a", Hierarchy.CYCLE)),
        Arguments.of(
            "three-cycle with a tail hanging below it",
            List.of(n("t", "a"), n("a", "b"), n("b", "c"), n("c", "a"), n("r", null)),
            10,
            List.of("r"),
            Map.of(
                "a",
                Hierarchy.CYCLE,
                "b",
                Hierarchy.CYCLE,
                "c",
                Hierarchy.CYCLE,
                "t",
                Hierarchy.BROKEN_ANCESTOR)),
        Arguments.of(
            "depth over the limit",
            List.of(n("a", null), n("b", "a"), n("c", "b"), n("d", "c")),
            2,
            List.of("a", "b"),
            Map.of("c", Hierarchy.TOO_DEEP, "d", Hierarchy.TOO_DEEP)),
        Arguments.of(
            "mixed case keys are distinct",
            List.of(n("A", null), n("a", "A"), n("b", "a")),
            10,
            List.of("A", "a", "b"),
            Map.of()),
        Arguments.of(
            "unicode keys",
            List.of(n("Über", null), n("日本", "Über"), n("😀", "日本")),
            10,
            List.of("Über", "日本", "😀"),
            Map.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenLinks")
  void reportsBrokenLinksAsViolations(
      String name,
      List<Node> nodes,
      int maxDepth,
      List<String> kept,
      Map<String, String> rejected) {
    HierarchyResult<String, Node> result =
        Hierarchy.build(nodes, Node::key, Node::parent, maxDepth);
    Hierarchy<String, Node> tree = result.hierarchy();
    assertEquals(kept.size(), tree.size(), "kept size");
    for (String k : kept) {
      assertTrue(tree.contains(k), "kept " + k);
    }
    Map<String, String> codes =
        result.violations().stream()
            .collect(
                Collectors.toMap(Violation::rejectedValue, Violation::code, (a, b) -> a + "," + b));
    assertEquals(new TreeMap<>(rejected), new TreeMap<>(codes));
  }

  @Test
  void duplicateKeyKeepsTheFirstAndReportsTheSecond() {
    HierarchyResult<String, Node> result = build(10, n("a", null), n("a", "zzz"), n("b", "a"));
    assertEquals(Optional.of(n("a", null)), result.hierarchy().get("a"));
    assertEquals(1, result.violations().size());
    Violation v = result.violations().get(0);
    assertEquals(Hierarchy.DUPLICATE_KEY, v.code());
    assertEquals("key", v.field());
    assertEquals("a", v.rejectedValue());
    assertEquals(2, result.hierarchy().depth("b"));
  }

  @Test
  void missingKeyIsAViolation() {
    HierarchyResult<String, Node> result = build(10, n(null, null), n("a", null));
    assertEquals(1, result.hierarchy().size());
    assertEquals(Hierarchy.MISSING_KEY, result.violations().get(0).code());
  }

  @Test
  void navigatesTheTree() {
    Hierarchy<String, Node> tree =
        build(7, n("home", null), n("concrete", "home"), n("footings", "concrete"), n("x", null))
            .hierarchy();
    assertEquals(List.of("home", "x"), tree.roots());
    assertEquals(Optional.of("home"), tree.topAncestor("footings"));
    assertEquals(Optional.of("home"), tree.topAncestor("home"));
    assertEquals(Optional.empty(), tree.topAncestor("nope"));
    assertEquals(List.of("home", "concrete", "footings"), tree.path("footings"));
    assertEquals(List.of("concrete"), tree.childrenOf("home"));
    assertEquals(Optional.of("concrete"), tree.parentOf("footings"));
    assertEquals(Optional.empty(), tree.parentOf("home"));
    assertEquals(3, tree.depth("footings"));
    assertEquals(0, tree.depth("nope"));
    assertEquals(List.of("home", "concrete", "footings", "x"), tree.preOrder());
  }

  @Test
  void tenThousandLevelsDoNotOverflowTheStack() {
    int depth = 10_000;
    List<Node> chain = new ArrayList<>();
    // Listed leaf first, so the walk up is as long as possible.
    for (int i = depth - 1; i >= 0; i--) {
      chain.add(n("n" + i, i == 0 ? null : "n" + (i - 1)));
    }
    HierarchyResult<String, Node> result =
        Hierarchy.build(chain, Node::key, Node::parent, Integer.MAX_VALUE);
    assertTrue(result.isClean());
    Hierarchy<String, Node> tree = result.hierarchy();
    assertEquals(depth, tree.depth("n" + (depth - 1)));
    assertEquals(Optional.of("n0"), tree.topAncestor("n" + (depth - 1)));
    assertEquals(depth, tree.path("n" + (depth - 1)).size());
    assertEquals(depth, tree.preOrder().size());
  }

  @Test
  void tenThousandLongCycleIsReportedWithoutOverflow() {
    int size = 10_000;
    List<Node> ring = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      ring.add(n("n" + i, "n" + ((i + 1) % size)));
    }
    HierarchyResult<String, Node> result =
        Hierarchy.build(ring, Node::key, Node::parent, Integer.MAX_VALUE);
    assertEquals(0, result.hierarchy().size());
    assertEquals(size, result.violations().size());
    assertTrue(result.violations().stream().allMatch(v -> v.code().equals(Hierarchy.CYCLE)));
    assertTrue(result.violations().get(0).message().length() < 500, "message stays short");
  }

  @Test
  void depthLimitOfTenThousandIsEnforced() {
    List<Node> chain = new ArrayList<>();
    for (int i = 0; i <= 10_000; i++) {
      chain.add(n("n" + i, i == 0 ? null : "n" + (i - 1)));
    }
    HierarchyResult<String, Node> result = Hierarchy.build(chain, Node::key, Node::parent, 10_000);
    assertEquals(10_000, result.hierarchy().size());
    assertEquals(1, result.violations().size());
    assertEquals(Hierarchy.TOO_DEEP, result.violations().get(0).code());
    assertEquals("n10000", result.violations().get(0).rejectedValue());
  }

  /**
   * Random forests where each node's parent is an earlier node: nothing is rejected, every node's
   * top ancestor is the root reached by walking parents, and depth equals the path length.
   */
  @Seeded(tries = 200)
  void randomForestsBuildCleanly(long seed) {
    List<Integer> parentPicks =
        Seeds.list(new SplittableRandom(seed), 0, 200, r -> Seeds.between(r, -1, 1_000));
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < parentPicks.size(); i++) {
      int pick = parentPicks.get(i);
      String parent = pick < 0 || i == 0 ? null : "k" + (pick % i);
      nodes.add(n("k" + i, parent));
    }
    java.util.Collections.shuffle(nodes, new java.util.Random(parentPicks.size()));
    HierarchyResult<String, Node> result =
        Hierarchy.build(nodes, Node::key, Node::parent, Integer.MAX_VALUE);
    assertTrue(result.isClean(), () -> result.violations().toString());
    Map<String, String> parentOf = new java.util.HashMap<>();
    for (Node node : nodes) {
      parentOf.put(node.key(), node.parent());
    }
    Hierarchy<String, Node> tree = result.hierarchy();
    for (Node node : nodes) {
      String k = node.key();
      int steps = 1;
      while (parentOf.get(k) != null) {
        k = parentOf.get(k);
        steps++;
      }
      assertEquals(Optional.of(k), tree.topAncestor(node.key()));
      assertEquals(steps, tree.depth(node.key()));
      assertEquals(steps, tree.path(node.key()).size());
    }
    assertEquals(nodes.size(), tree.preOrder().size());
  }

  /** Arbitrary links (cycles, orphans, duplicates): every item is either kept or reported. */
  @Seeded(tries = 300)
  void everyItemIsKeptOrReported(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Integer> parents = Seeds.list(random, 0, 60, r -> Seeds.between(r, -1, 70));
    int maxDepth = Seeds.between(random, 1, 8);
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < parents.size(); i++) {
      int p = parents.get(i);
      nodes.add(n("k" + (i % 50), p < 0 ? null : "k" + p));
    }
    HierarchyResult<String, Node> result =
        Hierarchy.build(nodes, Node::key, Node::parent, maxDepth);
    assertEquals(nodes.size(), result.hierarchy().size() + result.violations().size());
    for (String k : result.hierarchy().preOrder()) {
      assertTrue(result.hierarchy().depth(k) <= maxDepth);
      assertFalse(result.hierarchy().topAncestor(k).isEmpty());
    }
  }
}
