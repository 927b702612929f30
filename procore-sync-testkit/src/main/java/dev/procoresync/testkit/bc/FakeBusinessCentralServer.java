package dev.procoresync.testkit.bc;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.testkit.bc.contract.BcApi;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Runs a {@link FakeBusinessCentral} in a process of its own, so that a benchmark measures the
 * client's memory alone: starts the fake, optionally serves a generated company ({@link
 * BcGenerated}), prints one JSON line with its addresses and credentials, and stops when its
 * standard input closes.
 *
 * <pre>{@code
 * java -cp <testkit and its dependencies> dev.procoresync.testkit.bc.FakeBusinessCentralServer \
 *     --projects 5000 --planning-lines 1000000 --no-rate-limit
 * {"baseUrl":"http://127.0.0.1:41234","tokenUrl":"...","apiBaseUrl":"...","tenant":"...", ...}
 * }</pre>
 */
public final class FakeBusinessCentralServer {
  private FakeBusinessCentralServer() {}

  /**
   * Starts the fake and waits for standard input to close.
   *
   * @param args {@code --projects N} (generated projects and one task each), {@code
   *     --planning-lines N} (spread evenly over the projects), {@code --no-rate-limit}
   * @throws IOException when standard input fails
   * @throws IllegalArgumentException naming an unknown or malformed argument
   */
  public static void main(String[] args) throws IOException {
    try (FakeBusinessCentral bc = start(args)) {
      System.out.println(describe(bc));
      System.out.flush();
      InputStream in = System.in;
      while (in.read() >= 0) {
        // wait for the parent to close our input
      }
    }
  }

  /**
   * Starts a fake as {@link #main} would, without waiting.
   *
   * @param args the arguments of {@link #main}
   * @return the running fake
   * @throws IllegalArgumentException naming an unknown or malformed argument
   */
  public static FakeBusinessCentral start(String... args) {
    Objects.requireNonNull(args, "args");
    long projects = 0;
    long lines = 0;
    boolean rateLimit = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--projects":
          projects = number(args, ++i);
          break;
        case "--planning-lines":
          lines = number(args, ++i);
          break;
        case "--no-rate-limit":
          rateLimit = false;
          break;
        default:
          throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    if (lines > 0 && projects == 0) {
      throw new IllegalArgumentException("--planning-lines needs --projects");
    }
    if (projects > 0 && lines % projects != 0) {
      throw new IllegalArgumentException(
          "--planning-lines (" + lines + ") must be a multiple of --projects (" + projects + ")");
    }
    FakeBusinessCentral bc = FakeBusinessCentral.builder().rateLimit(rateLimit).start();
    if (projects > 0) {
      bc.serveGenerated(BcApi.CUSTOM, "projects", projects, BcGenerated.projects());
      bc.serveGenerated(BcApi.CUSTOM, "jobTasks", projects, BcGenerated.jobTasks());
      if (lines > 0) {
        bc.serveGenerated(
            BcApi.CUSTOM,
            "jobPlanningLines",
            lines,
            BcGenerated.planningLines((int) (lines / projects)));
      }
    }
    return bc;
  }

  /**
   * Describes a running fake as one JSON line: {@code baseUrl}, {@code tokenUrl}, {@code
   * apiBaseUrl}, {@code tenant}, {@code environment}, {@code companyId}, {@code clientId}, {@code
   * clientSecret}, {@code standardApiUrl}, {@code customApiUrl}, {@code publisher}, {@code group},
   * {@code version}.
   *
   * @param bc the fake
   * @return the JSON text
   */
  public static String describe(FakeBusinessCentral bc) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("baseUrl", bc.baseUrl())
        .put("tokenUrl", bc.tokenUrl())
        .put("apiBaseUrl", bc.apiBaseUrl())
        .put("tenant", bc.tenant())
        .put("environment", bc.environment())
        .put("companyId", bc.companyId())
        .put("clientId", bc.clientId())
        .put("clientSecret", bc.clientSecret())
        .put("standardApiUrl", bc.standardApiUrl())
        .put("customApiUrl", bc.customApiUrl())
        .put("publisher", bc.customPublisher())
        .put("group", bc.customGroup())
        .put("version", bc.customVersion());
    return out.toString();
  }

  private static long number(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a number");
    }
    try {
      long n = Long.parseLong(args[i]);
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          args[i - 1] + " needs a non-negative number, got: " + args[i], e);
    }
  }
}
