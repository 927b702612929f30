package dev.procoresync.it.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.ProgressListener;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.procore.FakeProcore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiPredicate;

/**
 * The soak's invariants over one run: every input exactly one outcome, no duplicate by origin id,
 * and every reported outcome agrees with what the fake holds. Problems are collected, not thrown,
 * so that one message lists all of a seed's.
 */
final class Ledger implements ProgressListener {
  final List<RecordOutcome> outcomes = new CopyOnWriteArrayList<>();
  final List<String> problems = new ArrayList<>();
  private volatile long trigger = -1;
  private volatile Runnable action = () -> {};

  /** Runs an action (e.g. expiring the token) once {@code processed} records have outcomes. */
  Ledger at(long processed, Runnable then) {
    this.trigger = processed;
    this.action = then;
    return this;
  }

  @Override
  public void onRecord(RecordOutcome outcome, long processed, OptionalLong total) {
    outcomes.add(outcome);
    if (processed == trigger) {
      action.run();
    }
  }

  /** The origin id in an outcome's key ("vendor erp:vendor:V-00001" holds "erp:vendor:V-00001"). */
  static String originOf(RecordOutcome outcome) {
    String key = outcome.key();
    return key.substring(key.lastIndexOf(' ') + 1);
  }

  /** Every stored record of a resource by origin id; duplicates are reported. */
  Map<String, ObjectNode> stored(FakeProcore fake, String resource, String when) {
    Map<String, ObjectNode> byOrigin = new HashMap<>();
    for (ObjectNode node : fake.all(resource)) {
      JsonNode origin = node.get("origin_id");
      if (origin == null || origin.isNull()) {
        continue;
      }
      if (byOrigin.put(origin.asText(), node.deepCopy()) != null) {
        problems.add(when + ": duplicate " + resource + " with origin id " + origin.asText());
      }
    }
    return byOrigin;
  }

  /**
   * Every input ({@code expected} origin ids) has exactly one outcome and the report adds up. A run
   * that stopped (ABORTED, with the reason) accounts for the records handed over before it stopped:
   * each of those has exactly one outcome, and the report counts them; the rest were never taken.
   */
  void exactlyOneOutcome(SyncReport report, List<String> expected, String when) {
    long sum = report.counts().values().stream().mapToLong(Long::longValue).sum();
    if (report.status() == SyncReport.Status.ABORTED) {
      expect(report.abortReason().isPresent(), when + ": aborted without a reason");
      expect(
          sum == outcomes.size(),
          when + ": aborted, counts " + report.counts() + " vs " + outcomes.size() + " outcomes");
      Map<String, Integer> seen = new LinkedHashMap<>();
      for (RecordOutcome o : outcomes) {
        seen.merge(originOf(o), 1, Integer::sum);
      }
      seen.forEach(
          (origin, n) ->
              expect(
                  n == 1 && expected.contains(origin),
                  when + ": " + origin + " has " + n + " outcomes"));
      return;
    }
    if (sum != expected.size() || report.inputs() != expected.size()) {
      problems.add(
          when
              + ": counts "
              + report.counts()
              + " (sum "
              + sum
              + ", inputs "
              + report.inputs()
              + ") for "
              + expected.size()
              + " inputs");
    }
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (RecordOutcome o : outcomes) {
      seen.merge(originOf(o), 1, Integer::sum);
    }
    for (String origin : expected) {
      int n = seen.getOrDefault(origin, 0);
      if (n != 1) {
        problems.add(when + ": " + origin + " has " + n + " outcomes");
      }
    }
    if (seen.size() != expected.size()) {
      problems.add(when + ": outcomes for " + seen.keySet() + ", inputs " + expected);
    }
  }

  /**
   * Counts the outcomes that disagree with the fake: a record reported CREATED, UPDATED or
   * UNCHANGED must be held with the mapped fields ({@code matches}); one reported FAILED or SKIPPED
   * must be absent or as it was before the run.
   *
   * @return the number of disagreements (each also added to the problems)
   */
  long disagreements(
      Map<String, ObjectNode> before,
      Map<String, ObjectNode> after,
      BiPredicate<String, ObjectNode> matches,
      String when) {
    long count = 0;
    for (RecordOutcome o : outcomes) {
      String origin = originOf(o);
      ObjectNode held = after.get(origin);
      boolean agrees;
      if (o.outcome() == Outcome.FAILED || o.outcome() == Outcome.SKIPPED) {
        agrees = Objects.equals(before.get(origin), held);
      } else {
        agrees =
            held != null
                && matches.test(origin, held)
                && o.targetId().map(id -> id.equals(held.path("id").asText())).orElse(true);
      }
      if (!agrees) {
        count++;
        problems.add(
            when
                + ": "
                + o.outcome()
                + " "
                + origin
                + " ("
                + o.message().orElse("")
                + ") but the fake holds "
                + held
                + " (before: "
                + before.get(origin)
                + ")");
      }
    }
    return count;
  }

  /**
   * Records changed by the run without an outcome (only possible when a run stopped): each is a
   * lost record.
   */
  void noSilentWrites(Map<String, ObjectNode> before, Map<String, ObjectNode> after, String when) {
    java.util.Set<String> reported = new java.util.HashSet<>();
    outcomes.forEach(o -> reported.add(originOf(o)));
    after.forEach(
        (origin, held) ->
            expect(
                reported.contains(origin) || held.equals(before.get(origin)),
                when + ": " + origin + " written without an outcome: " + held));
  }

  void expect(boolean condition, String problem) {
    if (!condition) {
      problems.add(problem);
    }
  }
}
