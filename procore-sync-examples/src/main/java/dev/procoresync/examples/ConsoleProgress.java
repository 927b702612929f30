package dev.procoresync.examples;

import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.ProgressListener;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.SyncReport;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A progress bar on a terminal, drawn from a flow's {@link ProgressListener} events: processed of
 * total and the outcomes so far, redrawn in place at most every 1% of the work.
 */
public final class ConsoleProgress implements ProgressListener {
  private static final int WIDTH = 30;
  private final PrintStream out;
  private final boolean terminal;
  private final Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
  private long lastDrawn = -1;

  /**
   * Creates a progress bar that draws on {@code out}.
   *
   * @param out where to draw, typically {@code System.out}
   */
  public ConsoleProgress(PrintStream out) {
    this(out, System.console() != null);
  }

  /**
   * Creates a progress bar that draws on {@code out}, redrawn in place on a terminal or as one line
   * every quarter of the work otherwise (a log file, a CI console).
   *
   * @param out where to draw
   * @param terminal whether {@code out} is an interactive terminal
   */
  public ConsoleProgress(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public synchronized void onStart(String flow, String scope, OptionalLong total) {
    counts.clear();
    lastDrawn = -1;
  }

  @Override
  public synchronized void onRecord(RecordOutcome outcome, long processed, OptionalLong total) {
    counts.merge(outcome.outcome(), 1L, Long::sum);
    long all = total.orElse(0);
    long step = Math.max(1, all / (terminal ? 100 : 4));
    if (processed - lastDrawn < step && processed != all) {
      return;
    }
    lastDrawn = processed;
    int filled = all > 0 ? (int) (WIDTH * processed / all) : 0;
    StringBuilder line = new StringBuilder(terminal ? "\r  [" : "  [");
    line.append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ");
    line.append(processed).append(all > 0 ? " of " + all : "").append("  ");
    counts.forEach((k, v) -> line.append(k.name().toLowerCase()).append(' ').append(v).append(' '));
    if (terminal) {
      out.print(line);
    } else {
      out.println(line.toString().stripTrailing());
    }
    out.flush();
  }

  @Override
  public synchronized void onFinish(SyncReport report) {
    if (terminal) {
      out.println();
    }
  }

  @Override
  public String toString() {
    return "ConsoleProgress";
  }
}
