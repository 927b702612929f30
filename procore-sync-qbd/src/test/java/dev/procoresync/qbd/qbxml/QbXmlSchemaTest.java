package dev.procoresync.qbd.qbxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.testkit.qbd.company.QbXmlFacts;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every request the library can write, with edge values, is checked against the facts table in
 * every build, and validated against Intuit's qbXML 13.0 XSD when PROCORE_SYNC_QBXML_SCHEMAS
 * (system property or environment) names the folder that holds it ({@code .ci/run} passes it).
 */
class QbXmlSchemaTest {
  static final String SCHEMAS = "PROCORE_SYNC_QBXML_SCHEMAS";

  static String schemaDir() {
    String dir = System.getProperty(SCHEMAS, System.getenv(SCHEMAS));
    return dir == null ? "" : dir;
  }

  @Test
  void everyRequestTypeIsCoveredBySamples() {
    List<String> elements = new ArrayList<>();
    SampleRequests.bodies().forEach(b -> elements.add(b.requestElement()));
    for (String rq :
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
            "BillPaymentCheckQueryRq",
            "BillPaymentCreditCardQueryRq",
            "CheckQueryRq",
            "CreditCardChargeQueryRq",
            "BillQueryRq",
            "CustomerQueryRq",
            "VendorQueryRq",
            "ItemServiceQueryRq",
            "ItemQueryRq",
            "EstimateQueryRq",
            "PurchaseOrderQueryRq")) {
      assertTrue(elements.contains(rq), rq + " has no sample");
    }
  }

  @Test
  void everyRequestMeetsTheFactsTable() {
    QbXmlFacts facts = QbXmlFacts.load();
    for (QbXmlMessage m : SampleRequests.messages()) {
      String xml = m.toXml();
      assertEquals(List.of(), facts.check(xml), xml.length() > 3000 ? xml.substring(0, 3000) : xml);
    }
  }

  @Test
  void everyRequestValidatesAgainstIntuitsXsd() throws Exception {
    String dir = schemaDir();
    Assumptions.assumeTrue(
        !dir.isBlank(),
        "skipped: set "
            + SCHEMAS
            + " (system property or environment) to the folder holding qbxmlops130.xsd to validate"
            + " every request against Intuit's qbXML 13.0 schema; .ci/run sets it");
    Path root = Path.of(dir, "qbxmlops130.xsd");
    assertTrue(Files.isRegularFile(root), root + " is not a file");
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    Schema schema = f.newSchema(root.toFile());
    List<String> failures = new ArrayList<>();
    for (QbXmlMessage m : SampleRequests.messages()) {
      String xml = m.toXml();
      Validator v = schema.newValidator();
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      try {
        v.validate(new StreamSource(new StringReader(xml)));
      } catch (org.xml.sax.SAXException e) {
        failures.add(m.requests().get(0).body().requestElement() + ": " + e.getMessage());
      }
    }
    assertEquals(List.of(), failures);
  }
}
