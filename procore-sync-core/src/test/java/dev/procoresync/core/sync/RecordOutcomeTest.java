package dev.procoresync.core.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.validation.Violation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordOutcomeTest {

  @Test
  void plainOutcomesCarryKeyAndTargetIdOnly() {
    RecordOutcome o = RecordOutcome.updated("vendor V-0042", "5611");
    assertEquals("vendor V-0042", o.key());
    assertEquals(Outcome.UPDATED, o.outcome());
    assertEquals(Optional.of("5611"), o.targetId());
    assertEquals(Optional.empty(), o.reason());
    assertEquals(Optional.empty(), o.message());
    assertEquals(Optional.empty(), RecordOutcome.created("vendor V-1", null).targetId());
    assertEquals(Outcome.ARCHIVED, RecordOutcome.archived("job J-1", "7").outcome());
    assertEquals(Outcome.UNCHANGED, RecordOutcome.unchanged("job J-1", "7").outcome());
  }

  @Test
  void skipFromViolationsTakesTheFirstCodeAndEveryMessage() {
    Violation blank = Violation.of("name.blank", "name", "", "name is blank; give a name");
    Violation tooLong = Violation.of("code.too_long", "code", "X", "code is too long");
    RecordOutcome o = RecordOutcome.skipped("vendor V-1", List.of(blank, tooLong));

    assertEquals(Optional.of("name.blank"), o.reason());
    assertEquals(Optional.of("name is blank; give a name; code is too long"), o.message());
    assertEquals(List.of(blank, tooLong), o.violations());
    assertThrows(IllegalArgumentException.class, () -> RecordOutcome.skipped("v", List.of()));
  }

  @Test
  void failureKeepsTypeAndMessageAndTheThrowableOutOfEquality() {
    IllegalStateException error = new IllegalStateException("422 name taken");
    RecordOutcome o = RecordOutcome.failed("vendor V-1", error);

    assertEquals(Optional.of("java.lang.IllegalStateException"), o.errorType());
    assertEquals(Optional.of("422 name taken"), o.message());
    assertEquals(Optional.of(error), o.cause());
    RecordOutcome same =
        RecordOutcome.failed("vendor V-1", "java.lang.IllegalStateException", "422 name taken");
    assertEquals(same, o);
    assertEquals(same.hashCode(), o.hashCode());
    assertFalse(o.toString().contains("Exception:"), o.toString());
  }

  @Test
  void failureWithoutMessageSaysSo() {
    assertEquals(
        Optional.of("(no message)"),
        RecordOutcome.failed("vendor V-1", new NullPointerException()).message());
  }

  @Test
  void secretsInErrorMessagesAreMasked() {
    RecordOutcome o =
        RecordOutcome.failed(
            "k",
            new IllegalStateException(
                "POST /oauth/token with Authorization: Bearer eyJhbG.xx.yy and"
                    + " refresh_token=r3fr3sh&client_secret=s3cr3t, body {\"access_token\":\"tok\"}"
                    + " password: hunter2"));
    String message = o.message().orElseThrow();
    for (String secret : List.of("eyJhbG", "r3fr3sh", "s3cr3t", "tok\"", "hunter2")) {
      assertFalse(message.contains(secret), message);
    }
    assertTrue(message.contains("Bearer ****"), message);
    assertTrue(message.contains("POST /oauth/token"), message);
  }

  @Test
  void inconsistentOutcomesCannotBeBuilt() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            RecordOutcome.builder().key("k").outcome(Outcome.SKIPPED).message("no reason").build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            RecordOutcome.builder()
                .key("k")
                .outcome(Outcome.CREATED)
                .errorType("x")
                .message("m")
                .build());
    assertThrows(IllegalArgumentException.class, () -> RecordOutcome.created(" ", "1"));
    assertThrows(IllegalArgumentException.class, () -> RecordOutcome.skipped("k", " ", "m"));
    assertThrows(IllegalArgumentException.class, () -> RecordOutcome.created("k", ""));
  }
}
