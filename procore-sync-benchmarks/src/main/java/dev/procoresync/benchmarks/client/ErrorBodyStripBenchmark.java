package dev.procoresync.benchmarks.client;

import dev.procoresync.core.client.internal.ErrorBody;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The error-body parser on a body of {@code n} characters, at n and 10n: a linear parser takes
 * about 10 times as long at 10n, a quadratic one about 100 times. Issue 12 found the HTML stripping
 * quadratic on a body full of {@code <} (no {@code >} to close a tag: each {@code <} scans to the
 * end); an ordinary HTML page of the same size is the control.
 *
 * <pre>
 * ./mvnw -B -pl procore-sync-benchmarks -am package -DskipTests
 * java -jar procore-sync-benchmarks/target/benchmarks.jar ErrorBodyStrip -f 1 -wi 2 -i 3 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ErrorBodyStripBenchmark {

  /** The body's length: n and 10n. */
  @Param({"2000", "20000"})
  public int n;

  /** The body's kind: all {@code <}, or an ordinary HTML error page padded to n characters. */
  @Param({"angles", "html"})
  public String kind;

  String body = "";

  /** Builds the body. */
  @Setup
  public void setUp() {
    if (kind.equals("angles")) {
      body = "<".repeat(n);
    } else {
      StringBuilder b = new StringBuilder("<html><body><h1>502 Bad Gateway</h1>");
      while (b.length() < n - 20) {
        b.append("<p>upstream</p>");
      }
      body = b.append("</body></html>").toString();
    }
  }

  /**
   * Parses the body.
   *
   * @return the parsed body
   */
  @Benchmark
  public ErrorBody parse() {
    return ErrorBody.parse(body);
  }
}
