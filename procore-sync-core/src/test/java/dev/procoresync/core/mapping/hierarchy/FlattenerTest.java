package dev.procoresync.core.mapping.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlattenerTest {

  record Job(String key, @Nullable String parent, String name, String number) {}

  static Hierarchy<String, Job> tree(Job... jobs) {
    return Hierarchy.build(List.of(jobs), Job::key, Job::parent, 10).hierarchy();
  }

  @Test
  void exakTimeLocationsComposeProjectAndSubJob() {
    Hierarchy<String, Job> tree =
        tree(new Job("p", null, "PJA", "200"), new Job("s", "p", "SJB", "005"));
    List<FlatEntry<String>> flat = Flattener.flatten(tree, Job::name, Job::number, ".");
    assertEquals(2, flat.size());
    assertEquals("PJA", flat.get(0).composedName());
    assertEquals("200", flat.get(0).composedId());
    assertEquals("PJA.SJB", flat.get(1).composedName());
    assertEquals("200.005", flat.get(1).composedId());
    assertEquals("SJB", flat.get(1).name());
    assertEquals("005", flat.get(1).id());
    assertEquals(2, flat.get(1).depth());
  }

  @ParameterizedTest(name = "{0} + {1} with ''{2}'' -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "200|005|.|200.005",
        "200|5|.|200.5",
        "0200|05|.|0200.05",
        "200|005|-|200-005",
        "200|005|::|200::005",
        "Ünï|Çødé|.|Ünï.Çødé",
        "200|a.b|.|200.a.b"
      })
  void idsAreJoinedAsGivenNeverPadded(String parent, String child, String sep, String expected) {
    Hierarchy<String, Job> tree =
        tree(new Job("p", null, "P", parent), new Job("c", "p", "C", child));
    List<FlatEntry<String>> flat = Flattener.flatten(tree, Job::name, Job::number, sep);
    assertEquals(expected, flat.get(1).composedId());
  }

  @Test
  void belowRootsLeavesOutTheDivisions() {
    Hierarchy<String, Job> costCodes =
        tree(
            new Job("d06", null, "Wood & Plastics", "06"),
            new Job("c200", "d06", "Rough Carpentry", "200"),
            new Job("c210", "c200", "Framing", "210"),
            new Job("d03", null, "Concrete", "03"),
            new Job("c100", "d03", "Formwork", "100"));
    List<FlatEntry<String>> flat = Flattener.belowRoots(costCodes, Job::name, Job::number, "-");
    assertEquals(
        List.of("06-200", "06-200-210", "03-100"),
        flat.stream().map(FlatEntry::composedId).collect(Collectors.toList()));
    assertEquals(
        List.of("200", "210", "100"),
        flat.stream().map(FlatEntry::id).collect(Collectors.toList()));
    assertEquals("Wood & Plastics-Rough Carpentry", flat.get(0).composedName());
  }

  @Test
  void deepChainsFlattenIteratively() {
    List<Job> chain = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      chain.add(new Job("k" + i, i == 0 ? null : "k" + (i - 1), "n", "1"));
    }
    Hierarchy<String, Job> tree =
        Hierarchy.build(chain, Job::key, Job::parent, Integer.MAX_VALUE).hierarchy();
    List<FlatEntry<String>> flat = Flattener.flatten(tree, Job::name, Job::number, ".");
    assertEquals(3_000, flat.size());
    assertEquals(3_000 * 2 - 1, flat.get(2_999).composedId().length());
  }
}
