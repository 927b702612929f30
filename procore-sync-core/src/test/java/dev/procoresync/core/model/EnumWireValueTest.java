package dev.procoresync.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EnumWireValueTest {

  static List<Class<? extends Enum<?>>> enums() {
    return List.of(
        AccountingMethod.class,
        AdjustmentType.class,
        BudgetChangeStatus.class,
        CalculationStrategy.class,
        ChangeOrderStatus.class,
        DeliveryOutcome.class,
        DirectCostStatus.class,
        DirectCostType.class,
        ExtendedType.class,
        LineItemBaseType.class,
        PurchaseOrderStatus.class,
        RequisitionStatus.class,
        RoundingRule.class,
        TimecardApprovalStatus.class,
        TimesheetStatus.class,
        WbsSegmentStructure.class,
        WbsSegmentType.class,
        WorkOrderStatus.class);
  }

  @ParameterizedTest
  @MethodSource("enums")
  void everyConstantTravelsAsItsWireValueAndComesBack(Class<? extends Enum<?>> type)
      throws Exception {
    Method wireValue = type.getMethod("wireValue");
    Method fromWireValue = type.getMethod("fromWireValue", String.class);
    for (Enum<?> constant : type.getEnumConstants()) {
      String wire = (String) wireValue.invoke(constant);
      JsonNode written = ProcoreJson.mapper().valueToTree(constant);

      assertEquals(wire, written.asText(), constant.name());
      assertEquals(constant, ProcoreJson.mapper().treeToValue(written, type), constant.name());
      if (!constant.name().equals("UNKNOWN")) {
        assertEquals(constant, fromWireValue.invoke(null, wire.toUpperCase(java.util.Locale.ROOT)));
      }
    }
    assertEquals("UNKNOWN", ((Enum<?>) fromWireValue.invoke(null, "no such value")).name());
    assertEquals(
        "UNKNOWN",
        ProcoreJson.mapper().readValue("\"no such value\"", type).name(),
        "unknown wire values read as UNKNOWN");
  }
}
