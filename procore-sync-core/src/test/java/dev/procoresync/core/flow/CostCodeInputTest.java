package dev.procoresync.core.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.validation.Violation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CostCodeInputTest {

  @Test
  void nullTextsBecomeBlankAndABlankParentMeansADivision() {
    CostCodeInput input = CostCodeInput.of(null, " ", null, null);

    assertEquals("", input.originId());
    assertEquals(Optional.empty(), input.parentOriginId());
    assertEquals("", input.code());
    assertEquals("", input.name());
  }

  @Test
  void aCodeKeepsItsParent() {
    CostCodeInput input =
        CostCodeInput.code("erp:cost_code:03-100", "erp:cost_code:03", "100", "Forms");

    assertEquals(Optional.of("erp:cost_code:03"), input.parentOriginId());
    assertEquals(
        Optional.empty(),
        CostCodeInput.division("erp:cost_code:03", "03", "Concrete").parentOriginId());
  }

  @Test
  void validationNamesEveryBlankFieldAndAMalformedOriginId() {
    List<Violation> found =
        CostCodeUpsertFlow.validate(CostCodeInput.of("Not An Origin", null, " ", ""));

    List<String> codes = found.stream().map(Violation::code).toList();
    assertTrue(codes.get(0).startsWith("origin_id."), codes.toString());
    assertTrue(codes.contains("code.blank"), codes.toString());
    assertTrue(codes.contains("name.blank"), codes.toString());
    assertEquals(
        List.of(),
        CostCodeUpsertFlow.validate(CostCodeInput.division("erp:cost_code:03", "03", "Concrete")));
  }
}
