package dev.procoresync.core.flow.internal;

import dev.procoresync.core.sync.ResumePosition;

/**
 * The resume positions of the upsert flows: the number of input records already processed, as text.
 * A cancelled run checkpoints it; a resumed run skips that many records (each accounted for as
 * SKIPPED) and goes on.
 */
public final class InputPositions {
  private InputPositions() {}

  /** Returns the position after {@code processed} input records. */
  public static ResumePosition after(long processed) {
    return ResumePosition.of(Long.toString(processed));
  }

  /**
   * Returns how many input records a position says were processed.
   *
   * @throws IllegalArgumentException naming the flow and the token when the position is not one of
   *     an upsert flow
   */
  public static long processed(ResumePosition position, String flow) {
    if (position.atStart()) {
      return 0;
    }
    try {
      long n = Long.parseLong(position.token());
      if (n < 0) {
        throw new NumberFormatException("negative");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "resumeFrom is not a position of " + flow + ": '" + position.token() + "'", e);
    }
  }
}
