package dev.procoresync.qbd.qbxml;

import dev.procoresync.qbd.qbxml.internal.SafeXml;
import dev.procoresync.qbd.qbxml.internal.XmlElement;
import java.io.Reader;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads QuickBooks' answers leniently and safely: unknown elements and values are kept or ignored,
 * never refused; a DOCTYPE, any entity reference and input beyond the bound are refused before
 * anything is resolved or expanded, so no file is read and memory stays bounded.
 *
 * <pre>{@code
 * QbXmlResponseSet set = QbXmlResponses.parse(responseXml);
 * }</pre>
 */
public final class QbXmlResponses {
  /**
   * The default bound of an answer: 16 MiB of characters (an iterator page of 500 records is far
   * less).
   */
  public static final long DEFAULT_MAX_CHARS = 16L * 1024 * 1024;

  private static final int MAX_DEPTH = 32;
  private static final int MAX_ELEMENTS = 2_000_000;

  private QbXmlResponses() {}

  /**
   * Parses an answer of at most {@link #DEFAULT_MAX_CHARS} characters.
   *
   * @param xml the qbXML answer
   * @return the answers
   * @throws QbXmlParseException when it cannot be read (see the type's description)
   */
  public static QbXmlResponseSet parse(String xml) {
    Objects.requireNonNull(xml, "xml");
    return parse(new StringReader(xml), DEFAULT_MAX_CHARS);
  }

  /**
   * Parses an answer from a stream, reading at most {@code maxChars} characters.
   *
   * @param xml the qbXML answer
   * @param maxChars the bound
   * @return the answers
   * @throws QbXmlParseException when it cannot be read or exceeds the bound
   * @throws IllegalArgumentException when {@code maxChars} is not positive
   */
  public static QbXmlResponseSet parse(Reader xml, long maxChars) {
    Objects.requireNonNull(xml, "xml");
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive (was " + maxChars + ")");
    }
    XmlElement root;
    try {
      root = SafeXml.read(xml, maxChars, MAX_DEPTH, MAX_ELEMENTS);
    } catch (SafeXml.Refused e) {
      throw new QbXmlParseException("qbXML answer refused: " + e.getMessage(), e);
    }
    if (!root.name().equals("QBXML")) {
      throw new QbXmlParseException(
          "qbXML answer has root <" + root.name() + ">, not <QBXML>", null);
    }
    XmlElement msgs = root.child("QBXMLMsgsRs");
    if (msgs == null) {
      throw new QbXmlParseException("qbXML answer has no <QBXMLMsgsRs>", null);
    }
    QbXmlResponseSet.Builder set = QbXmlResponseSet.builder();
    for (XmlElement rs : msgs.children()) {
      if (rs.name().endsWith("Rs")) {
        set.addResponse(response(rs));
      }
    }
    return set.build();
  }

  private static QbResponse response(XmlElement rs) {
    Optional<Integer> code = rs.attribute("statusCode").flatMap(QbXmlResponses::integer);
    int c = code.orElse(-1);
    QbResponse.Builder b =
        QbResponse.builder()
            .element(rs.name())
            .requestId(rs.attribute("requestID"))
            .status(
                QbStatus.builder()
                    .code(c)
                    .severity(
                        rs.attribute("statusSeverity")
                            .orElse(c >= 1000 || c < 0 ? "Error" : "Info"))
                    .message(
                        rs.attribute("statusMessage")
                            .orElse(code.isEmpty() ? "no readable statusCode" : ""))
                    .build())
            .iteratorId(rs.attribute("iteratorID"))
            .iteratorRemainingCount(
                rs.attribute("iteratorRemainingCount").flatMap(QbXmlResponses::integer));
    for (XmlElement ret : rs.children()) {
      if (ret.name().endsWith("Ret")) {
        b.addRet(ret(ret));
      }
    }
    return b.build();
  }

  private static QbRet ret(XmlElement ret) {
    QbRet.Builder b = QbRet.builder().element(ret.name());
    Map<String, String> fields = new LinkedHashMap<>();
    for (XmlElement c : ret.children()) {
      if (isLine(c.name())) {
        b.addLine(line(c));
      } else {
        flatten(c, "", fields);
      }
    }
    b.id(
        Optional.ofNullable(fields.get("ListID"))
            .or(() -> Optional.ofNullable(fields.get("TxnID"))));
    b.editSequence(Optional.ofNullable(fields.get("EditSequence")));
    return b.fields(fields).build();
  }

  private static boolean isLine(String name) {
    return name.endsWith("LineRet") || name.equals("AppliedToTxnRet") || name.equals("LinkedTxn");
  }

  private static QbLine line(XmlElement line) {
    Map<String, String> fields = new LinkedHashMap<>();
    line.children().forEach(c -> flatten(c, "", fields));
    return QbLine.builder()
        .element(line.name())
        .txnLineId(
            Optional.ofNullable(fields.get("TxnLineID"))
                .or(() -> Optional.ofNullable(fields.get("TxnID"))))
        .fields(fields)
        .build();
  }

  private static void flatten(XmlElement e, String prefix, Map<String, String> into) {
    String path = prefix + e.name();
    if (e.children().isEmpty()) {
      into.putIfAbsent(path, e.text());
      return;
    }
    if (e.name().endsWith("Ref")) {
      e.childText("FullName").ifPresent(n -> into.putIfAbsent(path, n));
      e.childText("ListID").ifPresent(n -> into.putIfAbsent(path + "/ListID", n));
      return;
    }
    e.children().forEach(c -> flatten(c, path + "/", into));
  }

  private static Optional<Integer> integer(String s) {
    String t = s.trim();
    if (t.isEmpty() || t.length() > 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(t));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
