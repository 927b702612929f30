package dev.procoresync.timekeeping.mapping;

import dev.procoresync.core.mapping.timesheet.EntryViolation;
import dev.procoresync.core.validation.Violation;
import dev.procoresync.timekeeping.model.ClockEvent;
import dev.procoresync.timekeeping.model.ClockEventType;
import dev.procoresync.timekeeping.model.TimeEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Pairs clock-in and clock-out punches into {@link TimeEntry time entries}, per worker in time
 * order. It never guesses: a punch it cannot pair is rejected with a violation.
 *
 * <ul>
 *   <li>A clock-in followed by a clock-out makes an entry on the clock-in's project and cost code;
 *       the clock-out may repeat them or name none.
 *   <li>A clock-in that is the worker's last punch makes an open entry (the worker is still in).
 *   <li>{@link #DUPLICATE}: a punch with the id of one already seen, or the same worker, type and
 *       instant as one already seen (a device that sent it twice); the first is kept.
 *   <li>{@link #MISSING_OUT}: a clock-in followed by another clock-in.
 *   <li>{@link #MISSING_IN}: a clock-out with no clock-in before it.
 *   <li>{@link #PROJECT_MISMATCH}: a clock-out naming another project or cost code than its
 *       clock-in; both punches are rejected.
 * </ul>
 *
 * <pre>{@code
 * PairingResult r = ClockPairing.pair(List.of(in, out, strayOut));
 * // r.entries(): one entry; r.rejected(): strayOut, timekeeping.pairing_missing_in
 * }</pre>
 */
public final class ClockPairing {
  /** The punch repeats one already seen. */
  public static final String DUPLICATE = "timekeeping.pairing_duplicate";

  /** A clock-in was followed by another clock-in, not by a clock-out. */
  public static final String MISSING_OUT = "timekeeping.pairing_missing_out";

  /** A clock-out has no clock-in before it. */
  public static final String MISSING_IN = "timekeeping.pairing_missing_in";

  /** A clock-out names another project or cost code than its clock-in. */
  public static final String PROJECT_MISMATCH = "timekeeping.pairing_project_mismatch";

  /**
   * The order punches are paired in: time, clock-outs before clock-ins at the same instant, then
   * worker, id, project and cost code (a total order, so the result never depends on the input's
   * order except for punches equal in every field).
   */
  private static final Comparator<ClockEvent> ORDER = ClockPairing::compare;

  /** Marks an id whose first punch has been taken. */
  private static final Object TAKEN = new Object();

  private ClockPairing() {}

  /**
   * Pairs punches of any number of workers, in any order.
   *
   * @param events the punches
   * @return the entries and the rejected punches; every punch ends in exactly one of them
   * @throws NullPointerException when {@code events} or one of them is {@code null}
   */
  public static PairingResult pair(Iterable<ClockEvent> events) {
    Objects.requireNonNull(events, "events");
    // Group by worker first and sort each worker's punches (small, cache-friendly sorts) instead
    // of sorting every punch at once; the result is the same as walking one global sort.
    Map<String, List<ClockEvent>> byWorker = new HashMap<>();
    Map<String, Object> firstById =
        new HashMap<>(events instanceof Collection<?> c ? Math.max(16, c.size() * 4 / 3 + 1) : 16);
    for (ClockEvent e : events) {
      Objects.requireNonNull(e, "event");
      byWorker.computeIfAbsent(e.workerId(), k -> new ArrayList<>()).add(e);
      Object seen = firstById.putIfAbsent(e.id(), e);
      if (seen != null && compare(e, (ClockEvent) seen) < 0) {
        firstById.put(e.id(), e); // the first in pairing order keeps the id
      }
    }
    List<ClockEvent> sameId = new ArrayList<>();
    List<List<ClockEvent>> workers = new ArrayList<>(byWorker.size());
    for (List<ClockEvent> punches : byWorker.values()) {
      punches.sort(ORDER);
      List<ClockEvent> kept = new ArrayList<>(punches.size());
      for (ClockEvent e : punches) {
        if (firstById.replace(e.id(), e, TAKEN)) { // the same punch twice is a duplicate too
          kept.add(e);
        } else {
          sameId.add(e);
        }
      }
      if (!kept.isEmpty()) {
        workers.add(kept);
      }
    }
    // workers in the order of their first punch, duplicates of an id first: as one global walk
    workers.sort((x, y) -> compare(x.get(0), y.get(0)));
    sameId.sort(ORDER);
    PairingResult.Builder result = PairingResult.builder();
    for (ClockEvent e : sameId) {
      reject(result, e, DUPLICATE, "id", e.id(), "repeats the id of another punch");
    }
    for (List<ClockEvent> punches : workers) {
      @Nullable ClockEvent open = null;
      @Nullable ClockEvent previous = null;
      for (ClockEvent e : punches) {
        if (previous != null && previous.type() == e.type() && previous.at().equals(e.at())) {
          reject(
              result,
              e,
              DUPLICATE,
              "at",
              e.at(),
              "repeats punch " + previous.id() + " (same worker, type and time)");
          continue;
        }
        previous = e;
        if (e.type() == ClockEventType.IN) {
          if (open != null) {
            reject(
                result,
                open,
                MISSING_OUT,
                "type",
                "IN",
                "clock-in at "
                    + open.at()
                    + " has no clock-out before the next clock-in "
                    + e.id());
          }
          open = e;
          continue;
        }
        if (open == null) {
          reject(
              result,
              e,
              MISSING_IN,
              "type",
              "OUT",
              "clock-out at " + e.at() + " has no clock-in before it");
          continue;
        }
        if (conflicts(open.projectId(), e.projectId())
            || conflicts(open.costCodeId(), e.costCodeId())) {
          String detail =
              "clock-out names project "
                  + e.projectId().orElse("-")
                  + " / cost code "
                  + e.costCodeId().orElse("-")
                  + " but clock-in "
                  + open.id()
                  + " names "
                  + open.projectId().orElse("-")
                  + " / "
                  + open.costCodeId().orElse("-");
          reject(
              result, open, PROJECT_MISMATCH, "projectId", open.projectId().orElse(null), detail);
          reject(result, e, PROJECT_MISMATCH, "projectId", e.projectId().orElse(null), detail);
          open = null;
          continue;
        }
        result.addEntries(entry(open, e));
        open = null;
      }
      if (open != null) {
        result.addEntries(entry(open, null));
      }
    }
    return result.build();
  }

  private static int compare(ClockEvent a, ClockEvent b) {
    int c = a.at().compareTo(b.at());
    if (c != 0) {
      return c;
    }
    c = Boolean.compare(a.type() == ClockEventType.IN, b.type() == ClockEventType.IN);
    if (c != 0) {
      return c;
    }
    c = a.workerId().compareTo(b.workerId());
    if (c != 0) {
      return c;
    }
    c = a.id().compareTo(b.id());
    if (c != 0) {
      return c;
    }
    c = a.projectId().orElse("").compareTo(b.projectId().orElse(""));
    if (c != 0) {
      return c;
    }
    return a.costCodeId().orElse("").compareTo(b.costCodeId().orElse(""));
  }

  private static boolean conflicts(Optional<String> in, Optional<String> out) {
    return out.isPresent() && !out.equals(in);
  }

  private static TimeEntry entry(ClockEvent in, @Nullable ClockEvent out) {
    TimeEntry.Builder b =
        TimeEntry.builder()
            .id(in.id())
            .workerId(in.workerId())
            .zone(in.zone())
            .start(in.at())
            .projectId(in.projectId())
            .costCodeId(in.costCodeId());
    if (out != null) {
      b.end(out.at());
    }
    return b.build();
  }

  private static void reject(
      PairingResult.Builder result,
      ClockEvent e,
      String code,
      String field,
      @Nullable Object value,
      String message) {
    result.addRejected(
        EntryViolation.of(
            e, e.id(), Violation.of(code, field, value, "punch " + e.id() + ": " + message)));
  }
}
