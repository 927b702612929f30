package dev.procoresync.testkit.qbd.company;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * The facts of qbXML 13.0 that QuickBooks enforces when it parses a request, derived once from
 * Intuit's XSD into a table (a test regenerates and compares it when the schemas are at hand): for
 * each element under the request elements the library writes, its children in schema order and its
 * maximum length. QuickBooks answers a request that breaks them with hresult {@code 0x80040400}
 * instead of a status code; {@link SimulatedCompanyFile} does the same.
 *
 * <pre>{@code
 * List<String> problems = QbXmlFacts.load().check(requestXml); // empty when QuickBooks would parse it
 * }</pre>
 */
public final class QbXmlFacts {
  /** The table's resource name, beside this class. */
  public static final String RESOURCE = "qbxml130-facts.tsv";

  private static final int CHECKED_DEPTH = 7;

  private final Map<String, List<String>> children;
  private final Map<String, Integer> maxLength;

  private QbXmlFacts(Map<String, List<String>> children, Map<String, Integer> maxLength) {
    this.children = children;
    this.maxLength = maxLength;
  }

  /**
   * Loads the table shipped with the testkit.
   *
   * @return the facts
   * @throws UncheckedIOException when the resource cannot be read
   */
  public static QbXmlFacts load() {
    try (InputStream in = QbXmlFacts.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("resource " + RESOURCE + " missing"));
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(r.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a table from its lines (path, max length or {@code -}, comma-separated children).
   *
   * @param lines the table's lines; lines starting with {@code #} are comments
   * @return the facts
   * @throws IllegalArgumentException naming the line when a line has fewer than three columns
   */
  public static QbXmlFacts parse(List<String> lines) {
    Map<String, List<String>> children = new HashMap<>();
    Map<String, Integer> max = new HashMap<>();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 3) {
        throw new IllegalArgumentException("facts line needs 3 columns: '" + line + "'");
      }
      if (!cols[1].equals("-")) {
        max.put(cols[0], Integer.parseInt(cols[1]));
      }
      if (!cols[2].isEmpty()) {
        children.put(cols[0], List.of(cols[2].split(",")));
      }
    }
    return new QbXmlFacts(Map.copyOf(children), Map.copyOf(max));
  }

  /**
   * Returns the children of an element in schema order.
   *
   * @param path such as {@code "ItemServiceAddRq/ItemServiceAdd"}
   * @return the children, or empty when the table does not know the path or it is a leaf
   */
  public Optional<List<String>> children(String path) {
    return Optional.ofNullable(children.get(path));
  }

  /**
   * Returns the maximum length of a text element.
   *
   * @param path such as {@code "ItemServiceAddRq/ItemServiceAdd/Name"}
   * @return the limit, or empty when the schema sets none
   */
  public Optional<Integer> maxLength(String path) {
    return Optional.ofNullable(maxLength.get(path));
  }

  /**
   * Checks a request document as QuickBooks' parser would: the envelope, each request element
   * known, children known and in schema order, text within its length and within ISO-8859-1.
   *
   * @param requestXml a qbXML request document
   * @return what is wrong, one line each; empty when QuickBooks would parse it
   */
  public List<String> check(String requestXml) {
    Objects.requireNonNull(requestXml, "requestXml");
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < requestXml.length(); i++) {
      if (requestXml.charAt(i) > 0xFF) {
        problems.add(
            "character U+"
                + Integer.toHexString(requestXml.charAt(i)).toUpperCase()
                + " at "
                + i
                + " is outside ISO-8859-1");
        return problems;
      }
    }
    Node root;
    try {
      root = Node.parse(requestXml);
    } catch (XMLStreamException e) {
      problems.add("not well-formed: " + e.getMessage());
      return problems;
    }
    if (!root.name.equals("QBXML")
        || root.children.size() != 1
        || !root.children.get(0).name.equals("QBXMLMsgsRq")) {
      problems.add("the envelope must be QBXML/QBXMLMsgsRq");
      return problems;
    }
    Node msgs = root.children.get(0);
    if (!msgs.attributes.containsKey("onError")) {
      problems.add("QBXMLMsgsRq needs onError");
    }
    for (Node rq : msgs.children) {
      if (!children.containsKey(rq.name)) {
        problems.add("request element " + rq.name + " is not one the facts know");
        continue;
      }
      walk(rq, rq.name, 0, problems);
    }
    return problems;
  }

  private void walk(Node n, String path, int depth, List<String> problems) {
    if (n.children.isEmpty()) {
      Integer max = maxLength.get(path);
      if (max != null && n.text.length() > max) {
        problems.add(path + " is " + n.text.length() + " characters, more than " + max);
      }
      return;
    }
    List<String> allowed = children.get(path);
    if (allowed == null) {
      if (depth < CHECKED_DEPTH) {
        problems.add(path + " may not have children (has " + n.children.get(0).name + ")");
      }
      return;
    }
    int last = -1;
    for (Node c : n.children) {
      int at = allowed.indexOf(c.name);
      if (at < 0) {
        problems.add(path + " may not contain " + c.name + " (allowed: " + allowed + ")");
        continue;
      }
      if (at < last) {
        problems.add(path + "/" + c.name + " is out of order (schema order: " + allowed + ")");
      }
      last = at;
      walk(c, path + "/" + c.name, depth + 1, problems);
    }
  }

  @Override
  public String toString() {
    return "QbXmlFacts{" + children.size() + " aggregates, " + maxLength.size() + " limits" + "}";
  }
}
