package dev.procoresync.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProcoreJsonTest {

  private final ObjectMapper json = ProcoreJson.mapper();

  @Test
  void sharedMapperIsOneInstanceAndNewMapperIsFresh() {
    assertSame(ProcoreJson.mapper(), ProcoreJson.mapper());
    assertNotSame(ProcoreJson.mapper(), ProcoreJson.newMapper());
  }

  @Test
  void snakeCaseRoundTripsThroughImmutables() throws Exception {
    VendorUpdate update =
        VendorUpdate.builder()
            .originId("bc:vendor:V0042")
            .originCode("V0042")
            .name("Acme Concrete")
            .isActive(true)
            .build();

    JsonNode tree = json.readTree(json.writeValueAsString(update));

    assertEquals("bc:vendor:V0042", tree.get("origin_id").asText());
    assertEquals("V0042", tree.get("origin_code").asText());
    assertTrue(tree.get("is_active").asBoolean());
    assertFalse(tree.has("originId"), "camelCase must not leak onto the wire");
    assertEquals(update, json.treeToValue(tree, VendorUpdate.class));
  }

  @Test
  void absentValuesAreNotWrittenSoPatchesNeverClearFields() throws Exception {
    String body = json.writeValueAsString(VendorUpdate.builder().id(9L).build());

    assertEquals("{\"id\":9}", body);
  }

  @Test
  void emptyListsAndMapsAreNotWrittenButNonEmptyOnesAre() throws Exception {
    JsonNode empty = json.readTree(json.writeValueAsString(DirectCostUpdate.builder().build()));
    JsonNode lines =
        json.readTree(
            json.writeValueAsString(
                DirectCostUpdate.builder()
                    .addLineItem(DirectCostLineItemUpdate.builder().wbsCodeId(9L).build())
                    .build()));

    assertEquals(0, empty.size());
    assertEquals(9L, lines.get("line_items").get(0).get("wbs_code_id").asLong());
  }

  @Test
  void moneyKeepsItsScaleFromStringsAndNumbersAndIsWrittenPlain() throws Exception {
    Project fromString =
        json.readValue("{\"id\":1,\"name\":\"P\",\"total_value\":\"1234.50\"}", Project.class);
    Project fromNumber =
        json.readValue("{\"id\":1,\"name\":\"P\",\"total_value\":8.50}", Project.class);
    Project big = json.readValue("{\"id\":1,\"name\":\"P\",\"total_value\":1E+3}", Project.class);

    assertEquals(new BigDecimal("1234.50"), fromString.totalValue().orElseThrow());
    assertEquals(2, fromString.totalValue().orElseThrow().scale());
    assertEquals(new BigDecimal("8.50"), fromNumber.totalValue().orElseThrow());
    assertTrue(json.writeValueAsString(big).contains("\"total_value\":1000"));
  }

  @Test
  void moneyKeepsItsScaleThroughJsonTrees() throws Exception {
    JsonNode tree = json.readTree("{\"id\":1,\"name\":\"P\",\"total_value\":12500000.00}");

    Project project = json.treeToValue(tree, Project.class);

    assertEquals("12500000.00", project.totalValue().orElseThrow().toPlainString());
  }

  @Test
  void emptyStringsForNumbersDatesAndEnumsReadAsAbsent() throws Exception {
    Project project =
        json.readValue(
            "{\"id\":1,\"name\":\"P\",\"total_value\":\"\",\"start_date\":\"\"}", Project.class);
    LineItemType type = json.readValue("{\"id\":3,\"base_type\":\"\"}", LineItemType.class);

    assertTrue(project.totalValue().isEmpty());
    assertTrue(project.startDate().isEmpty());
    assertTrue(type.baseType().isEmpty());
    assertEquals(
        LineItemBaseType.UNKNOWN,
        json.readValue("{\"id\":3,\"base_type\":\"drones\"}", LineItemType.class)
            .baseType()
            .orElseThrow());
    assertEquals(
        LineItemBaseType.LABOR,
        json.readValue("{\"id\":3,\"base_type\":\"labor\"}", LineItemType.class)
            .baseType()
            .orElseThrow());
  }

  @Test
  void unknownFieldsAreIgnoredAndUnknownEnumValuesBecomeUnknown() throws Exception {
    LineItemType type =
        json.readValue(
            "{\"id\":3,\"base_type\":\"robotics\",\"brand_new_field\":{\"x\":[1,2]}}",
            LineItemType.class);

    assertEquals(3L, type.id());
    assertEquals(LineItemBaseType.UNKNOWN, type.baseType().orElseThrow());
  }

  @Test
  void datesAndDateTimesKeepTheirMeaning() throws Exception {
    TimecardEntry entry =
        json.readValue(
            "{\"id\":1,\"date\":\"2026-11-02\",\"time_in\":\"2026-11-02T07:00:00-05:00\","
                + "\"created_at\":\"2026-11-02T12:00:00.123-05:00\","
                + "\"updated_at\":\"2026-11-02T17:00:00Z\"}",
            TimecardEntry.class);

    assertEquals(LocalDate.of(2026, 11, 2), entry.date().orElseThrow());
    assertEquals(
        OffsetDateTime.of(2026, 11, 2, 7, 0, 0, 0, ZoneOffset.ofHours(-5)),
        entry.timeIn().orElseThrow());
    assertEquals(Instant.parse("2026-11-02T17:00:00.123Z"), entry.createdAt().orElseThrow());
    assertEquals(Instant.parse("2026-11-02T17:00:00Z"), entry.updatedAt().orElseThrow());

    JsonNode written = json.readTree(json.writeValueAsString(entry));
    assertEquals("2026-11-02", written.get("date").asText());
    assertEquals("2026-11-02T07:00:00-05:00", written.get("time_in").asText());
    assertEquals("2026-11-02T17:00:00Z", written.get("updated_at").asText());
  }

  @Test
  void nullFieldsReadAsAbsent() throws Exception {
    Vendor vendor =
        json.readValue(
            "{\"id\":5,\"name\":\"Acme\",\"origin_id\":null,\"parent\":null,\"project_ids\":null}",
            Vendor.class);

    assertTrue(vendor.originId().isEmpty());
    assertTrue(vendor.parent().isEmpty());
    assertTrue(vendor.projectIds().isEmpty());
  }
}
