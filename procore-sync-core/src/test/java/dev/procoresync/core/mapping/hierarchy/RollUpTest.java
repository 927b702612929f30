package dev.procoresync.core.mapping.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RollUpTest {

  record Project(long id, @Nullable Long parentId, String title) {}

  record Entry(String employee, @Nullable Long projectId, String costCode, String hours) {
    BigDecimal amount() {
      return new BigDecimal(hours);
    }
  }

  final Hierarchy<Long, Project> projects =
      Hierarchy.<Long, Project>build(
              List.of(
                  new Project(1, null, "Johnson Home"),
                  new Project(2, 1L, "Concrete"),
                  new Project(3, 2L, "Footings"),
                  new Project(9, null, "Other")),
              Project::id,
              Project::parentId,
              7)
          .hierarchy();

  @Test
  void subProjectHoursAccrueOnTheParentProject() {
    RollUpResult<Long, Entry> result =
        RollUp.toTopAncestor(
            projects,
            List.of(
                new Entry("e1", 1L, "01", "2.5"),
                new Entry("e1", 2L, "01", "4"),
                new Entry("e2", 3L, "01", "1.25"),
                new Entry("e2", 9L, "01", "8")),
            Entry::projectId,
            Entry::amount);
    assertEquals(Map.of(1L, new BigDecimal("7.75"), 9L, new BigDecimal("8")), result.totals());
    assertEquals(List.of(), result.unmatched());
  }

  @Test
  void groupsByEmployeeRootProjectAndCostCode() {
    RollUpResult<List<Object>, Entry> result =
        RollUp.toTopAncestor(
            projects,
            List.of(
                new Entry("e1", 2L, "01", "4"),
                new Entry("e1", 3L, "01", "1"),
                new Entry("e1", 3L, "02", "2")),
            Entry::projectId,
            (root, e) -> List.of(e.employee(), root, e.costCode()),
            Entry::amount);
    assertEquals(
        Map.of(
            List.of("e1", 1L, "01"), new BigDecimal("5"),
            List.of("e1", 1L, "02"), new BigDecimal("2")),
        result.totals());
  }

  @Test
  void entriesThatCannotRollUpAreListedWithAViolation() {
    Entry noProject = new Entry("e1", null, "01", "1");
    Entry unknown = new Entry("e1", 42L, "01", "1");
    RollUpResult<Long, Entry> result =
        RollUp.toTopAncestor(
            projects,
            List.of(noProject, unknown, new Entry("e1", 1L, "01", "1")),
            Entry::projectId,
            Entry::amount);
    assertEquals(List.of(noProject, unknown), result.unmatched());
    assertEquals(RollUp.MISSING_KEY, result.violations().get(0).code());
    assertEquals(RollUp.UNKNOWN_KEY, result.violations().get(1).code());
    assertEquals("42", result.violations().get(1).rejectedValue());
    assertEquals(Map.of(1L, BigDecimal.ONE), result.totals());
  }
}
