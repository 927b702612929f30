package dev.procoresync.core.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.procoresync.core.model.ProcoreJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Parses the body of a Procore webhook delivery, whatever its payload version, into a {@link
 * WebhookEvent}.
 *
 * <p>The version is read from {@code api_version} (or {@code payload_version}) when present;
 * otherwise a payload with {@code reason} or {@code resource_type} is v4.0, one with {@code
 * related_resources} v3.0, and any other v2.0. Ids may be numbers or strings in any version.
 * Unknown members are ignored.
 *
 * <pre>{@code
 * WebhookEvent event = WebhookEvents.parse(requestBody);
 * }</pre>
 */
public final class WebhookEvents {

  private WebhookEvents() {}

  /**
   * Parses a webhook body.
   *
   * @param json the request body
   * @return the event
   * @throws WebhookPayloadException when the body is not JSON or not a Procore event
   * @throws NullPointerException when {@code json} is null
   */
  public static WebhookEvent parse(String json) {
    Objects.requireNonNull(json, "json");
    JsonNode node;
    try {
      node = ProcoreJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new WebhookPayloadException("webhook body is not JSON: " + e.getOriginalMessage(), e);
    }
    return parse(node);
  }

  /**
   * Parses a webhook body already read as a JSON tree (such as a delivery's {@code event}).
   *
   * @param node the event object
   * @return the event
   * @throws WebhookPayloadException when the node is not a Procore event
   * @throws NullPointerException when {@code node} is null
   */
  public static WebhookEvent parse(JsonNode node) {
    Objects.requireNonNull(node, "node");
    if (!node.isObject()) {
      throw new WebhookPayloadException(
          "webhook body must be a JSON object, got " + node.getNodeType());
    }
    WebhookEvent.Builder event =
        WebhookEvent.builder()
            .payloadVersion(version(node))
            .id(required(node, "id"))
            .reason(required(node, node.has("reason") ? "reason" : "event_type"))
            .resourceName(
                required(node, node.has("resource_type") ? "resource_type" : "resource_name"))
            .resourceId(required(node, "resource_id"))
            .ulid(text(node, "ulid"))
            .timestamp(timestamp(node))
            .companyId(text(node, "company_id"))
            .projectId(text(node, "project_id"))
            .userId(text(node, "user_id"));
    JsonNode metadata = node.get("metadata");
    if (metadata != null && metadata.isObject()) {
      event.metadata(
          WebhookMetadata.builder()
              .sourceUserId(text(metadata, "source_user_id"))
              .sourceProjectId(text(metadata, "source_project_id"))
              .sourceOperationId(text(metadata, "source_operation_id"))
              .sourceCompanyId(text(metadata, "source_company_id"))
              .sourceApplicationId(text(metadata, "source_application_id"))
              .build());
    }
    JsonNode related = node.get("related_resources");
    if (related != null && related.isArray()) {
      for (JsonNode resource : related) {
        Optional<String> id = text(resource, "id");
        Optional<String> name = text(resource, "name");
        if (id.isPresent() && name.isPresent()) {
          event.addRelatedResource(RelatedResource.builder().id(id.get()).name(name.get()).build());
        }
      }
    }
    return event.build();
  }

  private static String version(JsonNode node) {
    Optional<String> declared = text(node, "api_version").or(() -> text(node, "payload_version"));
    if (declared.isPresent()) {
      return declared.get();
    }
    if (node.has("reason") || node.has("resource_type")) {
      return "v4.0";
    }
    return node.has("related_resources") ? "v3.0" : "v2.0";
  }

  private static String required(JsonNode node, String field) {
    return text(node, field)
        .orElseThrow(
            () ->
                new WebhookPayloadException(
                    "webhook body has no \"" + field + "\": not a Procore event"));
  }

  /**
   * A member as text: absent when missing, null, a container, or nothing but whitespace and control
   * characters; otherwise stripped of whitespace at both ends and kept as it is (two values that
   * differ after stripping stay different).
   */
  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return Optional.empty();
    }
    String text = value.isNumber() ? value.numberValue().toString() : value.asText();
    String stripped = text.strip();
    boolean meaningful =
        stripped.chars().anyMatch(c -> !Character.isISOControl(c) && !Character.isWhitespace(c));
    return meaningful ? Optional.of(stripped) : Optional.empty();
  }

  /** The earliest and latest epoch second an {@code Instant} holds. */
  private static final BigDecimal MIN_SECOND = BigDecimal.valueOf(Instant.MIN.getEpochSecond());

  private static final BigDecimal MAX_SECOND = BigDecimal.valueOf(Instant.MAX.getEpochSecond());

  private static Optional<Instant> timestamp(JsonNode node) {
    JsonNode value = node.get("timestamp");
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (value.isNumber()) {
      return epochSeconds(value.decimalValue());
    }
    try {
      return Optional.of(OffsetDateTime.parse(value.asText().trim()).toInstant());
    } catch (DateTimeException notIsoOrOutOfRange) {
      return Optional.empty();
    }
  }

  /**
   * Seconds since the epoch, with a fraction cut at the nanosecond (floor); empty beyond what an
   * {@code Instant} holds. Never rescales a number of huge scale (such as {@code 1e-999999999}),
   * which would take forever.
   */
  private static Optional<Instant> epochSeconds(BigDecimal seconds) {
    if (seconds.compareTo(MIN_SECOND) < 0 || seconds.compareTo(MAX_SECOND) > 0) {
      return Optional.empty();
    }
    if (seconds.signum() == 0 || seconds.precision() - seconds.scale() < -9) {
      return Optional.of(seconds.signum() < 0 ? Instant.EPOCH.minusNanos(1) : Instant.EPOCH);
    }
    BigDecimal nanos = seconds.setScale(9, RoundingMode.FLOOR);
    BigDecimal whole = nanos.setScale(0, RoundingMode.FLOOR);
    return Optional.of(
        Instant.ofEpochSecond(
            whole.longValueExact(), nanos.subtract(whole).movePointRight(9).longValueExact()));
  }
}
