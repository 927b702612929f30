package dev.procoresync.core.model;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;

/** Test helpers around the shared mapper. */
final class Json {

  /** Members whose own keys are data (header names, view columns), not property names. */
  private static final Set<String> FREE_KEYS =
      Set.of("response_headers", "destination_headers", "summary", "event");

  private Json() {}

  static <T> T read(String json, Class<T> type) {
    try {
      return ProcoreJson.mapper().readValue(json, type);
    } catch (Exception e) {
      throw new AssertionError("cannot decode " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  static <T> T read(String json, TypeReference<T> type) {
    try {
      return ProcoreJson.mapper().readValue(json, type);
    } catch (Exception e) {
      throw new AssertionError("cannot decode " + type.getType() + ": " + e.getMessage(), e);
    }
  }

  static JsonNode tree(Object value) {
    try {
      return ProcoreJson.mapper().readTree(ProcoreJson.mapper().writeValueAsString(value));
    } catch (Exception e) {
      throw new AssertionError("cannot encode " + value + ": " + e.getMessage(), e);
    }
  }

  /** Encodes, checks every key is snake_case, decodes again and returns the decoded value. */
  static <T> T roundTrip(T value, Class<T> type) {
    JsonNode tree = tree(value);
    assertSnakeCase(tree, "$");
    try {
      return ProcoreJson.mapper().treeToValue(tree, type);
    } catch (Exception e) {
      throw new AssertionError("cannot decode again: " + e.getMessage(), e);
    }
  }

  static void assertSnakeCase(JsonNode node, String path) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (!field.getKey().matches("[a-z0-9_]+")) {
          fail("key " + path + "." + field.getKey() + " is not snake_case");
        }
        if (!FREE_KEYS.contains(field.getKey())) {
          assertSnakeCase(field.getValue(), path + "." + field.getKey());
        }
      }
    } else if (node.isArray()) {
      int i = 0;
      for (JsonNode element : node) {
        assertSnakeCase(element, path + "[" + i++ + "]");
      }
    }
  }
}
