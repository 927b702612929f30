package dev.procoresync.core.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The INFO line a finished {@link SyncRun} logs. Core's test classpath has slf4j-api only (no
 * provider), so the line is checked through {@link SyncRun#summary}, the one method that writes it.
 */
class SyncRunLogLineTest {

  /** A clock that moves by 987 ms every time it is read after the first. */
  private static final class SteppingClock extends Clock {
    private Instant now = Instant.parse("2026-11-23T12:00:00Z");
    private boolean started;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      if (started) {
        now = now.plusMillis(987);
      }
      started = true;
      return now;
    }
  }

  @Test
  void finishedRunLineHasStatusDurationAndEveryCount() {
    SyncRun run =
        SyncRun.start(
            "vendor-upsert", "company:1001", 6, RunOptions.defaults(), new SteppingClock());
    run.record(RecordOutcome.created("vendor V-1", "1"));
    run.record(RecordOutcome.created("vendor V-2", "2"));
    run.record(RecordOutcome.updated("vendor V-3", "3"));
    run.record(RecordOutcome.unchanged("vendor V-4", "4"));
    run.record(RecordOutcome.skipped("vendor V-5", "invalid", "name is blank"));
    run.record(RecordOutcome.failed("vendor V-6", "ServiceException", "secret-free message"));

    SyncReport report = run.complete();

    assertEquals(
        "vendor-upsert (company:1001) COMPLETED in 987 ms: 6 inputs, 2 created, 1 updated,"
            + " 1 unchanged, 0 archived, 1 skipped, 1 failed",
        SyncRun.summary(report));
  }

  @Test
  void dryRunAndCancelledRunsSaySo() {
    SyncRun run =
        SyncRun.start(
            "cost-codes",
            "company:7",
            RunOptions.builder().dryRun(true).build(),
            new SteppingClock());
    run.record(RecordOutcome.created("cost code 01", null));

    String line = SyncRun.summary(run.cancel());

    assertEquals(
        "cost-codes (company:7) CANCELLED (dry run) in 987 ms: 1 inputs, 1 created, 0 updated,"
            + " 0 unchanged, 0 archived, 0 skipped, 0 failed",
        line);
    assertFalse(line.contains("cost code 01"), "the line holds counts, never record keys");
  }
}
