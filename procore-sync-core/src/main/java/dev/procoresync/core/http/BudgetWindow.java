package dev.procoresync.core.http;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The state of one shared budget window as an immutable value with pure transitions, and its text
 * form in a {@link dev.procoresync.core.state.SharedValueStore}. Same rules as {@link
 * InMemoryRateLimitBudget}'s window: spend the reported window, then wait for its reset; a refusal
 * holds every reservation until its instant.
 */
record BudgetWindow(
    long limit, long remaining, @Nullable Instant reset, @Nullable Instant notBefore) {
  static final BudgetWindow EMPTY = new BudgetWindow(-1, -1, null, null);
  private static final String VERSION = "w1";

  /** A reservation's result: the next state and the wait before sending. */
  record Reserved(BudgetWindow next, Duration delay) {}

  Reserved reserve(Instant now) {
    Instant start = notBefore != null && notBefore.isAfter(now) ? notBefore : now;
    long rem = remaining;
    Instant rst = reset;
    Instant nb = notBefore;
    if (rst != null && !start.isBefore(rst)) {
      rem = limit;
      rst = null;
    }
    if (rem == 0) {
      if (rst != null) {
        start = rst;
        nb = rst;
        rst = null;
      }
      rem = limit;
    }
    if (rem > 0) {
      rem--;
    }
    Duration wait = start.isAfter(now) ? Duration.between(now, start) : Duration.ZERO;
    return new Reserved(new BudgetWindow(limit, rem, rst, nb), wait);
  }

  BudgetWindow record(RateLimitSnapshot snapshot) {
    if (snapshot.reset().equals(reset) && remaining >= 0) {
      return new BudgetWindow(
          snapshot.limit(), Math.min(remaining, snapshot.remaining()), reset, notBefore);
    }
    if (reset != null && notBefore != null && snapshot.reset().isBefore(notBefore)) {
      return this; // a stale answer from before a refusal
    }
    return new BudgetWindow(snapshot.limit(), snapshot.remaining(), snapshot.reset(), notBefore);
  }

  BudgetWindow blockUntil(Instant until) {
    if (notBefore == null || until.isAfter(notBefore)) {
      return new BudgetWindow(limit, remaining, reset, until);
    }
    return this;
  }

  String encode() {
    return VERSION
        + ";"
        + limit
        + ";"
        + remaining
        + ";"
        + (reset == null ? "-" : reset.toEpochMilli())
        + ";"
        + (notBefore == null ? "-" : notBefore.toEpochMilli());
  }

  /**
   * Reads the text form; anything that is not a well-formed window (another version, a damaged
   * value) reads as {@link #EMPTY}, so a bad value costs at most one unpaced request.
   */
  static BudgetWindow decode(@Nullable String text) {
    if (text == null) {
      return EMPTY;
    }
    String[] parts = text.split(";", -1);
    if (parts.length != 5 || !parts[0].equals(VERSION)) {
      return EMPTY;
    }
    try {
      long limit = Long.parseLong(parts[1]);
      long remaining = Long.parseLong(parts[2]);
      if (limit < -1 || remaining < -1) {
        return EMPTY;
      }
      return new BudgetWindow(limit, remaining, instant(parts[3]), instant(parts[4]));
    } catch (NumberFormatException | java.time.DateTimeException e) {
      return EMPTY;
    }
  }

  private static @Nullable Instant instant(String part) {
    return part.equals("-") ? null : Instant.ofEpochMilli(Long.parseLong(part));
  }
}
