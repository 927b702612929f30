package dev.procoresync.testkit.qbd.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The facts table shipped in the testkit is what the XSD says: regenerated from Intuit's schemas
 * and compared line by line when PROCORE_SYNC_QBXML_SCHEMAS names their folder.
 */
class QbXmlFactsTest {
  static final String SCHEMAS = "PROCORE_SYNC_QBXML_SCHEMAS";

  @Test
  void tableMatchesTheXsd() throws Exception {
    String dir = System.getProperty(SCHEMAS, System.getenv(SCHEMAS));
    Assumptions.assumeTrue(
        dir != null && !dir.isBlank(),
        "skipped: set "
            + SCHEMAS
            + " to the folder holding qbxmlops130.xsd to regenerate the facts table from it");
    List<String> derived = XsdFacts.derive(Path.of(dir));
    assertEquals(
        derived,
        shipped(),
        "the facts table differs from the XSD: regenerate it with java "
            + "procore-sync-testkit/src/test/java/dev/procoresync/testkit/qbd/company/XsdFacts.java "
            + dir
            + " procore-sync-testkit/src/main/resources/dev/procoresync/testkit/qbd/company/"
            + QbXmlFacts.RESOURCE);
  }

  @Test
  void tableKnowsOrderAndLimits() {
    QbXmlFacts facts = QbXmlFacts.load();
    List<String> item = facts.children("ItemServiceAddRq/ItemServiceAdd").orElseThrow();
    assertTrue(item.indexOf("ClassRef") < item.indexOf("ParentRef"));
    assertEquals(31, facts.maxLength("ItemServiceAddRq/ItemServiceAdd/Name").orElseThrow());
    assertEquals(41, facts.maxLength("CustomerAddRq/CustomerAdd/Name").orElseThrow());
    assertEquals(
        11, facts.maxLength("PurchaseOrderAddRq/PurchaseOrderAdd/RefNumber").orElseThrow());
    assertEquals(20, facts.maxLength("BillAddRq/BillAdd/RefNumber").orElseThrow());
    assertFalse(facts.children("NoSuchRq").isPresent());
  }

  private static List<String> shipped() throws IOException {
    try (InputStream in = QbXmlFacts.class.getResourceAsStream(QbXmlFacts.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
