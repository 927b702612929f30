package dev.procoresync.qbd.qbxml.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads XML from outside (QuickBooks' answers, the Web Connector's envelopes) with the JDK's StAX
 * reader, hardened: DTDs are not supported and a DOCTYPE is refused outright (so no external entity
 * is resolved and no entity expanded), and the input is bounded in characters, depth and elements,
 * so a hostile or endless stream ends in {@link Refused} without exhausting memory.
 */
public final class SafeXml {
  private static final XMLInputFactory INPUT = hardened();

  private SafeXml() {}

  /** Why a document was refused: the caller wraps it in its own exception. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message, @Nullable Throwable cause) {
      super(message, cause);
    }
  }

  private static XMLInputFactory hardened() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external resources are refused (" + systemId + ")");
        });
    return f;
  }

  /**
   * Reads a whole document into a tree.
   *
   * @param source the text; read at most {@code maxChars} characters of it
   * @param maxChars the most characters
   * @param maxDepth the deepest nesting
   * @param maxElements the most elements
   * @return the root element
   * @throws Refused when the document is not well-formed XML, has a DOCTYPE or an entity reference,
   *     or exceeds a bound
   */
  public static XmlElement read(Reader source, long maxChars, int maxDepth, int maxElements)
      throws Refused {
    BoundedReader in = new BoundedReader(source, maxChars);
    XMLStreamReader r;
    try {
      r = INPUT.createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw new Refused("not XML: " + e.getMessage(), e);
    }
    Deque<XmlElement> open = new ArrayDeque<>();
    XmlElement root = null;
    int elements = 0;
    try {
      while (r.hasNext()) {
        int event = r.next();
        switch (event) {
          case XMLStreamConstants.DTD -> throw new Refused("a DOCTYPE is refused", null);
          case XMLStreamConstants.ENTITY_REFERENCE ->
              throw new Refused("entity reference &" + r.getLocalName() + "; is refused", null);
          case XMLStreamConstants.START_ELEMENT -> {
            if (++elements > maxElements) {
              throw new Refused("more than " + maxElements + " elements", null);
            }
            if (open.size() >= maxDepth) {
              throw new Refused("nested deeper than " + maxDepth, null);
            }
            XmlElement e = new XmlElement(r.getLocalName());
            for (int i = 0; i < r.getAttributeCount(); i++) {
              e.attribute(r.getAttributeLocalName(i), r.getAttributeValue(i));
            }
            if (open.isEmpty()) {
              if (root != null) {
                throw new Refused("more than one root element", null);
              }
              root = e;
            } else {
              open.peek().add(e);
            }
            open.push(e);
          }
          case XMLStreamConstants.END_ELEMENT -> open.pop();
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
            if (!open.isEmpty()) {
              open.peek().append(r.getText());
            }
          }
          default -> {
            // comments, processing instructions, whitespace: nothing to keep
          }
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      if (in.exceeded) {
        throw new Refused("longer than " + maxChars + " characters", e);
      }
      throw new Refused("not well-formed XML: " + e.getMessage(), e);
    } finally {
      try {
        r.close();
      } catch (XMLStreamException ignored) {
        // nothing held
      }
    }
    if (root == null) {
      throw new Refused("no root element", null);
    }
    return root;
  }

  /** A reader that fails after a number of characters. */
  private static final class BoundedReader extends Reader {
    private final Reader in;
    private final long max;
    private long read;
    boolean exceeded;

    BoundedReader(Reader in, long max) {
      this.in = in;
      this.max = max;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = in.read(buf, off, (int) Math.min(len, Math.max(1, max - read + 1)));
      if (n > 0) {
        read += n;
        if (read > max) {
          exceeded = true;
          throw new IOException("input longer than " + max + " characters");
        }
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
