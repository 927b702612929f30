package dev.procoresync.testkit.bc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.procoresync.testkit.bc.contract.BcApi;
import dev.procoresync.testkit.bc.contract.BcContract;
import dev.procoresync.testkit.bc.contract.BcEntitySet;
import dev.procoresync.testkit.bc.contract.BcField;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The contract in docs/, the fake's answers and its $metadata agree. */
class BcContractTest {
  private static final BcContract CONTRACT = BcContract.load();

  @Test
  void theClasspathCopyIsTheDocument() throws Exception {
    Path doc = Path.of("..", "docs", "business-central", "custom-api-contract.json");
    assertEquals(CONTRACT.entitySets(), BcContract.parse(Files.readString(doc)).entitySets());
    assertTrue(
        Files.readString(doc.resolveSibling("custom-api-contract.md"))
            .contains("jobPlanningLines"));
  }

  @Test
  void everyEntitySetAnswersWithExactlyTheContractFields() {
    try (FakeBusinessCentral bc = FakeBusinessCentral.builder().rateLimit(false).start()) {
      BcHttp http = new BcHttp(bc);
      for (BcEntitySet set : CONTRACT.entitySets()) {
        if (set.name().equals("companies")) {
          continue;
        }
        String url =
            http.url(
                set.api(),
                set.name()
                    + (set.requiresFilterOn().isEmpty()
                        ? ""
                        : "?$filter=documentId%20eq%2000000000-0000-0000-0000-000000000000"));
        BcHttp.Answer answer = http.get(url);
        assertEquals(200, answer.status(), set.name() + ": " + answer);
      }
      bc.given(FakeBcODataTest.tower());
      bc.given(FixturesAndExtensionTest.wholeCompany());
      Set<String> checked = new HashSet<>();
      for (BcEntitySet set : CONTRACT.entitySets()) {
        for (JsonNode row : bc.all(set.api(), set.name())) {
          Set<String> names = new HashSet<>();
          row.fieldNames().forEachRemaining(names::add);
          names.remove("@odata.etag");
          Set<String> expected = new HashSet<>();
          set.fields().forEach(f -> expected.add(f.name()));
          assertEquals(expected, names, set.api() + " " + set.name());
          checked.add(set.api() + " " + set.name());
        }
      }
      CONTRACT
          .entitySets(BcApi.CUSTOM)
          .forEach(
              s -> assertTrue(checked.contains("CUSTOM " + s.name()), s.name() + " had no rows"));
    }
  }

  @Test
  void metadataIsSafeXmlWithEveryEntitySetAndField() throws Exception {
    try (FakeBusinessCentral bc = FakeBusinessCentral.start()) {
      for (BcApi api : BcApi.values()) {
        BcHttp.Answer answer = new BcHttp(bc).get(bc.apiUrl(api) + "/$metadata");
        assertEquals(200, answer.status());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setNamespaceAware(true);
        Document xml =
            f.newDocumentBuilder()
                .parse(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)));
        NodeList types = xml.getElementsByTagNameNS("*", "EntityType");
        int fields = 0;
        for (int i = 0; i < types.getLength(); i++) {
          Element type = (Element) types.item(i);
          BcEntitySet set =
              CONTRACT.entitySets(api).stream()
                  .filter(s -> s.entityType().equals(type.getAttribute("Name")))
                  .findFirst()
                  .orElseThrow();
          NodeList props = type.getElementsByTagNameNS("*", "Property");
          assertEquals(set.fields().size(), props.getLength(), set.name());
          for (int p = 0; p < props.getLength(); p++) {
            Element prop = (Element) props.item(p);
            BcField field = set.field(prop.getAttribute("Name"));
            String wanted =
                field.enumName().map(e -> "Microsoft.NAV." + e).orElse(field.type().edmName());
            assertEquals(wanted, prop.getAttribute("Type"), set.name() + "." + field.name());
            fields++;
          }
        }
        assertEquals(CONTRACT.entitySets(api).size(), types.getLength());
        assertEquals(
            CONTRACT.entitySets(api).stream().mapToInt(s -> s.fields().size()).sum(), fields);
      }
    }
  }

  @Test
  void malformedContractsAreRefusedNamingTheProblem() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                BcContract.parse(
                    "{\"contractVersion\":\"1\",\"routes\":{\"custom\":{\"publisher\":\"p\",\"group\":\"g\",\"version\":\"v1.0\"}},"
                        + "\"entitySets\":[{\"api\":\"custom\",\"entitySet\":\"x\",\"entityType\":\"x\",\"table\":\"X\","
                        + "\"fields\":[{\"name\":\"id\",\"type\":\"Edm.Money\"}]}]}"));
    assertTrue(e.getMessage().contains("entity set x field id"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> BcContract.parse("[]"));
    assertThrows(IllegalArgumentException.class, () -> CONTRACT.entitySet(BcApi.CUSTOM, "nope"));
  }
}
