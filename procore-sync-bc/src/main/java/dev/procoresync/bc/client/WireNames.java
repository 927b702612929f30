package dev.procoresync.bc.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renames fields between the contract's names and a partner's custom pages. */
final class WireNames {
  private final BcCustomPages pages;

  /**
   * Creates the renamer.
   *
   * @param pages the custom pages' configuration
   */
  public WireNames(BcCustomPages pages) {
    this.pages = pages;
  }

  /**
   * Renames the partner's fields of a record (and of its parts) to the contract's.
   *
   * @param set the entity set
   * @param node the record as received
   * @return the record with the contract's names (the same node when nothing is renamed)
   */
  public JsonNode toContract(BcEntitySet<?> set, JsonNode node) {
    if (set.api() != BcApi.CUSTOM || !(node instanceof ObjectNode object)) {
      return node;
    }
    rename(set.name(), object, true);
    for (String part : set.parts()) {
      JsonNode lines = object.get(part);
      if (lines != null && lines.isArray()) {
        lines.forEach(
            l -> {
              if (l instanceof ObjectNode o) {
                rename(part, o, true);
              }
            });
      }
    }
    return object;
  }

  /**
   * Renames the contract's fields of a body (and of its parts) to the partner's.
   *
   * @param set the entity set
   * @param node the body
   * @return the body with the partner's names
   */
  public ObjectNode toWire(BcEntitySet<?> set, ObjectNode node) {
    if (set.api() != BcApi.CUSTOM) {
      return node;
    }
    for (String part : set.parts()) {
      JsonNode lines = node.get(part);
      if (lines != null && lines.isArray()) {
        lines.forEach(
            l -> {
              if (l instanceof ObjectNode o) {
                rename(part, o, false);
              }
            });
      }
    }
    rename(set.name(), node, false);
    return node;
  }

  private void rename(String set, ObjectNode node, boolean toContract) {
    if (!pages.renames(set)) {
      return;
    }
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
    fields.addAll(node.properties());
    node.removeAll();
    for (Map.Entry<String, JsonNode> f : fields) {
      String name =
          toContract ? pages.contractField(set, f.getKey()) : pages.field(set, f.getKey());
      node.set(name, f.getValue());
    }
  }
}
