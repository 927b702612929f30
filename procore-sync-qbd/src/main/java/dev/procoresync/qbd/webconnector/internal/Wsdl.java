package dev.procoresync.qbd.webconnector.internal;

import java.io.StringWriter;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the service's WSDL 1.1 from a table of the eight operations the Web Connector calls:
 * document/literal wrapped, SOAP 1.1, target namespace {@code http://developer.intuit.com/},
 * service {@code QBWebConnectorSvc}, port type {@code QBWebConnectorSvcSoap}.
 */
public final class Wsdl {
  private static final String WSDL_NS = "http://schemas.xmlsoap.org/wsdl/";
  private static final String SOAP_BINDING_NS = "http://schemas.xmlsoap.org/wsdl/soap/";
  private static final String XSD = XMLConstants.W3C_XML_SCHEMA_NS_URI;
  private static final String TNS = SoapCodec.QBWC_NS;

  private record Param(String name, String type, boolean required) {}

  private record Operation(String name, List<Param> in, Param out) {}

  private static Param opt(String name) {
    return new Param(name, "s:string", false);
  }

  private static Param req(String name, String type) {
    return new Param(name, type, true);
  }

  /** The operations, their parameters in order, and their result. */
  private static final List<Operation> OPERATIONS =
      List.of(
          new Operation(
              "authenticate",
              List.of(opt("strUserName"), opt("strPassword")),
              new Param("authenticateResult", "tns:ArrayOfString", false)),
          new Operation("serverVersion", List.of(opt("strVersion")), opt("serverVersionResult")),
          new Operation("clientVersion", List.of(opt("strVersion")), opt("clientVersionResult")),
          new Operation(
              "sendRequestXML",
              List.of(
                  opt("ticket"),
                  opt("strHCPResponse"),
                  opt("strCompanyFileName"),
                  opt("qbXMLCountry"),
                  req("qbXMLMajorVers", "s:int"),
                  req("qbXMLMinorVers", "s:int")),
              opt("sendRequestXMLResult")),
          new Operation(
              "receiveResponseXML",
              List.of(opt("ticket"), opt("response"), opt("hresult"), opt("message")),
              req("receiveResponseXMLResult", "s:int")),
          new Operation(
              "connectionError",
              List.of(opt("ticket"), opt("hresult"), opt("message")),
              opt("connectionErrorResult")),
          new Operation("getLastError", List.of(opt("ticket")), opt("getLastErrorResult")),
          new Operation("closeConnection", List.of(opt("ticket")), opt("closeConnectionResult")));

  private Wsdl() {}

  /**
   * Returns the WSDL with {@code address} as the port's location.
   *
   * @param address the endpoint URL
   * @return the WSDL document
   */
  public static String text(String address) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
      w.writeStartDocument("utf-8", "1.0");
      w.writeStartElement("wsdl", "definitions", WSDL_NS);
      w.writeNamespace("wsdl", WSDL_NS);
      w.writeNamespace("soap", SOAP_BINDING_NS);
      w.writeNamespace("s", XSD);
      w.writeNamespace("tns", TNS);
      w.writeAttribute("targetNamespace", TNS);

      w.writeStartElement("wsdl", "types", WSDL_NS);
      w.writeStartElement("s", "schema", XSD);
      w.writeAttribute("elementFormDefault", "qualified");
      w.writeAttribute("targetNamespace", TNS);
      for (Operation op : OPERATIONS) {
        wrapper(w, op.name(), op.in());
        wrapper(w, op.name() + "Response", List.of(op.out()));
      }
      w.writeStartElement("s", "complexType", XSD);
      w.writeAttribute("name", "ArrayOfString");
      w.writeStartElement("s", "sequence", XSD);
      w.writeEmptyElement("s", "element", XSD);
      w.writeAttribute("minOccurs", "0");
      w.writeAttribute("maxOccurs", "unbounded");
      w.writeAttribute("name", "string");
      w.writeAttribute("nillable", "true");
      w.writeAttribute("type", "s:string");
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement(); // schema
      w.writeEndElement(); // types

      for (Operation op : OPERATIONS) {
        message(w, op.name() + "SoapIn", op.name());
        message(w, op.name() + "SoapOut", op.name() + "Response");
      }

      w.writeStartElement("wsdl", "portType", WSDL_NS);
      w.writeAttribute("name", "QBWebConnectorSvcSoap");
      for (Operation op : OPERATIONS) {
        w.writeStartElement("wsdl", "operation", WSDL_NS);
        w.writeAttribute("name", op.name());
        w.writeEmptyElement("wsdl", "input", WSDL_NS);
        w.writeAttribute("message", "tns:" + op.name() + "SoapIn");
        w.writeEmptyElement("wsdl", "output", WSDL_NS);
        w.writeAttribute("message", "tns:" + op.name() + "SoapOut");
        w.writeEndElement();
      }
      w.writeEndElement();

      w.writeStartElement("wsdl", "binding", WSDL_NS);
      w.writeAttribute("name", "QBWebConnectorSvcSoap");
      w.writeAttribute("type", "tns:QBWebConnectorSvcSoap");
      w.writeEmptyElement("soap", "binding", SOAP_BINDING_NS);
      w.writeAttribute("transport", "http://schemas.xmlsoap.org/soap/http");
      w.writeAttribute("style", "document");
      for (Operation op : OPERATIONS) {
        w.writeStartElement("wsdl", "operation", WSDL_NS);
        w.writeAttribute("name", op.name());
        w.writeEmptyElement("soap", "operation", SOAP_BINDING_NS);
        w.writeAttribute("soapAction", TNS + op.name());
        w.writeAttribute("style", "document");
        for (String direction : List.of("input", "output")) {
          w.writeStartElement("wsdl", direction, WSDL_NS);
          w.writeEmptyElement("soap", "body", SOAP_BINDING_NS);
          w.writeAttribute("use", "literal");
          w.writeEndElement();
        }
        w.writeEndElement();
      }
      w.writeEndElement();

      w.writeStartElement("wsdl", "service", WSDL_NS);
      w.writeAttribute("name", "QBWebConnectorSvc");
      w.writeStartElement("wsdl", "port", WSDL_NS);
      w.writeAttribute("name", "QBWebConnectorSvcSoap");
      w.writeAttribute("binding", "tns:QBWebConnectorSvcSoap");
      w.writeEmptyElement("soap", "address", SOAP_BINDING_NS);
      w.writeAttribute("location", address);
      w.writeEndElement();
      w.writeEndElement();

      w.writeEndElement(); // definitions
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the WSDL", e);
    }
    return out.toString();
  }

  private static void wrapper(XMLStreamWriter w, String name, List<Param> params)
      throws XMLStreamException {
    w.writeStartElement("s", "element", XSD);
    w.writeAttribute("name", name);
    w.writeStartElement("s", "complexType", XSD);
    w.writeStartElement("s", "sequence", XSD);
    for (Param p : params) {
      w.writeEmptyElement("s", "element", XSD);
      w.writeAttribute("minOccurs", p.required() ? "1" : "0");
      w.writeAttribute("maxOccurs", "1");
      w.writeAttribute("name", p.name());
      w.writeAttribute("type", p.type());
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
  }

  private static void message(XMLStreamWriter w, String name, String element)
      throws XMLStreamException {
    w.writeStartElement("wsdl", "message", WSDL_NS);
    w.writeAttribute("name", name);
    w.writeEmptyElement("wsdl", "part", WSDL_NS);
    w.writeAttribute("name", "parameters");
    w.writeAttribute("element", "tns:" + element);
    w.writeEndElement();
  }
}
