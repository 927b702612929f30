package dev.procoresync.benchmarks.mapping;

import dev.procoresync.core.mapping.reconcile.MatchKey;
import dev.procoresync.core.mapping.reconcile.Normalizer;
import dev.procoresync.core.mapping.reconcile.Reconciler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reconciliation of 10,000 workers against 10,000 employees on the employee id (90% overlap)
 * against the baseline: a {@code HashMap} join on the trimmed id. Also a three-key run (id, e-mail,
 * normalised name) for information.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReconcileBenchmark {

  static final int N = 10_000;

  /** A person record. */
  public static final class Person {
    final String employeeId;
    final String email;
    final String name;

    Person(String employeeId, String email, String name) {
      this.employeeId = employeeId;
      this.email = email;
      this.name = name;
    }
  }

  List<Person> left = new ArrayList<>();
  List<Person> right = new ArrayList<>();
  List<MatchKey<Person, Person>> idOnly;
  List<MatchKey<Person, Person>> threeKeys;

  /** Builds the two sides. */
  @Setup
  public void setUp() {
    Random random = new Random(3);
    for (int i = 0; i < N; i++) {
      left.add(new Person("E" + i, "p" + i + "@example.com", "Person " + i));
      int j = i < N * 9 / 10 ? i : N + i;
      right.add(new Person(" E" + j, "P" + j + "@Example.com", "person  " + j));
    }
    Collections.shuffle(right, random);
    idOnly =
        List.of(
            MatchKey.of("employee id", p -> p.employeeId, p -> p.employeeId, Normalizer.trimmed()));
    threeKeys =
        List.of(
            idOnly.get(0),
            MatchKey.of("e-mail", p -> p.email, p -> p.email, Normalizer.email()),
            MatchKey.of("name", p -> p.name, p -> p.name, Normalizer.personName()));
  }

  /**
   * The library's reconciler on the employee id.
   *
   * @return the reconciliation
   */
  @Benchmark
  @OperationsPerInvocation(2 * N)
  public Object reconcile() {
    return Reconciler.reconcile(left, right, idOnly);
  }

  /**
   * The library's reconciler on three keys (no baseline: information only).
   *
   * @return the reconciliation
   */
  @Benchmark
  @OperationsPerInvocation(2 * N)
  public Object reconcileThreeKeys() {
    return Reconciler.reconcile(left, right, threeKeys);
  }

  /**
   * Baseline: {@code HashMap} join on the trimmed id (no ambiguity detection).
   *
   * @return pairs and leftovers
   */
  @Benchmark
  @OperationsPerInvocation(2 * N)
  public Object baselineHashMapJoin() {
    Map<String, Person> byId = new HashMap<>(right.size() * 2);
    for (Person r : right) {
      byId.put(r.employeeId.strip(), r);
    }
    List<Person[]> links = new ArrayList<>();
    List<Person> onlyLeft = new ArrayList<>();
    for (Person l : left) {
      Person r = byId.remove(l.employeeId.strip());
      if (r == null) {
        onlyLeft.add(l);
      } else {
        links.add(new Person[] {l, r});
      }
    }
    return new Object[] {links, onlyLeft, new ArrayList<>(byId.values())};
  }
}
