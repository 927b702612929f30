package dev.procoresync.core.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procoresync.core.mapping.budgetcode.BudgetCodeFormat;
import dev.procoresync.core.mapping.budgetcode.BudgetCodeSplitter;
import dev.procoresync.core.mapping.budgetcode.SplitBudgetCode;
import dev.procoresync.core.mapping.changeorder.ChangeOrderCategory;
import dev.procoresync.core.mapping.changeorder.ChangeOrderClassifier;
import dev.procoresync.core.mapping.changeorder.ChangeOrderFacts;
import dev.procoresync.core.mapping.changeorder.ChangeOrderKind;
import dev.procoresync.core.mapping.changeorder.ChangeOrderRules;
import dev.procoresync.core.mapping.changeorder.NpcRule;
import dev.procoresync.core.mapping.hierarchy.FlatEntry;
import dev.procoresync.core.mapping.hierarchy.Flattener;
import dev.procoresync.core.mapping.hierarchy.Hierarchy;
import dev.procoresync.core.mapping.hierarchy.RollUp;
import dev.procoresync.core.mapping.reconcile.MatchKey;
import dev.procoresync.core.mapping.reconcile.Normalizer;
import dev.procoresync.core.mapping.reconcile.Reconciler;
import dev.procoresync.core.mapping.reconcile.Reconciliation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The README snippets of the mapping primitives, compiled and checked. */
class MappingExamplesTest {

  record Project(long id, @Nullable Long parentId, String name, String number) {}

  record Entry(long projectId, BigDecimal hours) {}

  record Worker(String employeeId, String email, String name) {}

  @Test
  void readmeSnippets() {
    // Budget code -> Business Central Job Task No., Cost Type, Segment Code
    BudgetCodeSplitter splitter = BudgetCodeSplitter.of(BudgetCodeFormat.procoreDefault());
    SplitBudgetCode split = splitter.split("P.06-200.LAB").value();
    assertEquals("06-200", split.costCode());
    assertEquals(Optional.of("LAB"), split.costType());
    assertEquals(Optional.of("P"), split.subJob());

    // busybusy sub-project hours accrue on the Procore (root) project
    List<Project> projects =
        List.of(new Project(1, null, "PJA", "200"), new Project(2, 1L, "SJB", "005"));
    Hierarchy<Long, Project> tree =
        Hierarchy.build(projects, Project::id, Project::parentId, 7).hierarchy();
    Map<Long, BigDecimal> hours =
        RollUp.toTopAncestor(
                tree, List.of(new Entry(2, new BigDecimal("7.5"))), Entry::projectId, Entry::hours)
            .totals();
    assertEquals(Map.of(1L, new BigDecimal("7.5")), hours);

    // ExakTime locations: PJA.SJB / 200.005
    List<FlatEntry<Long>> locations = Flattener.flatten(tree, Project::name, Project::number, ".");
    assertEquals("PJA.SJB", locations.get(1).composedName());
    assertEquals("200.005", locations.get(1).composedId());

    // Change orders: REGULAR, NPC or NOT_ELIGIBLE with reasons
    ChangeOrderClassifier classifier =
        ChangeOrderClassifier.of(
            ChangeOrderRules.defaults().withNpcRule(NpcRule.customField("NPC")));
    ChangeOrderFacts co =
        ChangeOrderFacts.builder()
            .kind(ChangeOrderKind.PACKAGE)
            .id(77)
            .rawStatus("approved")
            .projectId(10L)
            .putCustomField("NPC", "true")
            .build();
    assertEquals(ChangeOrderCategory.NPC, classifier.classify(co).category());

    // Link identical records first; never guess
    Reconciliation<Worker, Worker> r =
        Reconciler.reconcile(
            List.of(new Worker("E1", "ann@x.com", "Ann Lee")),
            List.of(new Worker("", "ANN@x.com", "Ann  Lee")),
            List.of(
                MatchKey.of(
                    "employee id", Worker::employeeId, Worker::employeeId, Normalizer.trimmed()),
                MatchKey.of("e-mail", Worker::email, Worker::email, Normalizer.email()),
                MatchKey.of("name", Worker::name, Worker::name, Normalizer.personName())));
    assertEquals("e-mail", r.links().get(0).keyName());
  }
}
