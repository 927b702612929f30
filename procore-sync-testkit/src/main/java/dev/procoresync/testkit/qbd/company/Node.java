package dev.procoresync.testkit.qbd.company;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * A mutable XML element of the simulator: read from requests, kept as records, written as answers.
 */
final class Node {
  private static final XMLInputFactory INPUT = hardened();
  private static final long MAX_CHARS = 8L * 1024 * 1024;

  final String name;
  final Map<String, String> attributes = new LinkedHashMap<>();
  final List<Node> children = new ArrayList<>();
  String text = "";

  Node(String name) {
    this.name = name;
  }

  Node(String name, String text) {
    this.name = name;
    this.text = text;
  }

  static Node parse(String xml) throws XMLStreamException {
    if (xml.length() > MAX_CHARS) {
      throw new XMLStreamException("request longer than " + MAX_CHARS + " characters");
    }
    XMLStreamReader r = INPUT.createXMLStreamReader(new StringReader(xml));
    Deque<Node> open = new ArrayDeque<>();
    Node root = null;
    StringBuilder text = new StringBuilder();
    while (r.hasNext()) {
      int e = r.next();
      switch (e) {
        case XMLStreamConstants.DTD -> throw new XMLStreamException("DOCTYPE refused");
        case XMLStreamConstants.ENTITY_REFERENCE -> throw new XMLStreamException("entity refused");
        case XMLStreamConstants.START_ELEMENT -> {
          if (open.size() > 40) {
            throw new XMLStreamException("too deep");
          }
          Node n = new Node(r.getLocalName());
          for (int i = 0; i < r.getAttributeCount(); i++) {
            n.attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
          }
          if (open.isEmpty()) {
            root = n;
          } else {
            open.peek().children.add(n);
          }
          open.push(n);
          text.setLength(0);
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(r.getText());
        case XMLStreamConstants.END_ELEMENT -> {
          Node n = open.pop();
          if (n.children.isEmpty()) {
            n.text = text.toString();
          }
          text.setLength(0);
        }
        default -> {}
      }
    }
    if (root == null) {
      throw new XMLStreamException("no root element");
    }
    return root;
  }

  private static XMLInputFactory hardened() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  @Nullable Node child(String childName) {
    for (Node c : children) {
      if (c.name.equals(childName)) {
        return c;
      }
    }
    return null;
  }

  List<Node> all(String childName) {
    List<Node> out = new ArrayList<>();
    for (Node c : children) {
      if (c.name.equals(childName)) {
        out.add(c);
      }
    }
    return out;
  }

  Optional<String> text(String childName) {
    Node c = child(childName);
    return c == null ? Optional.empty() : Optional.of(c.text.trim());
  }

  /** Sets a leaf child's text, appending it when absent. */
  void put(String childName, String value) {
    Node c = child(childName);
    if (c == null) {
      children.add(new Node(childName, value));
    } else {
      c.children.clear();
      c.text = value;
    }
  }

  /** Replaces or appends a child. */
  void replace(Node child) {
    for (int i = 0; i < children.size(); i++) {
      if (children.get(i).name.equals(child.name)) {
        children.set(i, child);
        return;
      }
    }
    children.add(child);
  }

  Node copy() {
    Node n = new Node(name, text);
    n.attributes.putAll(attributes);
    children.forEach(c -> n.children.add(c.copy()));
    return n;
  }
}
