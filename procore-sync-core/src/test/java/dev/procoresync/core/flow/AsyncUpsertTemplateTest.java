package dev.procoresync.core.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.sync.CancellationToken;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.ProgressListener;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class AsyncUpsertTemplateTest {
  private final QueueTarget target = new QueueTarget();
  private final AsyncUpsertTemplate<Item, Item> template =
      AsyncUpsertTemplate.of("qbd-items", target, UpsertTemplateTest.CLOCK);

  /** Keeps what a host's progress bar would see. */
  static final class Seen implements ProgressListener {
    final List<RecordOutcome> outcomes = new ArrayList<>();
    final List<SyncReport> finished = new ArrayList<>();

    @Override
    public void onRecord(RecordOutcome outcome, long processed, OptionalLong total) {
      outcomes.add(outcome);
    }

    @Override
    public void onFinish(SyncReport report) {
      finished.add(report);
    }
  }

  private AsyncUpsertRun start(List<Item> items, RunOptions options) {
    return template.start("company-file:1", items, RecordMapper.of(Function.identity()), options);
  }

  @Test
  void writesAreQueuedAndTheReportIsFinalOnlyWhenEveryAnswerIsIn() {
    target.store.put("erp:item:001", new Item("erp:item:001", "value 1", "Q-1"));
    List<Item> items = new ArrayList<>(UpsertTemplateTest.items(5));
    items.set(4, Item.of("erp:item:005", "bad"));
    items.add(Item.of("not an origin id", "x"));
    Seen seen = new Seen();

    AsyncUpsertRun run = start(items, RunOptions.builder().listener(seen).build());

    assertFalse(run.isFinal());
    SyncReport snapshot = run.report();
    assertEquals(SyncReport.Status.AWAITING_ANSWERS, snapshot.status());
    assertEquals(4, snapshot.awaiting());
    assertEquals(1, snapshot.count(Outcome.UNCHANGED));
    assertEquals(1, snapshot.count(Outcome.SKIPPED));
    assertEquals(6, snapshot.inputs());
    assertEquals(4, target.queue.size());
    assertTrue(target.store.size() == 1, "nothing is applied before the session");
    assertTrue(seen.finished.isEmpty());

    // hours later, in another process: the state comes back from the host's store
    AsyncUpsertRun stored = AsyncUpsertRun.fromJson(run.toJson());
    assertEquals(run, stored);
    AsyncUpsertRun nothingYet = template.collect(stored, seen);
    assertEquals(4, nothingYet.report().awaiting(), "no answer came yet");

    target.process(2);
    AsyncUpsertRun half = template.collect(AsyncUpsertRun.fromJson(nothingYet.toJson()), seen);
    assertEquals(2, half.report().awaiting());
    assertEquals(2, half.report().count(Outcome.CREATED));
    assertFalse(half.isFinal());

    target.process(2);
    AsyncUpsertRun done = template.collect(half, seen);

    assertTrue(done.isFinal());
    SyncReport report = done.report();
    assertEquals(SyncReport.Status.COMPLETED, report.status());
    assertEquals(3, report.count(Outcome.CREATED));
    assertEquals(1, report.count(Outcome.FAILED));
    assertEquals("3100: the name is in use", report.failures().get(0).message().orElseThrow());
    assertEquals(6, report.totalInputs());
    assertEquals(6, report.declaredInputs().orElseThrow());
    assertEquals(List.of(report), seen.finished);
    assertEquals(6, seen.outcomes.size(), "the listener saw every record once");
    assertSame(done, template.collect(done, seen), "a final run stays as it is");
    assertEquals(done, AsyncUpsertRun.fromJson(done.toJson()));
  }

  @Test
  void aRerunAfterTheAnswersQueuesNothing() {
    AsyncUpsertRun first = start(UpsertTemplateTest.items(3), RunOptions.defaults());
    target.process(3);
    template.collect(first, ProgressListener.none());

    AsyncUpsertRun rerun = start(UpsertTemplateTest.items(3), RunOptions.defaults());

    assertTrue(rerun.isFinal());
    assertEquals(3, rerun.report().count(Outcome.UNCHANGED));
    assertEquals(1, target.enqueueCalls);
  }

  @Test
  void aDryRunQueuesNothingAndIsFinalAtOnce() {
    AsyncUpsertRun run =
        start(UpsertTemplateTest.items(3), RunOptions.builder().dryRun(true).build());

    assertTrue(run.isFinal());
    assertEquals(3, run.report().count(Outcome.CREATED));
    assertEquals(0, target.enqueueCalls);
  }

  @Test
  void aCancelledRunBecomesCancelledOnceItsQueuedRecordsAreAnswered() {
    CancellationToken cancel = CancellationToken.create();
    RecordMapper<Item, Item> mapper =
        (item, context) -> {
          if (item.key().endsWith("002")) {
            cancel.cancel();
          }
          return Mapped.upsert(item);
        };

    AsyncUpsertRun run =
        template.start(
            "company-file:1",
            UpsertTemplateTest.items(5),
            mapper,
            RunOptions.builder().cancellation(cancel).build());

    assertEquals(SyncReport.Status.AWAITING_ANSWERS, run.report().status());
    assertEquals(2, run.report().awaiting());
    target.process(2);
    AsyncUpsertRun done = template.collect(run, ProgressListener.none());
    assertEquals(SyncReport.Status.CANCELLED, done.report().status());
    assertEquals("2", done.report().resumeFrom().orElseThrow().token());
    assertEquals(2, done.report().count(Outcome.CREATED));
  }
}
