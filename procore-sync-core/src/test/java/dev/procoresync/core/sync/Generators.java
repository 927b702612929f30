package dev.procoresync.core.sync;

import dev.procoresync.core.validation.Violation;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators for the sync vocabulary. */
final class Generators {
  private Generators() {}

  /** Realistic text: printable ASCII and BMP letters, plus the characters JSON must escape. */
  static Arbitrary<String> text() {
    return Arbitraries.strings()
        .withCharRange(' ', '~')
        .withCharRange('\u00a0', '\u024f')
        .withCharRange('\u4e00', '\u4e20')
        .withChars('"', '\\', '\n', '\t', ':')
        .ofMinLength(1)
        .ofMaxLength(24)
        .filter(s -> !s.isBlank());
  }

  static Arbitrary<Violation> violations() {
    return Combinators.combine(
            Arbitraries.of("name.blank", "hours.negative", "cost_code.unknown"),
            Arbitraries.of("name", "hours", "cost_code"),
            text().injectNull(0.2),
            text())
        .as(Violation::of);
  }

  static Arbitrary<RecordOutcome> outcomes() {
    Arbitrary<String> keys = text().map(k -> "rec " + k);
    Arbitrary<String> ids = Arbitraries.longs().between(1, Long.MAX_VALUE).map(String::valueOf);
    Arbitrary<String> maybeIds = ids.injectNull(0.3);
    return Arbitraries.oneOf(
        Combinators.combine(keys, maybeIds).as(RecordOutcome::created),
        Combinators.combine(keys, maybeIds).as(RecordOutcome::updated),
        Combinators.combine(keys, ids).as(RecordOutcome::unchanged),
        Combinators.combine(keys, ids).as(RecordOutcome::archived),
        Combinators.combine(keys, violations().list().ofMinSize(1).ofMaxSize(3))
            .as(RecordOutcome::skipped),
        Combinators.combine(keys, Arbitraries.of("project.inactive", "worker.unmapped"), text())
            .as(RecordOutcome::skipped),
        Combinators.combine(keys, Arbitraries.of("procore.sync.item_error", "timeout"), text())
            .as(RecordOutcome::failed),
        Combinators.combine(keys, text())
            .as((k, m) -> RecordOutcome.failed(k, new IllegalStateException(m))));
  }

  static Arbitrary<SyncReport> reports() {
    Arbitrary<Instant> starts =
        Arbitraries.longs()
            .between(0, 4_000_000_000L)
            .flatMap(
                s ->
                    Arbitraries.integers()
                        .between(0, 999_999_999)
                        .map(n -> Instant.ofEpochSecond(s, n)));
    Arbitrary<Duration> durations =
        Arbitraries.longs().between(0, 10_000_000_000_000L).map(Duration::ofNanos);
    return Combinators.combine(
            text().list().ofSize(2),
            Arbitraries.of(true, false),
            starts,
            durations,
            outcomes().list().ofMaxSize(30),
            Arbitraries.integers().between(-1, 5),
            text().injectNull(0.5),
            Arbitraries.integers().between(0, 40))
        .as(
            (names, dry, start, took, list, declare, resume, limit) -> {
              SyncReport.Recorder r =
                  SyncReport.recorder(names.get(0), names.get(1), dry, start).listAtMost(limit);
              if (declare >= 0) {
                r.expect(list.size() + (resume == null ? 0 : declare));
              }
              list.forEach(r::record);
              Instant end = start.plus(took);
              return resume == null
                  ? r.complete(end)
                  : r.cancel(
                      end, declare == 0 ? ResumePosition.start() : ResumePosition.of(resume));
            });
  }
}
