package dev.procoresync.qbd.qbxml;

import dev.procoresync.qbd.qbxml.internal.QbXmlOut;

/**
 * The body of one qbXML request, such as {@link ItemServiceAdd} or {@link ListQuery}: it knows its
 * request element's name ({@code ItemServiceAddRq}) and writes its children in the schema's order.
 * The library's own types are the only implementations; each is checked when it is built (lengths,
 * required choices), so a body that exists can be written.
 */
public abstract class QbRequestBody {
  QbRequestBody() {}

  /**
   * Returns the name of the request element, such as {@code "ItemServiceAddRq"}.
   *
   * @return the element name
   */
  public abstract String requestElement();

  /**
   * Tells whether this body adds or modifies a record (an Add or Mod), as opposed to a query.
   *
   * @return {@code true} for an Add or a Mod
   */
  public abstract boolean isWrite();

  abstract void writeBody(QbXmlOut out);

  final void check() {
    QbXmlOut out = QbXmlOut.validating();
    out.start(requestElement());
    writeBody(out);
    out.end();
  }
}
