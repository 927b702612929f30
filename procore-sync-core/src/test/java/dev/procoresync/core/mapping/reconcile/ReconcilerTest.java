package dev.procoresync.core.mapping.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.procoresync.core.testing.Seeded;
import dev.procoresync.core.testing.Seeds;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReconcilerTest {

  record Person(String tag, @Nullable String employeeId, @Nullable String email, String name) {}

  static final List<MatchKey<Person, Person>> KEYS =
      List.of(
          MatchKey.of("employee id", Person::employeeId, Person::employeeId, Normalizer.trimmed()),
          MatchKey.of("e-mail", Person::email, Person::email, Normalizer.email()),
          MatchKey.of("name", Person::name, Person::name, Normalizer.personName()));

  static Person p(String tag, @Nullable String id, @Nullable String email, String name) {
    return new Person(tag, id, email, name);
  }

  static List<String> tags(List<Person> people) {
    return people.stream().map(Person::tag).collect(Collectors.toList());
  }

  @Test
  void linksOnTheStrongestKeyThatMatches() {
    List<Person> procore =
        List.of(
            p("L1", "E1", "ann@x.com", "Ann Lee"),
            p("L2", null, "BOB@X.COM ", "Bob Roe"),
            p("L3", null, null, "  José   García"),
            p("L4", "E9", null, "Only Left"));
    List<Person> busy =
        List.of(
            p("R3", null, null, "jose garcia"),
            p("R2", "", "bob@x.com", "Robert Roe"),
            p("R1", " E1 ", "other@x.com", "Ann Lee-Smith"),
            p("R5", "E5", null, "Only Right"));
    Reconciliation<Person, Person> r = Reconciler.reconcile(procore, busy, KEYS);
    Map<String, String> links =
        r.links().stream()
            .collect(
                Collectors.toMap(l -> l.left().tag(), l -> l.right().tag() + "/" + l.keyName()));
    assertEquals(Map.of("L1", "R1/employee id", "L2", "R2/e-mail", "L3", "R3/name"), links);
    assertEquals(List.of("L4"), tags(r.onlyLeft()));
    assertEquals(List.of("R5"), tags(r.onlyRight()));
    assertEquals(List.of(), r.ambiguous());
  }

  @Test
  void ambiguityIsReportedNeverGuessed() {
    List<Person> left =
        List.of(p("L1", null, null, "Sam Smith"), p("L2", null, null, "sam  SMITH"));
    List<Person> right = List.of(p("R1", null, null, "Sam Smith"), p("R2", "X", null, "Pat Doe"));
    Reconciliation<Person, Person> r = Reconciler.reconcile(left, right, KEYS);
    assertEquals(List.of(), r.links());
    assertEquals(1, r.ambiguous().size());
    AmbiguousMatch<Person, Person> m = r.ambiguous().get(0);
    assertEquals("name", m.keyName());
    assertEquals("sam smith", m.keyValue());
    assertEquals(List.of("L1", "L2"), tags(m.lefts()));
    assertEquals(List.of("R1"), tags(m.rights()));
    assertEquals(List.of(), r.onlyLeft());
    assertEquals(List.of("R2"), tags(r.onlyRight()));
  }

  @Test
  void aWeakerKeyNeverOverridesAConflictOfAStrongerOne() {
    // Two right records share employee id E1; the name would single one out, but that is a guess.
    List<Person> left = List.of(p("L1", "E1", null, "Ann Lee"));
    List<Person> right = List.of(p("R1", "E1", null, "Ann Lee"), p("R2", "E1", null, "Other"));
    Reconciliation<Person, Person> r = Reconciler.reconcile(left, right, KEYS);
    assertEquals(List.of(), r.links());
    assertEquals("employee id", r.ambiguous().get(0).keyName());
    assertEquals(List.of(), r.onlyLeft());
    assertEquals(List.of(), r.onlyRight());
  }

  @Test
  void duplicatesOnOneSideWithoutPartnerStayAvailableForWeakerKeys() {
    // Two lefts share e-mail, but no right has it: nothing is ambiguous, names decide.
    List<Person> left =
        List.of(p("L1", null, "team@x.com", "Ann Lee"), p("L2", null, "team@x.com", "Bob Roe"));
    List<Person> right = List.of(p("R1", null, null, "ann lee"), p("R2", null, null, "bob roe"));
    Reconciliation<Person, Person> r = Reconciler.reconcile(left, right, KEYS);
    assertEquals(2, r.links().size());
    assertEquals(List.of(), r.ambiguous());
  }

  @ParameterizedTest(name = "''{0}'' ~ ''{1}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "José García|jose garcia",
        "  ANN   lee |ann lee",
        "Zoë\tSaldaña|zoe saldana",
        "Ｆｕｌｌ Ｗｉｄｔｈ|full width",
        "Łukasz|łukasz",
        "Straße|straße"
      })
  void personNamesNormalise(String raw, String expected) {
    assertEquals(expected, Normalizer.personName().normalize(raw));
  }

  @Test
  void blankKeysDoNotMatch() {
    assertNull(
        MatchKey.<Person, Person>of(
                "id", Person::employeeId, Person::employeeId, Normalizer.trimmed())
            .leftKey(p("x", "   ", null, "n")));
    Reconciliation<Person, Person> r =
        Reconciler.reconcile(
            List.of(p("L1", " ", null, "a")), List.of(p("R1", "", null, "b")), KEYS.subList(0, 1));
    assertEquals(List.of(), r.links());
  }

  @Test
  void mixedCaseProjectNumbersWithCaseInsensitiveKey() {
    MatchKey<String, String> number =
        MatchKey.of("project number", s -> s, s -> s, Normalizer.caseInsensitive());
    Reconciliation<String, String> r =
        Reconciler.reconcile(
            List.of("p-100", "P-200"), List.of(" P-100", "p-300"), List.of(number));
    assertEquals(1, r.links().size());
    assertEquals("P-100", r.links().get(0).keyValue());
    assertEquals(List.of("P-200"), r.onlyLeft());
    assertEquals(List.of("p-300"), r.onlyRight());
  }

  /** Every record ends in exactly one place, and links are one-to-one. */
  @Seeded(tries = 300)
  void everyRecordAppearsExactlyOnce(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Integer> leftIds = Seeds.list(random, 0, 40, r -> Seeds.between(r, 0, 15));
    List<Integer> rightIds = Seeds.list(random, 0, 40, r -> Seeds.between(r, 0, 15));
    List<Person> left = new ArrayList<>();
    for (int i = 0; i < leftIds.size(); i++) {
      left.add(
          p(
              "L" + i,
              leftIds.get(i) % 3 == 0 ? null : "E" + leftIds.get(i),
              null,
              "n" + (leftIds.get(i) % 5)));
    }
    List<Person> right = new ArrayList<>();
    for (int i = 0; i < rightIds.size(); i++) {
      right.add(p("R" + i, "E" + rightIds.get(i), null, "N" + (rightIds.get(i) % 5)));
    }
    Reconciliation<Person, Person> r = Reconciler.reconcile(left, right, KEYS);
    Map<Person, Integer> seen = new IdentityHashMap<>();
    r.links()
        .forEach(
            l -> {
              seen.merge(l.left(), 1, Integer::sum);
              seen.merge(l.right(), 1, Integer::sum);
            });
    r.onlyLeft().forEach(x -> seen.merge(x, 1, Integer::sum));
    r.onlyRight().forEach(x -> seen.merge(x, 1, Integer::sum));
    r.ambiguous()
        .forEach(
            m -> {
              m.lefts().forEach(x -> seen.merge(x, 1, Integer::sum));
              m.rights().forEach(x -> seen.merge(x, 1, Integer::sum));
            });
    assertEquals(left.size() + right.size(), seen.size());
    seen.values().forEach(count -> assertEquals(1, count));
  }
}
