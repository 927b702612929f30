package dev.procoresync.core.mapping.hierarchy;

import dev.procoresync.core.validation.Violation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An immutable tree (or forest) of items of type {@code T}, keyed by {@code K}, built from (key,
 * parent key) links.
 *
 * <p>Only valid nodes are kept: an item whose key is a duplicate, whose parent is missing, that
 * sits on or under a cycle, or that is deeper than the limit is left out and reported as a {@link
 * Violation} by {@link #build(Iterable, Function, Function, int)}. Depth counts levels: a root has
 * depth 1 (busybusy's numbering: a root project plus six nested levels is depth 7).
 *
 * <pre>{@code
 * HierarchyResult<String, Project> result =
 *     Hierarchy.build(projects, Project::key, Project::parentKey, 7);
 * result.violations().forEach(report::skip);
 * Hierarchy<String, Project> tree = result.hierarchy();
 * String root = tree.topAncestor("concrete").orElseThrow(); // "johnson-home"
 * }</pre>
 *
 * <p>Lookups ({@link #get}, {@link #parentOf}, {@link #topAncestor}, {@link #depth}) are O(1);
 * {@link #path} is O(depth). Instances are thread safe.
 *
 * @param <K> the key type (must implement {@code equals} and {@code hashCode})
 * @param <T> the item type
 */
public final class Hierarchy<K, T> {

  /** Violation code: two items share one key; the first is kept. */
  public static final String DUPLICATE_KEY = "hierarchy.duplicate_key";

  /** Violation code: an item names a parent key that no item has. */
  public static final String ORPHAN = "hierarchy.orphan";

  /** Violation code: an item is part of a cycle of parent links. */
  public static final String CYCLE = "hierarchy.cycle";

  /** Violation code: an item sits under an item that was left out (orphan or cycle). */
  public static final String BROKEN_ANCESTOR = "hierarchy.broken_ancestor";

  /** Violation code: an item is deeper than the allowed number of levels. */
  public static final String TOO_DEEP = "hierarchy.too_deep";

  /** Violation code: an item has no key. */
  public static final String MISSING_KEY = "hierarchy.missing_key";

  private final Map<K, Node<K, T>> nodes;
  private final List<K> roots;

  private Hierarchy(Map<K, Node<K, T>> nodes, List<K> roots) {
    this.nodes = nodes;
    this.roots = roots;
  }

  /**
   * Builds a hierarchy from items linked to their parents by key.
   *
   * <p>An item whose parent key is {@code null} is a root. Broken links never throw: each left-out
   * item yields one violation (codes {@link #DUPLICATE_KEY}, {@link #ORPHAN}, {@link #CYCLE},
   * {@link #BROKEN_ANCESTOR}, {@link #TOO_DEEP}, {@link #MISSING_KEY}) whose field is {@code key}
   * or {@code parentKey} and whose rejected value is the item's key. Iterative: no recursion, so
   * any depth is safe.
   *
   * @param items the items, in any order; iteration order decides which duplicate is kept (the
   *     first) and the order of roots and children
   * @param key extracts an item's key; a {@code null} key is a violation
   * @param parentKey extracts the parent's key, or {@code null} for a root
   * @param maxDepth the deepest level allowed (1 = roots only); use {@link Integer#MAX_VALUE} for
   *     no limit
   * @param <K> the key type
   * @param <T> the item type
   * @return the hierarchy of valid items and the violations of the others
   * @throws NullPointerException when an argument is {@code null}
   * @throws IllegalArgumentException when {@code maxDepth} is less than 1
   */
  public static <K, T> HierarchyResult<K, T> build(
      Iterable<? extends T> items,
      Function<? super T, ? extends @Nullable K> key,
      Function<? super T, ? extends @Nullable K> parentKey,
      int maxDepth) {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(parentKey, "parentKey");
    if (maxDepth < 1) {
      throw new IllegalArgumentException("maxDepth must be at least 1, was " + maxDepth);
    }
    List<Violation> violations = new ArrayList<>();
    Map<K, Node<K, T>> all = new LinkedHashMap<>();
    for (T item : items) {
      K k = key.apply(item);
      if (k == null) {
        violations.add(
            Violation.of(
                MISSING_KEY, "key", null, "item " + item + " has no key; give every item a key"));
        continue;
      }
      Node<K, T> node = new Node<>(k, parentKey.apply(item), item);
      Node<K, T> previous = all.putIfAbsent(k, node);
      if (previous != null) {
        violations.add(
            Violation.of(
                DUPLICATE_KEY,
                "key",
                k,
                "key '" + k + "' is used by more than one item; the first one is kept"));
      }
    }
    // Resolve depth and root of each node, walking up iteratively with an explicit path.
    ArrayDeque<Node<K, T>> path = new ArrayDeque<>();
    for (Node<K, T> start : all.values()) {
      if (start.state != State.NEW) {
        continue;
      }
      Node<K, T> current = start;
      State outcome;
      Node<K, T> anchor = null;
      while (true) {
        if (current.state == State.OK) {
          outcome = State.OK;
          anchor = current;
          break;
        }
        if (current.state == State.BROKEN) {
          outcome = State.BROKEN;
          anchor = current;
          break;
        }
        if (current.state == State.ON_PATH) {
          outcome = State.ON_PATH; // cycle: current is the first cycle member met again
          anchor = current;
          break;
        }
        current.state = State.ON_PATH;
        path.push(current);
        K parent = current.parentKey;
        if (parent == null) {
          outcome = State.NEW; // reached a root: marker for "root found"
          break;
        }
        Node<K, T> next = all.get(parent);
        if (next == null) {
          current.state = State.BROKEN;
          path.pop();
          violations.add(
              Violation.of(
                  ORPHAN,
                  "parentKey",
                  current.key,
                  "item '"
                      + current.key
                      + "' names parent '"
                      + parent
                      + "', which does not exist; add the parent or clear the link"));
          outcome = State.BROKEN;
          anchor = current;
          break;
        }
        current = next;
      }
      if (outcome == State.ON_PATH) {
        // Pop the cycle members first (they are on top of the path down to the anchor).
        List<Node<K, T>> cycle = new ArrayList<>();
        while (true) {
          Node<K, T> member = path.pop();
          cycle.add(member);
          if (member == anchor) {
            break;
          }
        }
        Collections.reverse(cycle);
        StringBuilder ring = new StringBuilder();
        int shown = Math.min(cycle.size(), 8);
        for (int i = 0; i < shown; i++) {
          ring.append(cycle.get(i).key).append(" -> ");
        }
        if (shown < cycle.size()) {
          ring.append("... (").append(cycle.size()).append(" items) -> ");
        }
        ring.append(anchor.key);
        for (Node<K, T> member : cycle) {
          member.state = State.BROKEN;
          violations.add(
              Violation.of(
                  CYCLE,
                  "parentKey",
                  member.key,
                  "item '" + member.key + "' is part of a cycle of parent links: " + ring));
        }
      }
      // Unwind the rest of the path (top of the stack is nearest the anchor).
      while (!path.isEmpty()) {
        Node<K, T> node = path.pop();
        if (outcome == State.NEW && node.parentKey == null) {
          node.state = State.OK;
          node.depth = 1;
          node.root = node.key;
          outcome = State.OK;
          anchor = node;
          continue;
        }
        Node<K, T> parent = Objects.requireNonNull(anchor);
        if (parent.state == State.OK && parent.depth < maxDepth) {
          node.state = State.OK;
          node.depth = parent.depth + 1;
          node.root = parent.root;
        } else if (parent.state == State.OK) {
          node.state = State.BROKEN;
          node.depth = parent.depth + 1;
          violations.add(
              Violation.of(
                  TOO_DEEP,
                  "parentKey",
                  node.key,
                  "item '"
                      + node.key
                      + "' is at depth "
                      + node.depth
                      + "; at most "
                      + maxDepth
                      + " levels are allowed"));
        } else {
          node.state = State.BROKEN;
          node.depth = parent.depth == 0 ? 0 : parent.depth + 1;
          if (parent.depth > maxDepth) {
            violations.add(
                Violation.of(
                    TOO_DEEP,
                    "parentKey",
                    node.key,
                    "item '"
                        + node.key
                        + "' is at depth "
                        + node.depth
                        + "; at most "
                        + maxDepth
                        + " levels are allowed"));
          } else {
            violations.add(
                Violation.of(
                    BROKEN_ANCESTOR,
                    "parentKey",
                    node.key,
                    "item '"
                        + node.key
                        + "' sits under '"
                        + parent.key
                        + "', which was left out; fix that item first"));
          }
        }
        anchor = node;
      }
    }
    Map<K, Node<K, T>> kept = new HashMap<>();
    List<K> roots = new ArrayList<>();
    for (Node<K, T> node : all.values()) {
      if (node.state == State.OK) {
        kept.put(node.key, node);
        if (node.depth == 1) {
          roots.add(node.key);
        }
      }
    }
    for (Node<K, T> node : all.values()) {
      if (node.state == State.OK && node.parentKey != null) {
        kept.get(node.parentKey).children.add(node.key);
      }
    }
    return HierarchyResult.of(new Hierarchy<>(kept, List.copyOf(roots)), violations);
  }

  /**
   * Returns the number of valid items.
   *
   * @return the size
   */
  public int size() {
    return nodes.size();
  }

  /**
   * Tells whether a valid item has this key.
   *
   * @param key the key
   * @return {@code true} when present
   */
  public boolean contains(K key) {
    return nodes.containsKey(key);
  }

  /**
   * Returns the item with this key.
   *
   * @param key the key
   * @return the item, or empty when no valid item has the key
   */
  public Optional<T> get(K key) {
    Node<K, T> node = nodes.get(key);
    return node == null ? Optional.empty() : Optional.of(node.item);
  }

  /**
   * Returns the keys of the roots (items without a parent), in input order.
   *
   * @return the root keys
   */
  public List<K> roots() {
    return roots;
  }

  /**
   * Returns the parent's key.
   *
   * @param key the key of a valid item
   * @return the parent key; empty for a root or an unknown key
   */
  public Optional<K> parentOf(K key) {
    Node<K, T> node = nodes.get(key);
    return node == null ? Optional.empty() : Optional.ofNullable(node.parentKey);
  }

  /**
   * Returns the keys of the direct children, in input order.
   *
   * @param key the key of a valid item
   * @return the child keys; empty for a leaf or an unknown key
   */
  public List<K> childrenOf(K key) {
    Node<K, T> node = nodes.get(key);
    return node == null ? List.of() : Collections.unmodifiableList(node.children);
  }

  /**
   * Returns the level of an item: 1 for a root, 2 for its children, and so on.
   *
   * @param key the key of a valid item
   * @return the depth, or 0 for an unknown key
   */
  public int depth(K key) {
    Node<K, T> node = nodes.get(key);
    return node == null ? 0 : node.depth;
  }

  /**
   * Returns the key of the top-level ancestor (the root of the item's tree); a root is its own
   * top-level ancestor. This is the roll-up of busybusy sub-projects onto their Procore project.
   *
   * @param key the key of a valid item
   * @return the root's key, or empty for an unknown key
   */
  public Optional<K> topAncestor(K key) {
    Node<K, T> node = nodes.get(key);
    return node == null ? Optional.empty() : Optional.of(node.root);
  }

  /**
   * Returns the keys from the root down to the item itself.
   *
   * @param key the key of a valid item
   * @return the path, root first; empty for an unknown key
   */
  public List<K> path(K key) {
    Node<K, T> node = nodes.get(key);
    if (node == null) {
      return List.of();
    }
    Object[] keys = new Object[node.depth];
    for (int i = node.depth - 1; i >= 0; i--) {
      keys[i] = node.key;
      node = node.parentKey == null ? node : nodes.get(node.parentKey);
    }
    @SuppressWarnings("unchecked")
    List<K> path = (List<K>) List.of(keys);
    return path;
  }

  /**
   * Returns every valid item's key in pre-order (each root, then its subtree, children in input
   * order). Iterative, so any depth is safe.
   *
   * @return the keys in pre-order
   */
  public List<K> preOrder() {
    List<K> out = new ArrayList<>(nodes.size());
    ArrayDeque<K> stack = new ArrayDeque<>();
    for (int i = roots.size() - 1; i >= 0; i--) {
      stack.push(roots.get(i));
    }
    while (!stack.isEmpty()) {
      K k = stack.pop();
      out.add(k);
      List<K> children = nodes.get(k).children;
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(children.get(i));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "Hierarchy[size=" + nodes.size() + ", roots=" + roots.size() + "]";
  }

  private enum State {
    NEW,
    ON_PATH,
    OK,
    BROKEN
  }

  private static final class Node<K, T> {
    final K key;
    final @Nullable K parentKey;
    final T item;
    final List<K> children = new ArrayList<>(0);
    State state = State.NEW;
    int depth;
    @Nullable K root;

    Node(K key, @Nullable K parentKey, T item) {
      this.key = key;
      this.parentKey = parentKey;
      this.item = item;
    }
  }
}
