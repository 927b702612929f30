package dev.procoresync.core.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.error.TransportException;
import dev.procoresync.core.sync.CancellationToken;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.ProgressListener;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.ResumePosition;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class UpsertTemplateTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC);

  static List<Item> items(int n) {
    List<Item> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(Item.of(String.format("erp:item:%03d", i), "value " + i));
    }
    return out;
  }

  static SyncReport run(MemoryTarget target, Iterable<Item> source, RunOptions options) {
    return run(target, source, RecordMapper.of(Function.identity()), options);
  }

  static SyncReport run(
      MemoryTarget target,
      Iterable<Item> source,
      RecordMapper<Item, Item> mapper,
      RunOptions options) {
    return UpsertTemplate.of("items", target, CLOCK).run("test:1", source, mapper, options);
  }

  @SuppressWarnings("unchecked")
  static <E extends Throwable> RuntimeException sneaky(Throwable e) throws E {
    throw (E) e;
  }

  @Test
  void createsInWindowsThenARerunWritesNothing() {
    MemoryTarget target = new MemoryTarget(4);

    SyncReport first = run(target, items(10), RunOptions.defaults());
    SyncReport second = run(target, items(10), RunOptions.defaults());

    assertEquals(10, first.count(Outcome.CREATED));
    assertEquals(3, target.calls.size(), "windows of 4, 4 and 2");
    assertEquals(10, second.count(Outcome.UNCHANGED));
    assertEquals(3, target.calls.size(), "the rerun writes nothing");
  }

  @Test
  void aMappingThatThrowsACheckedExceptionFailsThatRecordAndTheRunGoesOn() {
    MemoryTarget target = new MemoryTarget(4);
    RecordMapper<Item, Item> mapper =
        (item, context) -> {
          if (item.key().endsWith("003")) {
            throw sneaky(new IOException("the ERP's file is locked"));
          }
          return Mapped.upsert(item);
        };

    SyncReport report = run(target, items(6), mapper, RunOptions.defaults());

    assertEquals(SyncReport.Status.COMPLETED, report.status());
    assertEquals(5, report.count(Outcome.CREATED));
    RecordOutcome failed = report.failures().get(0);
    assertEquals("record #3", failed.key());
    assertEquals(IOException.class.getName(), failed.errorType().orElseThrow());
  }

  @Test
  void aMappingThatThrowsAnErrorFailsThatRecordFinishesTheOthersAndAborts() {
    MemoryTarget target = new MemoryTarget(3);
    RecordMapper<Item, Item> mapper =
        (item, context) -> {
          if (item.key().endsWith("006")) {
            throw new AssertionError("a bug in the host's mapping");
          }
          return Mapped.upsert(item);
        };

    SyncReport report = run(target, items(10), mapper, RunOptions.defaults());

    assertEquals(SyncReport.Status.ABORTED, report.status());
    assertEquals(6, report.totalInputs(), "records 1-5 and the failing one");
    assertEquals(5, report.count(Outcome.CREATED), "the pending window (4, 5) is written");
    assertEquals(5, target.store.size());
    assertEquals("record #6", report.failures().get(0).key());
    assertTrue(report.abortReason().orElseThrow().startsWith("java.lang.AssertionError: a bug"));
    assertInstanceOf(AssertionError.class, report.abortCause().orElseThrow());
    assertEquals("6", report.resumeFrom().orElseThrow().token());
    assertEquals(report, SyncReport.fromJson(report.toJson()));
  }

  @Test
  void aSourceThatThrowsHalfWayAbortsWithEveryRecordTakenAccountedFor() {
    MemoryTarget target = new MemoryTarget(4);
    IllegalStateException broken = new IllegalStateException("ERP connection lost");
    Iterable<Item> source =
        () ->
            new Iterator<>() {
              int taken;

              @Override
              public boolean hasNext() {
                return true;
              }

              @Override
              public Item next() {
                if (taken == 6) {
                  throw broken;
                }
                taken++;
                return Item.of(String.format("erp:item:%03d", taken), "v");
              }
            };

    SyncReport report = run(target, source, RunOptions.defaults());

    assertEquals(SyncReport.Status.ABORTED, report.status());
    assertEquals(6, report.count(Outcome.CREATED));
    assertEquals(6, target.store.size(), "the window pending at the failure is written");
    assertSame(broken, report.abortCause().orElseThrow());
    assertEquals("6", report.resumeFrom().orElseThrow().token());
  }

  @Test
  void aSourceWhoseIteratorThrowsAtOnceAbortsBeforeAnyWrite() {
    MemoryTarget target = new MemoryTarget(4);
    Iterable<Item> source =
        () -> {
          throw sneaky(new IOException("cannot open"));
        };

    SyncReport report = run(target, source, RunOptions.defaults());

    assertEquals(SyncReport.Status.ABORTED, report.status());
    assertEquals(0, report.totalInputs());
    assertTrue(target.calls.isEmpty());
  }

  @Test
  void aVirtualMachineErrorPropagatesAfterTheReportIsHandedToTheListener() {
    MemoryTarget target = new MemoryTarget(4);
    AtomicReference<SyncReport> seen = new AtomicReference<>();
    ProgressListener listener =
        new ProgressListener() {
          @Override
          public void onFinish(SyncReport report) {
            seen.set(report);
          }
        };
    OutOfMemoryError oom = new OutOfMemoryError("simulated");
    RecordMapper<Item, Item> mapper =
        (item, context) -> {
          if (item.key().endsWith("007")) {
            throw oom;
          }
          return Mapped.upsert(item);
        };

    OutOfMemoryError thrown =
        assertThrows(
            OutOfMemoryError.class,
            () -> run(target, items(10), mapper, RunOptions.builder().listener(listener).build()));

    assertSame(oom, thrown);
    SyncReport report = seen.get();
    assertEquals(SyncReport.Status.ABORTED, report.status());
    assertEquals(6, report.totalInputs(), "every record taken before the error has an outcome");
    assertEquals(4, report.count(Outcome.CREATED), "the first window was written");
    assertEquals(2, report.count(Outcome.FAILED), "the pending window is failed, unwritten");
    assertEquals(4, target.store.size());
  }

  /** A collection whose size() does not tell the truth. */
  static final class Lying extends AbstractCollection<Item> {
    private final List<Item> items;
    private final int claimed;

    Lying(List<Item> items, int claimed) {
      this.items = items;
      this.claimed = claimed;
    }

    @Override
    public Iterator<Item> iterator() {
      return items.iterator();
    }

    @Override
    public int size() {
      return claimed;
    }
  }

  @Test
  void aSourceWhoseSizeIsTooSmallLosesNoAccounting() {
    MemoryTarget target = new MemoryTarget(2);

    SyncReport report = run(target, new Lying(items(5), 2), RunOptions.defaults());

    assertEquals(SyncReport.Status.COMPLETED, report.status());
    assertEquals(5, report.count(Outcome.CREATED));
    assertEquals(5, report.declaredInputs().orElseThrow());
    assertEquals(5, target.store.size());
  }

  @Test
  void aSourceWhoseSizeIsTooLargeStillCompletes() {
    MemoryTarget target = new MemoryTarget(2);

    SyncReport report = run(target, new Lying(items(3), 10), RunOptions.defaults());

    assertEquals(SyncReport.Status.COMPLETED, report.status());
    assertEquals(3, report.count(Outcome.CREATED));
    assertEquals(3, report.declaredInputs().orElseThrow());
  }

  @Test
  void aWriteThatTimesOutAfterItWasAppliedIsReportedAsWhatTheTargetHolds() {
    MemoryTarget target = new MemoryTarget(10);
    target.store.put("erp:item:002", new Item("erp:item:002", "old", "7"));
    target.failNextWrite(() -> new TransportException("items", "read timed out", null), true);

    SyncReport report = run(target, items(3), RunOptions.defaults());

    assertEquals(2, report.count(Outcome.CREATED), "looked up, not FAILED");
    assertEquals(1, report.count(Outcome.UPDATED));
    assertEquals(0, report.count(Outcome.FAILED));
    assertEquals(1, target.lookups.get());
  }

  @Test
  void aWriteThatFailedWithA5xxBeforeApplyingIsFailedAfterTheLookup() {
    MemoryTarget target = new MemoryTarget(10);
    target.failNextWrite(() -> MemoryTarget.status(502), false);

    SyncReport report = run(target, items(3), RunOptions.defaults());

    assertEquals(3, report.count(Outcome.FAILED));
    assertEquals(1, target.lookups.get());
    SyncReport rerun = run(target, items(3), RunOptions.defaults());
    assertEquals(3, rerun.count(Outcome.CREATED));
  }

  @Test
  void aWriteRefusedWithA4xxIsFailedWithoutALookup() {
    MemoryTarget target = new MemoryTarget(10);
    target.failNextWrite(() -> MemoryTarget.status(422), false);

    SyncReport report = run(target, items(3), RunOptions.defaults());

    assertEquals(3, report.count(Outcome.FAILED));
    assertEquals(0, target.lookups.get());
  }

  @Test
  void anAnswerThatNamesNeitherResultNorErrorIsSettledByTheLookup() {
    MemoryTarget target = new MemoryTarget(10);
    target.answerNothingFor(Set.of("erp:item:002"));
    target.refuse = Set.of("erp:item:003");

    SyncReport report = run(target, items(3), RunOptions.defaults());

    assertEquals(2, report.count(Outcome.CREATED));
    assertEquals(1, report.count(Outcome.FAILED));
    assertEquals("refused erp:item:003", report.failures().get(0).message().orElseThrow());
    assertEquals(1, target.lookups.get());
  }

  @Test
  void aDryRunWritesNothingAndSaysWhatItWouldDo() {
    MemoryTarget target = new MemoryTarget(2);
    target.store.put("erp:item:001", new Item("erp:item:001", "old", "7"));

    SyncReport report = run(target, items(3), RunOptions.builder().dryRun(true).build());

    assertTrue(report.dryRun());
    assertEquals(1, report.count(Outcome.UPDATED));
    assertEquals(2, report.count(Outcome.CREATED));
    assertTrue(target.calls.isEmpty());
  }

  @Test
  void cancellationStopsAtTheNextRecordBoundaryAndTheResumedRunCountsWhatItPassedOver() {
    MemoryTarget target = new MemoryTarget(4);
    CancellationToken cancel = CancellationToken.create();
    List<Item> all = items(10);
    Iterable<Item> source =
        () ->
            new Iterator<>() {
              final Iterator<Item> it = all.iterator();
              int taken;

              @Override
              public boolean hasNext() {
                return it.hasNext();
              }

              @Override
              public Item next() {
                if (++taken == 6) {
                  cancel.cancel(); // the host cancels while record 6 is handed over
                }
                return it.next();
              }
            };

    SyncReport cancelled = run(target, source, RunOptions.builder().cancellation(cancel).build());

    assertEquals(SyncReport.Status.CANCELLED, cancelled.status());
    assertEquals(6, cancelled.totalInputs(), "record 6 was taken: it is finished, 7 is not taken");
    assertEquals(ResumePosition.afterRecords(6), cancelled.resumeFrom().orElseThrow());
    assertEquals(6, target.store.size());

    SyncReport resumed =
        run(target, all, RunOptions.builder().resumeFrom(cancelled.resumeFrom()).build());

    assertEquals(SyncReport.Status.COMPLETED, resumed.status());
    assertEquals(6, resumed.resumedPast());
    assertEquals(4, resumed.totalInputs());
    assertEquals(0, resumed.count(Outcome.SKIPPED));
    assertEquals(10, resumed.inputs());
    assertEquals(10, target.itemsWritten(), "nothing written twice");
    assertEquals(resumed, SyncReport.fromJson(resumed.toJson()));
  }

  @Test
  void aResumePositionOfAnotherFormIsRefusedBeforeAnything() {
    MemoryTarget target = new MemoryTarget(4);
    RunOptions options = RunOptions.builder().resumeFrom(ResumePosition.of("V-0042")).build();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> run(target, items(3), options));

    assertTrue(e.getMessage().contains("resumeFrom is not a position of items"), e.getMessage());
  }

  @Test
  void keysATargetCouldNotStoreAsGivenAreSkippedWithTheReason() {
    MemoryTarget target = new MemoryTarget(4);
    List<Item> source =
        List.of(
            Item.of("erp:item:\uD800x", "lone high surrogate"),
            Item.of("erp:item:a\u2028b", "line separator"),
            Item.of("erp:item:a\u200Bb", "zero-width space"),
            Item.of("erp:item:\u0007", "bell"),
            Item.of("erp:item:\uD83D\uDE00", "an emoji is a whole character"));

    SyncReport report = run(target, source, RunOptions.defaults());

    assertEquals(4, report.count(Outcome.SKIPPED));
    assertEquals(1, report.count(Outcome.CREATED));
    List<String> reasons = report.skips().stream().map(s -> s.reason().orElseThrow()).toList();
    assertEquals(
        List.of(
            "origin_id.key.character",
            "origin_id.key.character",
            "origin_id.key.character",
            "origin_id.key.control"),
        reasons);
    assertTrue(
        report.skips().get(0).message().orElseThrow().contains("lone surrogate"),
        report.skips().get(0).message().orElseThrow());
  }

  @Test
  void aMillionCharacterKeyIsSkippedAndDoesNotMakeAHugeReport() {
    MemoryTarget target = new MemoryTarget(4);
    String key = "erp:item:" + "k".repeat(1_000_000);

    SyncReport report = run(target, List.of(Item.of(key, "v")), RunOptions.defaults());

    assertEquals("origin_id.too_long", report.skips().get(0).reason().orElseThrow());
    assertTrue(report.toJson().length() < 20_000, "JSON is " + report.toJson().length());
    assertTrue(report.toText().length() < 5_000, "text is " + report.toText().length());
    assertTrue(report.skips().get(0).key().endsWith(" chars]"), report.skips().get(0).key());
  }

  @Test
  void duplicateKeysAndMissingKeysAreSkipped() {
    MemoryTarget target = new MemoryTarget(4);
    List<Item> source =
        List.of(Item.of("erp:item:1", "a"), Item.of("erp:item:1", "b"), Item.of(null, "c"));

    SyncReport report = run(target, source, RunOptions.defaults());

    assertEquals(1, report.count(Outcome.CREATED));
    assertEquals(
        List.of("origin_id.duplicate", "origin_id.missing"),
        report.skips().stream().map(s -> s.reason().orElseThrow()).toList());
    assertEquals("item (no origin_id)", report.skips().get(1).key());
  }

  @Test
  void anArchiveRemovesWhatTheTargetHoldsAndIsUnchangedWhenItHoldsNothing() {
    MemoryTarget target = new MemoryTarget(4);
    target.store.put("erp:item:1", new Item("erp:item:1", "a", "7"));
    RecordMapper<Item, Item> archiveAll = (item, context) -> Mapped.archive(item);

    SyncReport report =
        run(
            target,
            List.of(Item.of("erp:item:1", "a"), Item.of("erp:item:2", "b")),
            archiveAll,
            RunOptions.defaults());

    assertEquals(1, report.count(Outcome.ARCHIVED));
    assertEquals(1, report.count(Outcome.UNCHANGED));
    assertFalse(target.store.containsKey("erp:item:1"));
  }

  @Test
  void aMappingThatAsksForAPendingRecordsIdGetsItAfterItsWindowIsWritten() {
    MemoryTarget target = new MemoryTarget(100);
    List<String> parentIds = new ArrayList<>();
    RecordMapper<Item, Item> mapper =
        (item, context) -> {
          if (item.value().startsWith("child of ")) {
            String parent = item.value().substring("child of ".length());
            parentIds.add(context.targetIdOf(parent).orElse("none"));
            assertTrue(context.accepted(parent));
          }
          return Mapped.upsert(item);
        };

    SyncReport report =
        run(
            target,
            List.of(Item.of("erp:item:p", "parent"), Item.of("erp:item:c", "child of erp:item:p")),
            mapper,
            RunOptions.defaults());

    assertEquals(2, report.count(Outcome.CREATED));
    assertEquals(List.of(target.store.get("erp:item:p").id()), parentIds);
    assertEquals(2, target.calls.size(), "the parent's window was written before the child");
  }

  @Test
  void refusedRecordsAreNotAcceptedAsParents() {
    MemoryTarget target = new MemoryTarget(100);
    target.refuse = Set.of("erp:item:p");
    AtomicReference<Object> seen = new AtomicReference<>();
    RecordMapper<Item, Item> mapper =
        (item, context) -> {
          if (item.key().equals("erp:item:c")) {
            context.targetIdOf("erp:item:p");
            seen.set(Map.of(context.accepted("erp:item:p"), context.refusedAs("erp:item:p")));
          }
          return Mapped.upsert(item);
        };

    run(
        target,
        List.of(Item.of("erp:item:p", "p"), Item.of("erp:item:c", "c")),
        mapper,
        RunOptions.defaults());

    assertEquals(Map.of(false, java.util.Optional.of(Outcome.FAILED)), seen.get());
  }
}
