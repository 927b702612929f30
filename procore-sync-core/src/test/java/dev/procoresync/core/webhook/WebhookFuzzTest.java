package dev.procoresync.core.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.state.InMemorySyncStateStore;
import dev.procoresync.core.testing.Fuzz;
import dev.procoresync.core.testing.Mutate;
import dev.procoresync.core.testing.Seeds;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Webhook bodies are outside input: whatever arrives ends in an event whose text fields are
 * non-blank and trimmed, or in {@link WebhookPayloadException}.
 */
class WebhookFuzzTest {

  static final List<String> SAMPLES =
      List.of(WebhookEventsTest.V2, WebhookEventsTest.V3, WebhookEventsTest.V4);

  static final List<String> FIELDS =
      List.of(
          "id",
          "ulid",
          "timestamp",
          "reason",
          "event_type",
          "resource_type",
          "resource_name",
          "resource_id",
          "company_id",
          "project_id",
          "user_id",
          "api_version",
          "payload_version",
          "metadata",
          "related_resources");

  /** A mutated real sample, or an object of the known members with values of any kind. */
  static String body(SplittableRandom r) {
    if (r.nextInt(3) > 0) {
      return Mutate.json(r, Seeds.oneOf(r, SAMPLES));
    }
    StringBuilder b = new StringBuilder("{");
    for (String field : FIELDS) {
      if (r.nextInt(4) > 0) {
        if (b.length() > 1) {
          b.append(',');
        }
        b.append('"').append(field).append("\":").append(Mutate.jsonValue(r, 0));
      }
    }
    return b.append('}').toString();
  }

  @Test
  void everyBodyEndsInAnEventOrThePayloadException() {
    InMemorySyncStateStore store = InMemorySyncStateStore.create();
    Clock clock = Clock.fixed(Instant.parse("2026-11-02T14:00:00Z"), ZoneOffset.UTC);
    WebhookInbox inbox = WebhookInbox.create(store, clock, Set.of("app-77"));
    Fuzz.run(
        "webhook payload",
        2_000,
        WebhookFuzzTest::body,
        body -> {
          WebhookEvent event = WebhookEvents.parse(body);
          for (String text :
              List.of(event.id(), event.reason(), event.resourceName(), event.resourceId())) {
            assertUsable(text);
          }
          event.ulid().ifPresent(WebhookFuzzTest::assertUsable);
          event.companyId().ifPresent(WebhookFuzzTest::assertUsable);
          assertUsable(event.deduplicationKey());
          event.action();
          event.resourceIdAsLong();
          event.toString();
          inbox.receive(event);
        },
        t -> t instanceof WebhookPayloadException);
  }

  /** Not empty, no whitespace at either end, and something other than control characters. */
  static void assertUsable(String text) {
    assertFalse(text.isEmpty(), "empty");
    assertEquals(text.strip(), text, "trimmed");
    assertTrue(
        text.chars().anyMatch(c -> !Character.isISOControl(c) && !Character.isWhitespace(c)),
        () -> "more than control characters: " + Fuzz.quote(text));
  }

  @Test
  void timestampsBeyondInstantsRangeAreAbsentNotAnException() {
    for (String stamp :
        List.of(
            "9223372036854775807",
            "-9223372036854775808",
            "31556889864403200",
            "1e400",
            "99999999999999999999999")) {
      WebhookEvent event =
          WebhookEvents.parse(
              "{\"id\":\"01KB\",\"reason\":\"update\",\"resource_type\":\"Projects\","
                  + "\"resource_id\":\"42\",\"timestamp\":"
                  + stamp
                  + "}");
      assertEquals(Optional.empty(), event.timestamp(), stamp);
    }
  }

  @Test
  void anEpochTimestampKeepsItsFractionAndItsValue() {
    WebhookEvent event =
        WebhookEvents.parse(
            "{\"id\":\"01KB\",\"reason\":\"update\",\"resource_type\":\"Projects\","
                + "\"resource_id\":\"42\",\"timestamp\":1793628300.25}");
    assertEquals(Optional.of(Instant.parse("2026-11-02T14:05:00.25Z")), event.timestamp());
    WebhookEvent wrapped =
        WebhookEvents.parse(
            "{\"id\":\"01KB\",\"reason\":\"update\",\"resource_type\":\"Projects\","
                + "\"resource_id\":\"42\",\"timestamp\":18446744073709551617}");
    assertEquals(Optional.empty(), wrapped.timestamp(), "2^64 + 1 is not second 1 of 1970");
  }

  @Test
  void numbersBigDecimalCannotHoldAreThePayloadException() {
    for (String number : List.of("1e-2147483649", "-1e-2147483649", "1e2147483648")) {
      String body =
          "{\"id\":"
              + number
              + ",\"reason\":\"update\",\"resource_type\":\"Projects\",\"resource_id\":\"42\"}";
      try {
        WebhookEvent event = WebhookEvents.parse(body);
        assertUsable(event.id());
      } catch (WebhookPayloadException expected) {
        assertTrue(expected.getMessage().startsWith("webhook body"), expected.getMessage());
      }
    }
  }

  @Test
  void aReasonOrUlidOfControlCharactersIsBlank() {
    WebhookPayloadException reason =
        org.junit.jupiter.api.Assertions.assertThrows(
            WebhookPayloadException.class,
            () ->
                WebhookEvents.parse(
                    "{\"id\":\"01KB\",\"reason\":\"\\u0001\\u0002\",\"resource_type\":\"P\","
                        + "\"resource_id\":\"42\"}"));
    assertTrue(reason.getMessage().contains("\"reason\""), reason.getMessage());

    WebhookEvent event =
        WebhookEvents.parse(
            "{\"id\":40021,\"ulid\":\"\\u0000\",\"event_type\":\"update\","
                + "\"resource_name\":\"P\",\"resource_id\":1}");
    assertEquals(Optional.empty(), event.ulid());
    assertEquals("40021", event.deduplicationKey());
  }

  @Test
  void twoDifferentEventsNeverDeduplicateAgainstEachOther() {
    Fuzz.run(
        "webhook de-duplication",
        500,
        r ->
            new String[] {
              Mutate.escape(Seeds.anyString(r, 0, 4)), Mutate.escape(Seeds.anyString(r, 0, 4))
            },
        ulids -> {
          InMemorySyncStateStore store = InMemorySyncStateStore.create();
          WebhookInbox inbox =
              WebhookInbox.create(store, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), Set.of());
          WebhookEvent a = event(1, ulids[0]);
          WebhookEvent b = event(2, ulids[1]);
          inbox.receive(a);
          WebhookReceipt second = inbox.receive(b);
          boolean sameEvent = a.deduplicationKey().equals(b.deduplicationKey());
          assertEquals(
              sameEvent,
              second.verdict() == WebhookVerdict.DUPLICATE,
              () -> a.deduplicationKey() + " vs " + b.deduplicationKey());
          if (sameEvent) {
            assertEquals(a.ulid(), b.ulid(), "only equal ULIDs make one event");
          }
        },
        t -> false);
  }

  private static WebhookEvent event(int id, String escapedUlid) {
    return WebhookEvents.parse(
        "{\"id\":"
            + id
            + ",\"ulid\":\""
            + escapedUlid
            + "\",\"event_type\":\"update\",\"resource_name\":\"P\",\"resource_id\":1}");
  }
}
