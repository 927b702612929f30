package dev.procoresync.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Business Central demo also runs guide flows 1 and 7 and prints their reports. */
class BcProjectFlowsDemoTest {
  @Test
  void theProjectIsPushedAndTheTimesheetComesBack() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    BusinessCentralDemo.run(out, DemoOptions.parse(List.of()));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("== BC flow 1"), text);
    // 1 project, 2 segment codes, 4 job tasks, 4 budget lines
    assertTrue(text.contains("11 inputs: 11 created"), text);
    assertTrue(text.contains("== BC flow 7"), text);
    // approved and pending come in; reviewed is skipped with the rule
    assertTrue(text.contains("3 inputs: 2 created"), text);
    assertTrue(text.contains("Approved or Pending"), text);
  }
}
