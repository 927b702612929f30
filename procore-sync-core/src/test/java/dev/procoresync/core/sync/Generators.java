package dev.procoresync.core.sync;

import static dev.procoresync.core.testing.Seeds.between;
import static dev.procoresync.core.testing.Seeds.chance;
import static dev.procoresync.core.testing.Seeds.list;
import static dev.procoresync.core.testing.Seeds.oneOf;
import static dev.procoresync.core.testing.Seeds.range;

import dev.procoresync.core.testing.Seeds;
import dev.procoresync.core.validation.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded generators for the sync vocabulary. */
final class Generators {
  private Generators() {}

  /** Realistic text: printable ASCII and BMP letters, plus the characters JSON must escape. */
  static String text(SplittableRandom r) {
    while (true) {
      String s =
          Seeds.string(
              r,
              1,
              24,
              range(' ', '~'),
              range('\u00a0', '\u024f'),
              range('\u4e00', '\u4e20'),
              range('"', '"'),
              range('\\', '\\'),
              range('\n', '\n'),
              range('\t', '\t'),
              range(':', ':'));
      if (!s.isBlank()) {
        return s;
      }
    }
  }

  static Violation violation(SplittableRandom r) {
    return Violation.of(
        oneOf(r, "name.blank", "hours.negative", "cost_code.unknown"),
        oneOf(r, "name", "hours", "cost_code"),
        chance(r, 0.2) ? null : text(r),
        text(r));
  }

  static RecordOutcome outcome(SplittableRandom r) {
    String key = "rec " + text(r);
    String id = String.valueOf(between(r, 1L, Long.MAX_VALUE));
    String maybeId = chance(r, 0.3) ? null : id;
    switch (r.nextInt(8)) {
      case 0:
        return RecordOutcome.created(key, maybeId);
      case 1:
        return RecordOutcome.updated(key, maybeId);
      case 2:
        return RecordOutcome.unchanged(key, id);
      case 3:
        return RecordOutcome.archived(key, id);
      case 4:
        return RecordOutcome.skipped(key, list(r, 1, 3, Generators::violation));
      case 5:
        return RecordOutcome.skipped(key, oneOf(r, "project.inactive", "worker.unmapped"), text(r));
      case 6:
        return RecordOutcome.failed(key, oneOf(r, "procore.sync.item_error", "timeout"), text(r));
      default:
        return RecordOutcome.failed(key, new IllegalStateException(text(r)));
    }
  }

  static List<RecordOutcome> outcomes(SplittableRandom r, int max) {
    return list(r, 0, max, Generators::outcome);
  }

  static SyncReport report(SplittableRandom r) {
    Instant start =
        Instant.ofEpochSecond(between(r, 0L, 4_000_000_000L), between(r, 0, 999_999_999));
    Duration took = Duration.ofNanos(between(r, 0L, 10_000_000_000_000L));
    List<RecordOutcome> list = outcomes(r, 30);
    int declare = between(r, -1, 5);
    String resume = chance(r, 0.5) ? null : text(r);
    int limit = between(r, 0, 40);
    SyncReport.Recorder rec =
        SyncReport.recorder(text(r), text(r), r.nextBoolean(), start).listAtMost(limit);
    if (declare >= 0) {
      rec.expect(list.size() + (resume == null ? 0 : declare));
    }
    list.forEach(rec::record);
    Instant end = start.plus(took);
    return resume == null
        ? rec.complete(end)
        : rec.cancel(end, declare == 0 ? ResumePosition.start() : ResumePosition.of(resume));
  }
}
