package dev.procoresync.testkit.qbd.company;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Derives the facts table of the simulated company file from Intuit's qbXML 13.0 XSD (read from
 * PROCORE_SYNC_QBXML_SCHEMAS, never copied): for each element under the request elements the
 * library writes, its ordered children and its maximum length.
 */
final class XsdFacts {
  /** The request elements the library writes. */
  static final List<String> ROOTS =
      List.of(
          "ItemServiceAddRq",
          "ItemServiceModRq",
          "CustomerAddRq",
          "CustomerModRq",
          "VendorAddRq",
          "VendorModRq",
          "EstimateAddRq",
          "EstimateModRq",
          "PurchaseOrderAddRq",
          "PurchaseOrderModRq",
          "BillAddRq",
          "ItemQueryRq",
          "ItemServiceQueryRq",
          "CustomerQueryRq",
          "VendorQueryRq",
          "EstimateQueryRq",
          "PurchaseOrderQueryRq",
          "BillQueryRq",
          "CheckQueryRq",
          "CreditCardChargeQueryRq",
          "BillPaymentCheckQueryRq",
          "BillPaymentCreditCardQueryRq");

  private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;
  private static final int MAX_DEPTH = 6;

  private final Map<String, Element> elements = new HashMap<>();
  private final Map<String, Element> complexTypes = new HashMap<>();
  private final Map<String, Element> simpleTypes = new HashMap<>();
  private final Map<String, Element> groups = new HashMap<>();
  private final Map<String, Element> anyElement = new HashMap<>();

  private XsdFacts(Path dir) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    for (String file :
        List.of("qbxmltypes130.xsd", "qbxml130.xsd", "qbxmlso130.xsd", "qbxmlops130.xsd")) {
      Document d = f.newDocumentBuilder().parse(dir.resolve(file).toFile());
      for (Element top : kids(d.getDocumentElement())) {
        String name = top.getAttribute("name");
        switch (top.getLocalName()) {
          case "element" -> elements.put(name, top);
          case "complexType" -> complexTypes.put(name, top);
          case "simpleType" -> simpleTypes.put(name, top);
          case "group" -> groups.put(name, top);
          default -> {}
        }
      }
      indexAll(d.getDocumentElement());
    }
  }

  /** The facts table's lines, from the XSD in {@code dir}. */
  static List<String> derive(Path dir) throws Exception {
    XsdFacts x = new XsdFacts(dir);
    List<String> out = new ArrayList<>();
    out.add(
        "# qbXML 13.0 facts derived from Intuit's XSD by XsdFacts (testkit tests): path, max length (- for none), ordered children");
    for (String root : ROOTS) {
      Element decl = x.anyElement.get(root);
      if (decl == null) {
        throw new IllegalStateException("no element " + root + " in the XSD");
      }
      x.walk(decl, root, 0, out);
    }
    return out;
  }

  private void indexAll(Element e) {
    for (Element k : kids(e)) {
      if (k.getLocalName().equals("element") && !k.getAttribute("name").isEmpty()) {
        anyElement.putIfAbsent(k.getAttribute("name"), k);
      }
      indexAll(k);
    }
  }

  private void walk(Element decl, String path, int depth, List<String> out) {
    Element resolved = decl.hasAttribute("ref") ? elements.get(decl.getAttribute("ref")) : decl;
    if (resolved == null) {
      throw new IllegalStateException("unresolved ref " + decl.getAttribute("ref"));
    }
    Element complex = complexOf(resolved);
    if (complex == null) {
      out.add(path + "\t" + maxLength(resolved) + "\t");
      return;
    }
    List<Element> children = new ArrayList<>();
    content(complex, children);
    Set<String> names = new LinkedHashSet<>();
    for (Element c : children) {
      names.add(nameOf(c));
    }
    out.add(path + "\t-\t" + String.join(",", names));
    if (depth >= MAX_DEPTH) {
      return;
    }
    Set<String> done = new LinkedHashSet<>();
    for (Element c : children) {
      if (done.add(nameOf(c))) {
        walk(c, path + "/" + nameOf(c), depth + 1, out);
      }
    }
  }

  private static String nameOf(Element decl) {
    return decl.hasAttribute("ref") ? decl.getAttribute("ref") : decl.getAttribute("name");
  }

  private Element complexOf(Element decl) {
    if (decl.hasAttribute("type")) {
      return complexTypes.get(strip(decl.getAttribute("type")));
    }
    for (Element k : kids(decl)) {
      if (k.getLocalName().equals("complexType")) {
        for (Element kk : kids(k)) {
          if (kk.getLocalName().equals("simpleContent")) {
            return null;
          }
        }
        return k;
      }
    }
    return null;
  }

  private void content(Element node, List<Element> into) {
    for (Element k : kids(node)) {
      switch (k.getLocalName()) {
        case "element" -> into.add(k);
        case "sequence", "choice", "all", "complexContent" -> content(k, into);
        case "group" -> content(groups.get(k.getAttribute("ref")), into);
        case "extension", "restriction" -> {
          Element base = complexTypes.get(strip(k.getAttribute("base")));
          if (base != null) {
            content(base, into);
          }
          content(k, into);
        }
        default -> {}
      }
    }
  }

  private String maxLength(Element decl) {
    Element simple = null;
    if (decl.hasAttribute("type")) {
      simple = simpleTypes.get(strip(decl.getAttribute("type")));
    } else {
      for (Element k : kids(decl)) {
        if (k.getLocalName().equals("simpleType")) {
          simple = k;
        }
      }
    }
    for (int guard = 0; simple != null && guard < 10; guard++) {
      Element restriction = null;
      for (Element k : kids(simple)) {
        if (k.getLocalName().equals("restriction")) {
          restriction = k;
        }
      }
      if (restriction == null) {
        return "-";
      }
      for (Element f : kids(restriction)) {
        if (f.getLocalName().equals("maxLength")) {
          return f.getAttribute("value");
        }
      }
      simple = simpleTypes.get(strip(restriction.getAttribute("base")));
    }
    return "-";
  }

  private static String strip(String qname) {
    int i = qname.indexOf(':');
    return i < 0 ? qname : qname.substring(i + 1);
  }

  private static List<Element> kids(Element e) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element k && XS.equals(k.getNamespaceURI())) {
        out.add(k);
      }
    }
    return out;
  }

  public static void main(String[] args) throws Exception {
    Files.write(Path.of(args[1]), derive(Path.of(args[0])));
  }
}
