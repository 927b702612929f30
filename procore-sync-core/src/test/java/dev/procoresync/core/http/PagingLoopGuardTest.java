package dev.procoresync.core.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import okhttp3.Request;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The loop guard: exact for the first pages, then Brent's check with constant state. */
class PagingLoopGuardTest {
  private static Request page(long i) {
    return new Request.Builder().url("https://api.example.com/x?page=" + i).build();
  }

  @ParameterizedTest(name = "a loop of length {0} among the first pages is caught at once")
  @ValueSource(ints = {1, 2, 7, 100})
  void exactWithinTheFirstPages(int length) {
    PagingLoopGuard guard = new PagingLoopGuard();
    for (int i = 0; i < length; i++) {
      assertTrue(guard.firstVisit(page(i)));
    }
    assertFalse(guard.firstVisit(page(0)), "back to the first page of the loop");
  }

  @ParameterizedTest(name = "a loop of length {0} entered after the exact pages is caught")
  @ValueSource(ints = {1, 3, 50, 5000})
  void laterLoopsWithinTwiceTheirLength(int length) {
    PagingLoopGuard guard = new PagingLoopGuard();
    for (int i = 0; i < PagingLoopGuard.EXACT; i++) {
      assertTrue(guard.firstVisit(page(i)));
    }
    long start = PagingLoopGuard.EXACT;
    long steps = 0;
    boolean caught = false;
    // the pages then cycle: start, start+1, ..., start+length-1, start, ...
    while (steps < 4L * length + 2 * PagingLoopGuard.EXACT) {
      if (!guard.firstVisit(page(start + (steps % length)))) {
        caught = true;
        break;
      }
      steps++;
    }
    assertTrue(caught, "caught after " + steps + " steps");
    assertTrue(steps <= 5L * length + 2, "found within a few times the loop length: " + steps);
  }
}
