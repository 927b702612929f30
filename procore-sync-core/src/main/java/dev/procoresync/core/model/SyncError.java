package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item a batch {@code sync} action refused: the attributes as they were submitted, and the
 * messages Procore gave per field ({@code "errors": {"name": ["can't be blank"]}}).
 *
 * <p>Procore's error object is the submitted item with an {@code errors} member added, so the
 * item's {@code id} and {@code origin_id} are found among the {@link #attributes()}: {@link #id()}
 * and {@link #originId()} read them. An {@code errors} member that is a string or a list (rather
 * than an object of lists) is kept under the field {@code "base"}.
 *
 * <pre>{@code
 * SyncError error = SyncError.fromJson(node);
 * error.originId();          // Optional[bc:vendor:V0042]
 * error.errors().get("name"); // [can't be blank]
 * }</pre>
 */
@Value.Immutable
public abstract class SyncError {

  /** The field under which messages that name no field are kept. */
  public static final String BASE = "base";

  SyncError() {}

  /**
   * Returns a new, empty builder of {@code SyncError} values.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset; a setter given {@code null} for a required attribute throws {@link
   * NullPointerException} naming it ({@code null} for an optional attribute leaves it empty).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy; this value is
   * left as it is.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Returns the attributes of the item as it was submitted (without the {@code errors} member).
   *
   * <p>The nodes are shared with the decoded document: do not modify them.
   *
   * @return the submitted attributes by wire name (empty when Procore echoed none)
   */
  public abstract Map<String, JsonNode> attributes();

  /**
   * Returns Procore's messages per field.
   *
   * @return the messages by wire field name, {@link #BASE} for messages about the whole item
   */
  public abstract Map<String, List<String>> errors();

  /**
   * Returns the submitted {@code id}, when the item had one.
   *
   * @return the Procore id, or empty for an item that was meant to be created
   */
  @Value.Lazy
  public Optional<Long> id() {
    JsonNode id = attributes().get("id");
    return id == null || !id.canConvertToLong() && !id.isTextual()
        ? Optional.empty()
        : parseLong(id);
  }

  /**
   * Returns the submitted {@code origin_id} as text (timecard entries send an integer), when the
   * item had one.
   *
   * @return the origin id, or empty
   */
  @Value.Lazy
  public Optional<String> originId() {
    JsonNode origin = attributes().get("origin_id");
    return origin == null || origin.isNull() || origin.isContainerNode()
        ? Optional.empty()
        : Optional.of(origin.asText());
  }

  /**
   * Returns every message, prefixed with its field unless it is about the whole item.
   *
   * @return messages such as {@code "name: can't be blank"}
   */
  public List<String> messages() {
    List<String> messages = new ArrayList<>();
    errors()
        .forEach(
            (field, list) ->
                list.forEach(m -> messages.add(BASE.equals(field) ? m : field + ": " + m)));
    return messages;
  }

  /**
   * Reads one element of a sync response's {@code errors} array.
   *
   * @param node the JSON object
   * @return the error
   * @throws IllegalArgumentException when {@code node} is not a JSON object
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static SyncError fromJson(JsonNode node) {
    Objects.requireNonNull(node, "node");
    if (!node.isObject()) {
      throw new IllegalArgumentException("a sync error must be a JSON object, got: " + node);
    }
    SyncError.Builder builder = SyncError.builder();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if ("errors".equals(field.getKey())) {
        builder.putAllErrors(readErrors(field.getValue()));
      } else {
        builder.putAttribute(field.getKey(), field.getValue());
      }
    }
    return builder.build();
  }

  /**
   * Writes the error back in Procore's shape: the attributes plus an {@code errors} object.
   *
   * @return a new JSON object
   */
  @JsonValue
  public ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    attributes().forEach(node::set);
    ObjectNode errors = node.putObject("errors");
    errors().forEach((field, list) -> list.forEach(errors.withArray(field)::add));
    return node;
  }

  private static Map<String, List<String>> readErrors(JsonNode errors) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    if (errors.isObject()) {
      for (Map.Entry<String, JsonNode> field : errors.properties()) {
        result.put(field.getKey(), texts(field.getValue()));
      }
    } else if (!errors.isNull() && !errors.isMissingNode()) {
      result.put(BASE, texts(errors));
    }
    return result;
  }

  private static List<String> texts(JsonNode value) {
    List<String> texts = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(v -> texts.add(v.isTextual() ? v.asText() : v.toString()));
    } else if (!value.isNull()) {
      texts.add(value.isTextual() ? value.asText() : value.toString());
    }
    return texts;
  }

  private static Optional<Long> parseLong(JsonNode id) {
    if (id.isTextual()) {
      try {
        return Optional.of(Long.parseLong(id.asText().trim()));
      } catch (NumberFormatException notANumber) {
        return Optional.empty();
      }
    }
    return Optional.of(id.asLong());
  }

  /**
   * Builds {@code SyncError} values: a setter per attribute (plus {@code add*}/{@code addAll*} for
   * lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a value,
   * and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder is not
   * thread safe.
   */
  public static final class Builder extends SyncErrorBuilder {
    Builder() {}
  }
}
