package dev.procoresync.core.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.testing.Seeded;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SyncRunTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

  /** A minimal flow over keys "K-000".."K-nnn": writes each key, checkpointing after each. */
  private static SyncReport runFlow(int inputs, RunOptions options, AtomicInteger writes) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < inputs; i++) {
      keys.add(String.format("K-%03d", i));
    }
    String after = options.resumeFrom().map(ResumePosition::token).orElse("");
    List<String> todo = keys.stream().filter(k -> k.compareTo(after) > 0).toList();
    SyncRun run = SyncRun.start("demo", "scope:1", todo.size(), options, CLOCK);
    for (String key : todo) {
      if (run.isCancellationRequested()) {
        return run.cancel();
      }
      Optional<Integer> id = run.write(writes::incrementAndGet);
      run.record(RecordOutcome.created("demo " + key, id.map(String::valueOf).orElse(null)));
      run.checkpoint(ResumePosition.of(key));
    }
    return run.complete();
  }

  @Seeded(tries = 50)
  void aDryRunNeverWrites(long seed) {
    int inputs = new SplittableRandom(seed).nextInt(41);
    AtomicInteger writes = new AtomicInteger();
    SyncReport report = runFlow(inputs, RunOptions.builder().dryRun(true).build(), writes);

    assertEquals(0, writes.get());
    assertTrue(report.dryRun());
    assertEquals(inputs, report.count(Outcome.CREATED));
  }

  @Seeded(tries = 50)
  void aRealRunWritesOncePerWrite(long seed) {
    int inputs = new SplittableRandom(seed).nextInt(41);
    AtomicInteger writes = new AtomicInteger();
    SyncReport report = runFlow(inputs, RunOptions.defaults(), writes);

    assertEquals(inputs, writes.get());
    assertFalse(report.dryRun());
  }

  @Test
  void theWriteGateReturnsWhatTheWriteReturned() {
    SyncRun real = SyncRun.start("f", "s", RunOptions.defaults(), CLOCK);
    assertEquals(Optional.of(42L), real.write(() -> 42L));
    assertThrows(NullPointerException.class, () -> real.write(() -> null));
    SyncRun dry = SyncRun.start("f", "s", RunOptions.builder().dryRun(true).build(), CLOCK);
    assertTrue(dry.isDryRun());
    assertEquals(Optional.empty(), dry.write(() -> 42L));

    List<String> deleted = new ArrayList<>();
    assertFalse(dry.write(() -> deleted.clear()));
    assertTrue(real.write(() -> deleted.add("x")).orElseThrow(), "a value-returning lambda");
    assertTrue(real.write(() -> deleted.clear()));
    assertEquals(List.of(), deleted);
    deleted.add("kept");
    Runnable delete = deleted::clear;
    assertFalse(dry.write(delete));
    assertEquals(List.of("kept"), deleted, "a dry run never calls a void write either");
  }

  @Test
  void cancellationLeavesAResumablePositionAndTheResumedRunFinishesTheRest() {
    CancellationToken cancel = CancellationToken.create();
    ProgressListener cancelAfterThree =
        new ProgressListener() {
          @Override
          public void onRecord(RecordOutcome outcome, long processed, OptionalLong total) {
            if (processed == 3) {
              cancel.cancel();
            }
          }
        };
    AtomicInteger writes = new AtomicInteger();
    SyncReport first =
        runFlow(
            10,
            RunOptions.builder().listener(cancelAfterThree).cancellation(cancel).build(),
            writes);

    assertEquals(SyncReport.Status.CANCELLED, first.status());
    assertEquals(Optional.of(ResumePosition.of("K-002")), first.resumeFrom());
    assertEquals(3, first.totalInputs());
    assertEquals(OptionalLong.of(10), first.declaredInputs());
    SyncReport back = SyncReport.fromJson(first.toJson());

    SyncReport second =
        runFlow(10, RunOptions.builder().resumeFrom(back.resumeFrom()).build(), writes);

    assertEquals(SyncReport.Status.COMPLETED, second.status());
    assertEquals(7, second.totalInputs());
    assertEquals(10, writes.get(), "every input written exactly once over both runs");
  }

  @Test
  void cancellingBeforeAnyCheckpointResumesWhereTheRunStarted() {
    CancellationToken cancel = CancellationToken.create();
    cancel.cancel();
    SyncReport fresh =
        runFlow(5, RunOptions.builder().cancellation(cancel).build(), new AtomicInteger());
    assertEquals(Optional.of(ResumePosition.start()), fresh.resumeFrom());
    assertEquals(0, fresh.totalInputs());

    SyncReport resumed =
        runFlow(
            5,
            RunOptions.builder()
                .cancellation(cancel)
                .resumeFrom(ResumePosition.of("K-001"))
                .build(),
            new AtomicInteger());
    assertEquals(Optional.of(ResumePosition.of("K-001")), resumed.resumeFrom());
  }

  @Test
  void theListenerSeesStartEveryRecordAndFinishInOrder() {
    List<String> events = new ArrayList<>();
    ProgressListener log =
        new ProgressListener() {
          @Override
          public void onStart(String flow, String scope, OptionalLong total) {
            events.add("start " + flow + " " + scope + " " + total);
          }

          @Override
          public void onRecord(RecordOutcome outcome, long processed, OptionalLong total) {
            events.add(outcome.key() + " " + processed + "/" + total.getAsLong());
          }

          @Override
          public void onFinish(SyncReport report) {
            events.add("finish " + report.status());
          }
        };
    List<String> copy = new ArrayList<>();
    ProgressListener second =
        new ProgressListener() {
          @Override
          public void onFinish(SyncReport report) {
            copy.add("finish " + report.totalInputs());
          }
        };
    RunOptions options =
        RunOptions.builder()
            .listener(ProgressListener.composite(log, ProgressListener.none(), second))
            .build();

    runFlow(2, options, new AtomicInteger());

    assertEquals(
        List.of(
            "start demo scope:1 OptionalLong[2]",
            "demo K-000 1/2",
            "demo K-001 2/2",
            "finish COMPLETED"),
        events);
    assertEquals(List.of("finish 2"), copy);
  }

  @Test
  void aRunWithUnknownTotalMayLearnItLater() {
    List<OptionalLong> totals = new ArrayList<>();
    ProgressListener listener =
        new ProgressListener() {
          @Override
          public void onStart(String flow, String scope, OptionalLong total) {
            totals.add(total);
          }

          @Override
          public void onRecord(RecordOutcome outcome, long processed, OptionalLong total) {
            totals.add(total);
          }
        };
    SyncRun run = SyncRun.start("f", "s", RunOptions.builder().listener(listener).build(), CLOCK);
    run.record(RecordOutcome.created("a", "1"));
    run.expect(2);
    run.record(RecordOutcome.created("b", "2"));
    SyncReport report = run.complete();

    assertEquals(List.of(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.of(2)), totals);
    assertEquals(OptionalLong.of(2), report.declaredInputs());
    assertThrows(IllegalStateException.class, run::complete);
  }

  @Test
  void theOptionsBoundTheListedRecords() {
    SyncRun run = SyncRun.start("f", "s", RunOptions.builder().listedPerOutcome(1).build(), CLOCK);
    run.record(RecordOutcome.failed("a", "timeout", "no answer"));
    run.record(RecordOutcome.failed("b", "timeout", "no answer"));
    SyncReport report = run.complete();
    assertEquals(1, report.failures().size());
    assertEquals(1, report.omittedFailures());
    assertEquals(SyncReport.DEFAULT_LISTED_PER_OUTCOME, RunOptions.defaults().listedPerOutcome());
    assertThrows(
        IllegalArgumentException.class, () -> RunOptions.builder().listedPerOutcome(-1).build());
  }

  @Test
  void cancellationTokenIsSharedAcrossThreads() throws Exception {
    CancellationToken token = CancellationToken.create();
    assertFalse(token.isCancelled());
    Thread t = new Thread(token::cancel);
    t.start();
    t.join();
    assertTrue(token.isCancelled());
    token.cancel();
    assertTrue(token.isCancelled());
  }

  @Test
  void resumePositionRefusesABlankToken() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ResumePosition.of(" "));
    assertTrue(e.getMessage().startsWith("token"), e.getMessage());
    assertTrue(ResumePosition.start().atStart());
    assertFalse(ResumePosition.of("x").atStart());
  }
}
