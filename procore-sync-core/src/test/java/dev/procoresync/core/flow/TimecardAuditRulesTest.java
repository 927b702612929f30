package dev.procoresync.core.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimecardAuditRulesTest {

  @Test
  void defaultsTakeApprovedAndCompletedEntriesOfKnownWorkers() {
    TimecardAuditRules rules = TimecardAuditRules.defaults();

    assertEquals(Set.of("approved", "completed"), rules.allowedStatuses());
    assertTrue(rules.checkWorkers());
    assertEquals(Optional.empty(), rules.openPeriods());
    assertFalse(rules.allowsZeroHours("PTO"));
    assertFalse(rules.allowsZeroHours(null));
  }

  @Test
  void zeroHoursTimeTypesMatchIgnoringCaseAndSpaces() {
    TimecardAuditRules rules =
        TimecardAuditRules.builder().zeroHoursTimeTypes(Set.of(" pto ")).build();

    assertTrue(rules.allowsZeroHours("PTO"));
    assertFalse(rules.allowsZeroHours("REG"));
  }

  @Test
  void anEmptySetOfStatusesIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TimecardAuditRules.builder().allowedStatuses(Set.of()).build());
    assertEquals("allowedStatuses must name at least one status", e.getMessage());
  }
}
