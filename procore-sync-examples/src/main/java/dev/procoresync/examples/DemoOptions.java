package dev.procoresync.examples;

import java.util.List;

/**
 * The demo's command-line flags.
 *
 * @param dryRun report what would be written, write nothing
 * @param rateLimit turn the fake's rate limit on
 * @param faults inject faults into the fake
 * @param vendors how many vendor records the sample export holds
 * @param state where the sync state lives: empty for memory, else a JDBC URL ({@code jdbc:...}) or
 *     a Redis URI ({@code redis://...})
 * @param only the one part to run ({@code procore}, {@code bc}, {@code timekeeping} or {@code
 *     qbd}), or empty for all of them
 * @param serveProcore serve a fake Procore for other demo processes ({@link SharedProcoreDemo})
 * @param procore the base URL of a fake Procore another demo process serves, or empty
 */
public record DemoOptions(
    boolean dryRun,
    boolean rateLimit,
    boolean faults,
    int vendors,
    String state,
    String only,
    boolean serveProcore,
    String procore) {
  /** The parts {@code --only=} accepts. */
  public static final List<String> PARTS = List.of("procore", "bc", "timekeeping", "qbd");

  /** What the demo accepts. */
  public static final String USAGE =
      "usage: Demo [--dry-run] [--rate-limit] [--faults] [--vendors N] [--state=jdbc:...|redis://...]"
          + " [--only=procore|bc|timekeeping|qbd] [--serve-procore | --procore=URL]"
          + "   (N from 1 to 100000; --serve-procore and --procore need --state)";

  /**
   * Parses the flags.
   *
   * @param args the command line
   * @return the options
   * @throws IllegalArgumentException naming the flag or value that is not understood
   */
  public static DemoOptions parse(List<String> args) {
    boolean dryRun = false;
    boolean rateLimit = false;
    boolean faults = false;
    int vendors = 2_000;
    String state = "";
    String only = "";
    boolean serveProcore = false;
    String procore = "";
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--dry-run" -> dryRun = true;
        case "--rate-limit" -> rateLimit = true;
        case "--faults" -> faults = true;
        case "--serve-procore" -> serveProcore = true;
        case "--vendors" -> {
          if (i + 1 >= args.size()) {
            throw new IllegalArgumentException("--vendors needs a number");
          }
          String value = args.get(++i);
          try {
            vendors = Integer.parseInt(value);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--vendors takes a number, got '" + value + "'", e);
          }
          if (vendors < 1 || vendors > 100_000) {
            throw new IllegalArgumentException(
                "--vendors must be from 1 to 100000, got " + vendors);
          }
        }
        case "" -> {}
        default -> {
          if (arg.startsWith("--only=")) {
            only = arg.substring("--only=".length());
            if (!PARTS.contains(only)) {
              throw new IllegalArgumentException(
                  "--only takes one of " + String.join(", ", PARTS) + ", got '" + only + "'");
            }
            continue;
          }
          if (arg.startsWith("--procore=")) {
            procore = arg.substring("--procore=".length()).replaceAll("/+$", "");
            if (!procore.startsWith("http://") && !procore.startsWith("https://")) {
              throw new IllegalArgumentException(
                  "--procore takes the served fake's URL (http://...), got '" + procore + "'");
            }
            continue;
          }
          if (!arg.startsWith("--state=")) {
            throw new IllegalArgumentException("unknown flag '" + arg + "'");
          }
          state = arg.substring("--state=".length());
          if (!state.startsWith("jdbc:")
              && !state.startsWith("redis://")
              && !state.startsWith("rediss://")) {
            throw new IllegalArgumentException(
                "--state takes a jdbc: URL or a redis:// URI, got '"
                    + state.replaceAll("\\?.*", "?...")
                    + "'");
          }
        }
      }
    }
    if ((serveProcore || !procore.isEmpty()) && state.isEmpty()) {
      throw new IllegalArgumentException(
          "--serve-procore and --procore share a token and a budget through a store: add --state=");
    }
    if (serveProcore && !procore.isEmpty()) {
      throw new IllegalArgumentException("--serve-procore and --procore exclude each other");
    }
    return new DemoOptions(dryRun, rateLimit, faults, vendors, state, only, serveProcore, procore);
  }

  /**
   * Tells whether a part of the demo runs.
   *
   * @param part one of {@link #PARTS}
   * @return true when no {@code --only=} was given or it named this part
   */
  public boolean runs(String part) {
    return only.isEmpty() || only.equals(part);
  }
}
