package dev.procoresync.core.http;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The state of one budget key as an immutable value with pure transitions, and its text form in a
 * {@link dev.procoresync.core.state.SharedValueStore}. Both {@link InMemoryRateLimitBudget} and
 * {@link SharedRateLimitBudget} use it, so they pace alike.
 *
 * <p>Procore counts requests in two windows (hourly and 10-second) and reports whichever has fewer
 * requests left, so one answer describes one window and the next may describe the other. The value
 * keeps one {@link Slot} per reported window, told apart by its limit, and every reservation spends
 * one request of each: a window that resets comes back with its own limit, never the limit of the
 * window reported last (decision 0502). A slot learns its window's length from the first answer
 * after a reset it saw, so a new window that no answer has described yet still ends. A refusal
 * holds every reservation until its instant.
 *
 * <p>Reservations asked for with an id ({@link #reserve(Instant, String)}) are tracked until their
 * holder releases them ({@link #release}), after their answer was recorded: {@code inflight} counts
 * them. A tracked reservation into a window no answer has described yet (the budget is empty, or a
 * slot's window just ended) is a <em>probe</em>: it is granted only when no tracked reservation is
 * in flight (so that its answer counts every request of the window before it), and while it is out
 * no other tracked reservation is granted. A window the answers never described (Procore's hourly
 * one, while the spike window is reported) can only be exhausted together with the reported one, so
 * the probe after that window's reset is the only request that can be refused (decision 0503). A
 * probe into an empty budget whose answer carried no rate-limit headers marks the budget {@code
 * headerless}: it then probes no more until an answer with headers comes.
 */
record BudgetWindow(
    List<Slot> slots,
    @Nullable Instant notBefore,
    @Nullable String probe,
    int inflight,
    boolean headerless) {
  static final BudgetWindow EMPTY = new BudgetWindow(List.of(), null, null, 0, false);
  private static final String VERSION = "w3";
  private static final int MAX_SLOTS = 4;

  BudgetWindow {
    slots = List.copyOf(slots);
  }

  /**
   * One window of the service's.
   *
   * @param limit the window's limit (what tells windows apart)
   * @param remaining requests left in the current window as far as known
   * @param reset the current window's end, {@code null} once it passed and no answer described the
   *     next one yet
   * @param previous the end of the window before the current one: answers up to it are stale
   * @param opened the instant of the first reservation in a window no answer described yet
   * @param lengthMillis the window's length learned from an answer, or -1
   */
  record Slot(
      long limit,
      long remaining,
      @Nullable Instant reset,
      @Nullable Instant previous,
      @Nullable Instant opened,
      long lengthMillis) {

    /** The end of the current window as far as known, or {@code null}. */
    @Nullable Instant end() {
      if (reset != null) {
        return reset;
      }
      if (opened != null && lengthMillis >= 0) {
        return opened.plusMillis(lengthMillis);
      }
      return null;
    }

    /** The slot once its window ended at {@code end}: full again, its next window not opened. */
    Slot renewed(Instant end) {
      return new Slot(limit, limit, null, end, null, lengthMillis);
    }
  }

  /**
   * A reservation's result: the next state and the wait before sending.
   *
   * @param next the state after the reservation
   * @param delay the wait before sending
   * @param probing whether the reservation is the probe of a window no answer described yet
   */
  record Reserved(BudgetWindow next, Duration delay, boolean probing) {}

  Reserved reserve(Instant now) {
    Reserved r = reserve(now, null);
    if (r == null) {
      throw new IllegalStateException("a reservation without a probe id is always granted");
    }
    return r;
  }

  /**
   * Reserves one request. Without an id the reservation is always granted, untracked (and never a
   * probe). With one, it is tracked, and refused ({@code null}) while a probe is out, or when it
   * would be a probe (it goes into a window no answer has described yet) while other tracked
   * reservations are in flight; granted otherwise, as the probe (carrying {@code id}) in the latter
   * case.
   */
  @Nullable Reserved reserve(Instant now, @Nullable String id) {
    if (id != null && probe != null) {
      return null;
    }
    boolean undescribed = slots.isEmpty() && !headerless;
    Instant start = notBefore != null && notBefore.isAfter(now) ? notBefore : now;
    Instant nb = notBefore;
    List<Slot> next = new ArrayList<>(slots);
    for (int round = 0; round <= next.size() + 1; round++) {
      Instant later = null;
      for (int i = 0; i < next.size(); i++) {
        Slot s = next.get(i);
        Instant end = s.end();
        if (end != null && !start.isBefore(end)) {
          s = s.renewed(end);
          next.set(i, s);
          end = null;
          undescribed = true;
        }
        if (s.remaining() <= 0) {
          if (end == null) {
            // spent, and nothing tells when its window ends: assume a full one (as before)
            next.set(i, new Slot(s.limit(), s.limit(), null, s.previous(), null, s.lengthMillis()));
            undescribed = true;
          } else if (later == null || end.isAfter(later)) {
            later = end;
          }
        }
      }
      if (later == null) {
        break;
      }
      start = later;
      nb = later;
    }
    for (int i = 0; i < next.size(); i++) {
      Slot s = next.get(i);
      Instant opened = s.reset() == null && s.opened() == null ? start : s.opened();
      next.set(
          i,
          new Slot(
              s.limit(),
              s.remaining() > 0 ? s.remaining() - 1 : s.remaining(),
              s.reset(),
              s.previous(),
              opened,
              s.lengthMillis()));
    }
    Duration wait = start.isAfter(now) ? Duration.between(now, start) : Duration.ZERO;
    boolean probing = id != null && undescribed;
    if (probing && inflight > 0) {
      return null; // the answers of the requests still out would not be counted by the probe's
    }
    return new Reserved(
        new BudgetWindow(
            next, nb, probing ? id : probe, id != null ? inflight + 1 : inflight, headerless),
        wait,
        probing);
  }

  /**
   * The state once the tracked reservation {@code id} was released, its answer recorded. Ending the
   * probe of a budget that is still empty tells that answers carry no rate-limit headers: it stops
   * probing.
   */
  BudgetWindow release(String id) {
    boolean wasProbe = id.equals(probe);
    return new BudgetWindow(
        slots,
        notBefore,
        wasProbe ? null : probe,
        Math.max(0, inflight - 1),
        wasProbe ? slots.isEmpty() : headerless);
  }

  /**
   * The state once a waiter gave up on the tracked reservations in flight (their holders died): no
   * probe, none in flight.
   */
  BudgetWindow abandoned() {
    return new BudgetWindow(slots, notBefore, null, 0, headerless);
  }

  /** What a waiter watches for progress: the probe and the count in flight. */
  String inflightState() {
    return probe + "/" + inflight;
  }

  BudgetWindow record(RateLimitSnapshot snapshot) {
    List<Slot> next = new ArrayList<>(slots);
    Instant at = snapshot.reset();
    for (int i = 0; i < next.size(); i++) {
      Slot s = next.get(i);
      if (s.limit() != snapshot.limit()) {
        continue;
      }
      if (s.previous() != null && !at.isAfter(s.previous())) {
        return this; // an answer of a window that already ended
      }
      if (s.reset() != null) {
        if (at.equals(s.reset())) {
          // same window: answers may arrive out of order, keep the smaller count
          next.set(
              i,
              new Slot(
                  s.limit(),
                  Math.min(s.remaining(), snapshot.remaining()),
                  s.reset(),
                  s.previous(),
                  s.opened(),
                  s.lengthMillis()));
        } else if (at.isBefore(s.reset())) {
          return this; // stale
        } else {
          // a later window than the one known: take the service's count
          next.set(
              i, new Slot(s.limit(), snapshot.remaining(), at, s.reset(), null, s.lengthMillis()));
        }
      } else {
        // the first answer of a window this budget opened: the smaller count, and its length
        long length = s.lengthMillis();
        if (s.opened() != null && at.isAfter(s.opened())) {
          length = Duration.between(s.opened(), at).toMillis();
        }
        next.set(
            i,
            new Slot(
                s.limit(),
                Math.min(s.remaining(), snapshot.remaining()),
                at,
                s.previous(),
                s.opened(),
                length));
      }
      return new BudgetWindow(next, notBefore, probe, inflight, false);
    }
    next.add(new Slot(snapshot.limit(), snapshot.remaining(), at, null, null, -1));
    while (next.size() > MAX_SLOTS) {
      next.remove(0);
    }
    return new BudgetWindow(next, notBefore, probe, inflight, false);
  }

  BudgetWindow blockUntil(Instant until) {
    if (notBefore == null || until.isAfter(notBefore)) {
      return new BudgetWindow(slots, until, probe, inflight, headerless);
    }
    return this;
  }

  String encode() {
    StringBuilder b =
        new StringBuilder(VERSION)
            .append(';')
            .append(millis(notBefore))
            .append(';')
            .append(probe != null ? probe : headerless ? "~" : "-")
            .append(';')
            .append(inflight);
    for (Slot s : slots) {
      b.append(';')
          .append(s.limit())
          .append(',')
          .append(s.remaining())
          .append(',')
          .append(millis(s.reset()))
          .append(',')
          .append(millis(s.previous()))
          .append(',')
          .append(millis(s.opened()))
          .append(',')
          .append(s.lengthMillis());
    }
    return b.toString();
  }

  private static String millis(@Nullable Instant instant) {
    return instant == null ? "-" : Long.toString(instant.toEpochMilli());
  }

  /**
   * Reads the text form; anything that is not a well-formed value (another version, a damaged
   * value) reads as {@link #EMPTY}, so a bad value costs at most one unpaced request.
   */
  static BudgetWindow decode(@Nullable String text) {
    if (text == null) {
      return EMPTY;
    }
    String[] parts = text.split(";", -1);
    if (parts.length < 4 || parts.length > 4 + MAX_SLOTS || !parts[0].equals(VERSION)) {
      return EMPTY;
    }
    boolean headerless = parts[2].equals("~");
    String probe = parts[2].equals("-") || headerless ? null : parts[2];
    if (probe != null && !probe.matches("[A-Za-z0-9-]{1,64}")) {
      return EMPTY;
    }
    try {
      List<Slot> slots = new ArrayList<>();
      int inflight = Integer.parseInt(parts[3]);
      if (inflight < 0) {
        return EMPTY;
      }
      for (int i = 4; i < parts.length; i++) {
        String[] f = parts[i].split(",", -1);
        if (f.length != 6) {
          return EMPTY;
        }
        long limit = Long.parseLong(f[0]);
        long remaining = Long.parseLong(f[1]);
        long length = Long.parseLong(f[5]);
        if (limit < 0 || remaining < 0 || length < -1) {
          return EMPTY;
        }
        slots.add(new Slot(limit, remaining, instant(f[2]), instant(f[3]), instant(f[4]), length));
      }
      return new BudgetWindow(slots, instant(parts[1]), probe, inflight, headerless);
    } catch (NumberFormatException | java.time.DateTimeException | ArithmeticException e) {
      return EMPTY;
    }
  }

  private static @Nullable Instant instant(String part) {
    return part.equals("-") ? null : Instant.ofEpochMilli(Long.parseLong(part));
  }
}
