package dev.procoresync.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidationTest {
  private static final Violation BLANK =
      Violation.of("name.blank", "name", "", "name '' is blank; give a name");
  private static final Violation LONG =
      Violation.of("name.too_long", "name", "x".repeat(300), "name is 300 characters; at most 255");

  private static final Validator<String> NOT_BLANK = s -> s.isBlank() ? List.of(BLANK) : List.of();
  private static final Validator<String> SHORT = s -> s.length() > 255 ? List.of(LONG) : List.of();

  @Test
  void validHoldsAValueAndNoViolations() {
    Validated<String> v = Validated.valid("ok");
    assertTrue(v.isValid());
    assertEquals("ok", v.value());
    assertEquals(Optional.of("ok"), v.toOptional());
    assertEquals(List.of(), v.violations());
    assertEquals(Validated.valid(2), v.map(String::length));
    assertEquals(Validated.invalid(BLANK), v.flatMap(s -> Validated.invalid(BLANK)));
  }

  @Test
  void invalidHoldsViolationsAndPassesThroughMapAndFlatMap() {
    Validated<String> v = Validated.invalid(BLANK);
    assertFalse(v.isValid());
    IllegalStateException e = assertThrows(IllegalStateException.class, v::value);
    assertTrue(e.getMessage().contains("name.blank"), e.getMessage());
    assertEquals(Optional.empty(), v.toOptional());
    assertEquals(List.of(BLANK), v.map(String::length).violations());
    assertEquals(List.of(BLANK), v.flatMap(s -> Validated.valid(1)).violations());
    assertThrows(IllegalArgumentException.class, () -> Validated.invalid(List.of()));
  }

  @Test
  void composedValidatorsReportEveryViolationInOrder() {
    Validator<String> rules = NOT_BLANK.and(SHORT);
    assertEquals(Validated.valid("Acme"), rules.validate("Acme"));
    assertEquals(List.of(BLANK), rules.check(" "));
    assertEquals(List.of(LONG), rules.check("x".repeat(300)));
    Validator<String> both = s -> List.of(BLANK);
    assertEquals(List.of(BLANK, LONG), both.and(SHORT).check("x".repeat(300)));
    assertEquals(List.of(), Validator.<String>none().check(""));
  }

  @Test
  void violationKeepsTheRejectedValueAsTextAndRefusesBlankParts() {
    assertEquals("42", Violation.of("c", "f", 42, "m").rejectedValue());
    assertEquals(null, Violation.of("c", "f", null, "m").rejectedValue());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Violation.of("c", " ", "v", "m"));
    assertTrue(e.getMessage().contains("field=' '"), e.getMessage());
  }
}
