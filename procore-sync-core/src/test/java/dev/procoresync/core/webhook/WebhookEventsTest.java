package dev.procoresync.core.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookEventsTest {

  static final String V2 =
      "{\"id\":40021,\"ulid\":\"01KAZ3M5R7T9V1X3Z5B7D9F1H3\","
          + "\"timestamp\":\"2026-11-02T14:05:09.123456Z\","
          + "\"metadata\":{\"source_user_id\":311,\"source_project_id\":42,"
          + "\"source_operation_id\":null,\"source_company_id\":7,"
          + "\"source_application_id\":\"app-77\"},"
          + "\"user_id\":311,\"company_id\":7,\"project_id\":42,\"api_version\":\"v2.0\","
          + "\"event_type\":\"update\",\"resource_name\":\"Timecard Entries\",\"resource_id\":9001}";

  static final String V3 =
      "{\"id\":40022,\"ulid\":\"01KAZ3M5R7T9V1X3Z5B7D9F1H4\","
          + "\"timestamp\":\"2026-11-02T14:06:00Z\",\"metadata\":{\"source_user_id\":311},"
          + "\"user_id\":311,\"company_id\":7,\"project_id\":42,\"api_version\":\"v3.0\","
          + "\"event_type\":\"create\",\"resource_name\":\"Direct Cost Line Items\","
          + "\"resource_id\":5500,\"related_resources\":[{\"id\":880,\"name\":\"Direct Costs\"}],"
          + "\"something_new\":true}";

  static final String V4 =
      "{\"id\":\"01KAZ3M5R7T9V1X3Z5B7D9F1H5\",\"timestamp\":\"2026-11-02T14:07:00.5Z\","
          + "\"reason\":\"delete\",\"company_id\":\"7\",\"project_id\":\"42\",\"user_id\":\"311\","
          + "\"resource_type\":\"Budget Line Items\",\"resource_id\":\"123456789012\"}";

  @Test
  void parsesLegacyV2() {
    WebhookEvent event = WebhookEvents.parse(V2);

    assertEquals("v2.0", event.payloadVersion());
    assertEquals("40021", event.id());
    assertEquals(Optional.of("01KAZ3M5R7T9V1X3Z5B7D9F1H3"), event.ulid());
    assertEquals("01KAZ3M5R7T9V1X3Z5B7D9F1H3", event.deduplicationKey());
    assertEquals(Instant.parse("2026-11-02T14:05:09.123456Z"), event.timestamp().orElseThrow());
    assertEquals(WebhookAction.UPDATE, event.action());
    assertEquals("Timecard Entries", event.resourceName());
    assertEquals(Optional.of(9001L), event.resourceIdAsLong());
    assertEquals(Optional.of("7"), event.companyId());
    assertEquals(Optional.of("42"), event.projectId());
    assertEquals(Optional.of("311"), event.userId());
    WebhookMetadata metadata = event.metadata().orElseThrow();
    assertEquals(Optional.of("app-77"), metadata.sourceApplicationId());
    assertEquals(Optional.empty(), metadata.sourceOperationId());
    assertTrue(event.causedByApplication("app-77"));
    assertFalse(event.causedByApplication("someone-else"));
    assertTrue(event.relatedResources().isEmpty());
  }

  @Test
  void parsesV3WithRelatedResourcesAndIgnoresUnknownMembers() {
    WebhookEvent event = WebhookEvents.parse(V3);

    assertEquals("v3.0", event.payloadVersion());
    assertEquals(WebhookAction.CREATE, event.action());
    assertEquals(
        List.of(RelatedResource.builder().id("880").name("Direct Costs").build()),
        event.relatedResources());
  }

  @Test
  void parsesV4WithStringIdsReasonAndResourceType() {
    WebhookEvent event = WebhookEvents.parse(V4);

    assertEquals("v4.0", event.payloadVersion());
    assertEquals("01KAZ3M5R7T9V1X3Z5B7D9F1H5", event.id());
    assertTrue(event.ulid().isEmpty());
    assertEquals("01KAZ3M5R7T9V1X3Z5B7D9F1H5", event.deduplicationKey());
    assertEquals("delete", event.reason());
    assertEquals(WebhookAction.DELETE, event.action());
    assertEquals("Budget Line Items", event.resourceName());
    assertEquals(Optional.of(123456789012L), event.resourceIdAsLong());
    assertTrue(event.metadata().isEmpty());
    assertFalse(event.causedByApplication("app-77"));
  }

  @Test
  void v4ReasonsBeyondCrudAreKeptAsText() {
    WebhookEvent event =
        WebhookEvents.parse(
            "{\"id\":\"01KB\",\"reason\":\"restore\",\"resource_type\":\"Projects\","
                + "\"resource_id\":\"42\"}");

    assertEquals(WebhookAction.OTHER, event.action());
    assertEquals("restore", event.reason());
    assertTrue(event.timestamp().isEmpty());
  }

  @Test
  void refusesBodiesThatAreNotEvents() {
    WebhookPayloadException notJson =
        assertThrows(WebhookPayloadException.class, () -> WebhookEvents.parse("<html>"));
    WebhookPayloadException array =
        assertThrows(WebhookPayloadException.class, () -> WebhookEvents.parse("[1]"));
    WebhookPayloadException noResource =
        assertThrows(
            WebhookPayloadException.class,
            () -> WebhookEvents.parse("{\"id\":1,\"event_type\":\"create\",\"resource_id\":2}"));

    assertTrue(notJson.getMessage().contains("not JSON"), notJson.getMessage());
    assertTrue(array.getMessage().contains("ARRAY"), array.getMessage());
    assertTrue(noResource.getMessage().contains("resource_name"), noResource.getMessage());
  }
}
