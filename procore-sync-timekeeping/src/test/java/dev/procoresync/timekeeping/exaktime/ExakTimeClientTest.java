package dev.procoresync.timekeeping.exaktime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.error.ServiceException;
import dev.procoresync.testkit.http.Fault;
import dev.procoresync.timekeeping.exaktime.client.ExakTimeClient;
import dev.procoresync.timekeeping.exaktime.model.ExakTimeCostCode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ExakTime client against the fake ExakTime: key header, paging, errors, retries. */
class ExakTimeClientTest {
  ExakTimeWorld w;

  @BeforeEach
  void setUp() {
    w = new ExakTimeWorld();
  }

  @AfterEach
  void tearDown() {
    w.close();
  }

  @Test
  void aWrongKeyIsA401AndTheKeyIsNeverPrinted() {
    try (ExakTimeClient bad =
        ExakTimeClient.builder()
            .baseUrl(w.exakTime.baseUrl())
            .subscriptionKey("nope-secret")
            .build()) {
      ServiceException e =
          assertThrows(ServiceException.class, () -> bad.costCodes().list().iterator().hasNext());
      assertEquals(401, e.status());
      assertTrue(e.getMessage().contains("subscription key"), e.getMessage());
      assertFalse(e.getMessage().contains("nope-secret"), e.getMessage());
      assertFalse(bad.toString().contains("nope-secret"));
    }
  }

  @Test
  void costCodesPageByOneHundred() {
    for (int i = 0; i < 250; i++) {
      w.exak
          .costCodes()
          .create(ExakTimeCostCode.builder().identifier("C" + i).name("Code " + i).build());
    }
    assertEquals(250, w.exak.costCodes().list().stream().count());
    assertEquals(3, w.exakTime.requests("GET /v1/Time/CostCodes").size());
  }

  @Test
  void namesAreUniqueAndCostCodesAreDeactivatedNotDeleted() {
    w.exak.costCodes().create(ExakTimeCostCode.builder().identifier("A").name("Labor").build());
    ServiceException e =
        assertThrows(
            ServiceException.class,
            () ->
                w.exak
                    .costCodes()
                    .create(ExakTimeCostCode.builder().identifier("B").name("labor").build()));
    assertEquals(409, e.status());
    ExakTimeCostCode off =
        w.exak
            .costCodes()
            .update(
                ExakTimeCostCode.builder().identifier("A").name("Labor").isActive(false).build());
    assertEquals(false, off.isActive().orElseThrow());
  }

  @Test
  void readsAreRetriedOnTheFakeClock() {
    w.exakTime.failNext("GET /v1/Time/CostCodes", 2, Fault.status(503));
    java.time.Instant before = w.clock.instant();
    assertEquals(0, w.exak.costCodes().list().stream().count());
    assertTrue(Duration.between(before, w.clock.instant()).compareTo(Duration.ZERO) > 0);
    assertEquals(3, w.exakTime.requests("GET /v1/Time/CostCodes").size());
  }
}
