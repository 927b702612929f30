package dev.procoresync.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookManagementModelTest {

  @Test
  void decodesV1AndV2HooksWithNumericOrTextIds() {
    WebhookHook v1 =
        Json.read(
            """
            {"id": 12, "api_version": "v2", "namespace": "procore-sync",
             "destination_url": "https://hooks.example.com/procore",
             "destination_headers": {"Authorization": "Bearer s3cr3t-value"},
             "owned_by_company_id": 5501, "owned_by_project_id": null}
            """,
            WebhookHook.class);
    WebhookHook v2 =
        Json.read(
            "{\"id\": \"562949953421312\", \"payload_version\": \"v4.0\", \"status\": \"active\","
                + " \"trigger_count\": 3}",
            WebhookHook.class);

    assertEquals(Optional.of("12"), v1.id());
    assertEquals(Map.of("Authorization", "Bearer s3cr3t-value"), v1.destinationHeaders());
    assertEquals(Optional.of("562949953421312"), v2.id());
    assertEquals(Optional.of(3L), v2.triggerCount());
  }

  @Test
  void destinationHeadersNeverAppearInToString() {
    WebhookHook hook =
        WebhookHook.builder()
            .namespace("procore-sync")
            .putDestinationHeader("Authorization", "Bearer s3cr3t-value")
            .build();

    assertFalse(hook.toString().contains("s3cr3t"), hook.toString());
    assertTrue(Json.tree(hook).get("destination_headers").has("Authorization"));
  }

  @Test
  void decodesTriggersAndDeliveries() {
    WebhookTrigger trigger =
        Json.read(
            "{\"id\": 40, \"resource_name\": \"Timecard Entries\", \"event_type\": \"update\"}",
            WebhookTrigger.class);
    WebhookDelivery delivery =
        Json.read(
            """
            {"id": 9, "response_status": 503, "response_headers": {"retry-after": "30"},
             "response_error": null, "response_body": "busy", "outcome": "retried",
             "event": {"id": 40021, "event_type": "update", "resource_name": "Projects",
                       "resource_id": 88001},
             "started_at": "2026-11-02T14:05:10Z", "completed_at": "2026-11-02T14:05:15Z"}
            """,
            WebhookDelivery.class);
    WebhookDelivery unknown =
        Json.read("{\"id\": 10, \"outcome\": \"paused\"}", WebhookDelivery.class);

    assertEquals(Optional.of("40"), trigger.id());
    assertEquals("9", delivery.id());
    assertEquals("10", unknown.id());
    assertEquals(Optional.of(503), delivery.responseStatus());
    assertEquals(DeliveryOutcome.RETRIED, delivery.outcome().orElseThrow());
    assertEquals("Projects", delivery.event().orElseThrow().get("resource_name").asText());
    assertEquals(DeliveryOutcome.UNKNOWN, unknown.outcome().orElseThrow());
    assertEquals(delivery, Json.roundTrip(delivery, WebhookDelivery.class));
  }
}
