package dev.procoresync.benchmarks.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.model.TimecardApprovalStatus;
import dev.procoresync.core.model.TimecardEntry;
import dev.procoresync.core.model.TimesheetStatus;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two sides of the benchmark decode the same page into the same values. */
class PageDecodeBenchmarkTest {

  @Test
  void bothSidesDecodeTheSameValuesFromTheSameBytes() throws Exception {
    PageDecodeBenchmark benchmark = new PageDecodeBenchmark();
    benchmark.setUp();

    List<TimecardEntry> models = benchmark.immutableModels();
    List<TimecardEntryPojo> pojos = benchmark.plainJacksonPojo();

    assertEquals(PageDecodeBenchmark.ITEMS, models.size());
    assertEquals(PageDecodeBenchmark.ITEMS, pojos.size());
    for (int i = 0; i < models.size(); i++) {
      TimecardEntry m = models.get(i);
      TimecardEntryPojo p = pojos.get(i);
      assertEquals(m.id(), p.id);
      assertEquals(m.date().orElseThrow(), p.date);
      assertEquals(m.hours().orElseThrow(), p.hours);
      assertEquals(m.timeIn().orElseThrow(), p.timeIn);
      assertEquals(m.timeOut().orElseThrow(), p.timeOut);
      assertEquals(m.lunchTime().orElseThrow(), p.lunchTime);
      assertEquals(m.description().orElseThrow(), p.description);
      assertEquals(m.approvalStatus().orElseThrow(), p.approvalStatus);
      assertEquals(m.timesheet().orElseThrow().status().orElseThrow(), p.timesheet.status);
      assertEquals(m.costCode().orElseThrow().fullCode().orElseThrow(), p.costCode.fullCode);
      assertEquals(
          m.timecardTimeType().orElseThrow().abbreviatedTimeType().orElseThrow(),
          p.timecardTimeType.abbreviatedTimeType);
      assertEquals(m.party().orElseThrow().name().orElseThrow(), p.party.name);
      assertEquals(m.originData().orElseThrow(), p.originData);
      assertEquals(m.createdAt().orElseThrow(), p.createdAt);
      assertEquals(m.updatedAt().orElseThrow(), p.updatedAt);
      assertTrue(m.subJob().isEmpty());
      assertNull(p.subJob);
      assertTrue(m.deletedAt().isEmpty());
      assertNull(p.deletedAt);
    }
    // the mapper features shared by both sides: scale kept from strings, offsets kept, enums read
    assertEquals(new BigDecimal("1.50"), pojos.get(1).hours);
    assertEquals("-05:00", pojos.get(0).timeIn.getOffset().getId());
    assertEquals(TimecardApprovalStatus.PENDING, pojos.get(0).approvalStatus);
    assertEquals(TimesheetStatus.PENDING, pojos.get(0).timesheet.status);
  }
}
