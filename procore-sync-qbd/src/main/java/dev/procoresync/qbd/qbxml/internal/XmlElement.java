package dev.procoresync.qbd.qbxml.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One element read by {@link SafeXml}: name, attributes, text and children, in document order. */
public final class XmlElement {
  private final String name;
  private final Map<String, String> attributes = new LinkedHashMap<>();
  private final List<XmlElement> children = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  XmlElement(String name) {
    this.name = name;
  }

  /** The element's local name. */
  public String name() {
    return name;
  }

  /** The attributes by local name. */
  public Map<String, String> attributes() {
    return Collections.unmodifiableMap(attributes);
  }

  /** An attribute. */
  public Optional<String> attribute(String attribute) {
    return Optional.ofNullable(attributes.get(attribute));
  }

  /** The children, in document order. */
  public List<XmlElement> children() {
    return Collections.unmodifiableList(children);
  }

  /** The text directly inside, trimmed. */
  public String text() {
    return text.toString().trim();
  }

  /** The first child of that name. */
  public @Nullable XmlElement child(String childName) {
    for (XmlElement c : children) {
      if (c.name.equals(childName)) {
        return c;
      }
    }
    return null;
  }

  /** The text of the first child of that name, when it has any. */
  public Optional<String> childText(String childName) {
    XmlElement c = child(childName);
    return c == null || c.text().isEmpty() ? Optional.empty() : Optional.of(c.text());
  }

  void attribute(String attribute, String value) {
    attributes.put(attribute, value);
  }

  void add(XmlElement child) {
    children.add(child);
  }

  void append(String chars) {
    text.append(chars);
  }
}
