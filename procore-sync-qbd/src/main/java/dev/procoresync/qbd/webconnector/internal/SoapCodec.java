package dev.procoresync.qbd.webconnector.internal;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Reads and writes the SOAP 1.1 envelopes of the Web Connector protocol with the JDK's own StAX
 * implementation (never whichever one the host's classpath brings, such as Woodstox, so that the
 * hardening below is the one tested), with DTDs and external entities refused: a DOCTYPE anywhere
 * is an error, so no entity is ever expanded and no file or URL is ever read.
 */
public final class SoapCodec {
  /** The SOAP 1.1 envelope namespace. */
  public static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";

  /** The Web Connector's namespace, of every operation and response element. */
  public static final String QBWC_NS = "http://developer.intuit.com/";

  /** The most characters one parameter may hold (a qbXML document); more is refused. */
  public static final int MAX_TEXT = 32 * 1024 * 1024;

  /** Deepest nesting accepted inside an operation element. */
  private static final int MAX_DEPTH = 32;

  private static final XMLInputFactory INPUT = hardenedInput();
  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

  private SoapCodec() {}

  /**
   * Returns a StAX input factory that refuses DTDs and external entities.
   *
   * @return the factory (thread safe for creating readers)
   */
  public static XMLInputFactory hardenedInput() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    try {
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (IllegalArgumentException ignored) {
      // a StAX implementation without these properties; DTD support is off anyway
    }
    return f;
  }

  /**
   * Parses a SOAP 1.1 request envelope.
   *
   * @param xml the HTTP body
   * @return the operation and its parameters
   * @throws SoapFormatException when the text is not a well-formed envelope with a body holding one
   *     operation element, holds a DOCTYPE, or a parameter exceeds {@link #MAX_TEXT} characters
   */
  public static SoapRequest parse(String xml) {
    XMLStreamReader r = null;
    try {
      r = INPUT.createXMLStreamReader(new StringReader(xml));
      int depth = 0;
      String operation = null;
      Map<String, String> params = new LinkedHashMap<>();
      String param = null;
      StringBuilder text = new StringBuilder();
      boolean inBody = false;
      int opDepth = -1;
      while (r.hasNext()) {
        int event = r.next();
        switch (event) {
          case XMLStreamConstants.DTD -> throw new SoapFormatException("a DOCTYPE is not allowed");
          case XMLStreamConstants.ENTITY_REFERENCE ->
              throw new SoapFormatException(
                  "entity reference &" + r.getLocalName() + "; is not allowed");
          case XMLStreamConstants.START_ELEMENT -> {
            depth++;
            if (depth > MAX_DEPTH) {
              throw new SoapFormatException("elements nested deeper than " + MAX_DEPTH);
            }
            String local = r.getLocalName();
            if (depth == 1) {
              if (!"Envelope".equals(local) || !SOAP_NS.equals(r.getNamespaceURI())) {
                throw new SoapFormatException(
                    "the root element must be a SOAP 1.1 Envelope, was " + local);
              }
            } else if (depth == 2 && "Body".equals(local) && SOAP_NS.equals(r.getNamespaceURI())) {
              inBody = true;
            } else if (inBody && depth == 3) {
              if (operation != null) {
                throw new SoapFormatException("the SOAP Body must hold one operation element");
              }
              operation = local;
              opDepth = depth;
            } else if (operation != null && depth == opDepth + 1) {
              param = local;
              text.setLength(0);
            }
          }
          case XMLStreamConstants.CHARACTERS,
              XMLStreamConstants.CDATA,
              XMLStreamConstants.SPACE -> {
            if (param != null && depth == opDepth + 1) {
              if (text.length() + r.getTextLength() > MAX_TEXT) {
                throw new SoapFormatException(
                    "parameter " + param + " is longer than " + MAX_TEXT + " characters");
              }
              text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            if (param != null && depth == opDepth + 1) {
              params.put(param, text.toString());
              param = null;
            }
            if (depth == 2) {
              inBody = false;
            }
            depth--;
          }
          default -> {
            // comments, processing instructions, end of document
          }
        }
      }
      if (operation == null) {
        throw new SoapFormatException("the SOAP Body holds no operation element");
      }
      return new SoapRequest(operation, params);
    } catch (XMLStreamException | RuntimeException e) {
      if (e instanceof SoapFormatException sfe) {
        throw sfe;
      }
      throw new SoapFormatException("not well-formed XML: " + firstLine(e.getMessage()));
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing to release
        }
      }
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no detail";
    }
    String line = message.lines().reduce((a, b) -> b).orElse(message);
    return line.length() > 200 ? line.substring(0, 200) : line;
  }

  /**
   * Writes a response envelope whose body holds {@code <opResponse><opResult>text</opResult>}.
   *
   * @param operation the operation
   * @param result the result text (escaped as needed)
   * @return the envelope
   */
  public static String stringResponse(String operation, String result) {
    return write(
        operation,
        w -> {
          w.writeStartElement(operation + "Result");
          w.writeCharacters(result);
          w.writeEndElement();
        });
  }

  /**
   * Writes a response envelope with an empty result element (of {@code clientVersion} when all is
   * well).
   *
   * @param operation the operation
   * @return the envelope
   */
  public static String emptyResponse(String operation) {
    return stringResponse(operation, "");
  }

  /**
   * Writes a response envelope whose result is an {@code ArrayOfString}.
   *
   * @param operation the operation
   * @param strings the strings
   * @return the envelope
   */
  public static String arrayResponse(String operation, List<String> strings) {
    return write(
        operation,
        w -> {
          w.writeStartElement(operation + "Result");
          for (String s : strings) {
            w.writeStartElement("string");
            w.writeCharacters(s);
            w.writeEndElement();
          }
          w.writeEndElement();
        });
  }

  /**
   * Writes a response envelope whose result is an int.
   *
   * @param operation the operation
   * @param result the value
   * @return the envelope
   */
  public static String intResponse(String operation, int result) {
    return stringResponse(operation, Integer.toString(result));
  }

  /**
   * Writes a SOAP 1.1 fault (sent with HTTP status 500).
   *
   * @param client {@code true} for a {@code soap:Client} fault (the request was bad), else {@code
   *     soap:Server}
   * @param message the fault string
   * @return the envelope
   */
  public static String fault(boolean client, String message) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out);
      w.writeStartDocument("utf-8", "1.0");
      w.writeStartElement("soap", "Envelope", SOAP_NS);
      w.writeNamespace("soap", SOAP_NS);
      w.writeStartElement("soap", "Body", SOAP_NS);
      w.writeStartElement("soap", "Fault", SOAP_NS);
      w.writeStartElement("faultcode");
      w.writeCharacters(client ? "soap:Client" : "soap:Server");
      w.writeEndElement();
      w.writeStartElement("faultstring");
      w.writeCharacters(message);
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write a SOAP fault", e);
    }
    return out.toString();
  }

  private interface Body {
    void write(XMLStreamWriter w) throws XMLStreamException;
  }

  private static String write(String operation, Body body) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out);
      w.writeStartDocument("utf-8", "1.0");
      w.writeStartElement("soap", "Envelope", SOAP_NS);
      w.writeNamespace("soap", SOAP_NS);
      w.writeNamespace("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI);
      w.writeNamespace("xsd", XMLConstants.W3C_XML_SCHEMA_NS_URI);
      w.writeStartElement("soap", "Body", SOAP_NS);
      w.setDefaultNamespace(QBWC_NS);
      w.writeStartElement(QBWC_NS, operation + "Response");
      w.writeDefaultNamespace(QBWC_NS);
      body.write(w);
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the SOAP response of " + operation, e);
    }
    return out.toString();
  }
}
