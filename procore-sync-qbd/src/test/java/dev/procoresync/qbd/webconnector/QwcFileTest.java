package dev.procoresync.qbd.webconnector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class QwcFileTest {
  private static QwcFile.Builder acme() {
    return QwcFile.builder()
        .appName("Procore Sync (Acme & Co)")
        .appUrl(URI.create("https://sync.example.com/qbwc"))
        .appSupport(URI.create("https://sync.example.com/support"))
        .userName("acme-qb")
        .ownerId(QwcFile.stableId("procore-sync"))
        .fileId(QwcFile.stableId("procore-sync/acme"));
  }

  @Test
  void writesTheFileWithStableGuidsAndTheScheduler() {
    String xml = acme().runEveryMinutes(30).build().toXml();
    assertTrue(xml.contains("<AppName>Procore Sync (Acme &amp; Co)</AppName>"), xml);
    assertTrue(xml.contains("<AppURL>https://sync.example.com/qbwc</AppURL>"));
    assertTrue(xml.contains("<RunEveryNMinutes>30</RunEveryNMinutes>"));
    assertTrue(xml.contains("<QBType>QBFS</QBType>"));
    assertTrue(xml.matches("(?s).*<OwnerID>\\{[0-9A-F-]{36}}</OwnerID>.*"), xml);
    assertEquals(xml, acme().runEveryMinutes(30).build().toXml(), "same input, same file");
    assertTrue(!xml.contains("password"));
  }

  @Test
  void plainHttpOnlyForLocalhostAndOtherRulesNameTheField() {
    acme()
        .appUrl(URI.create("http://localhost:8085/qbwc"))
        .appSupport(URI.create("http://localhost:8085/"))
        .build();
    IllegalArgumentException http =
        assertThrows(
            IllegalArgumentException.class,
            () -> acme().appUrl(URI.create("http://sync.example.com/qbwc")).build());
    assertTrue(http.getMessage().contains("appUrl"), http.getMessage());
    assertTrue(http.getMessage().contains("HTTPS"), http.getMessage());
    IllegalArgumentException interval =
        assertThrows(IllegalArgumentException.class, () -> acme().runEveryMinutes(0).build());
    assertTrue(interval.getMessage().contains("runEveryMinutes"));
    assertThrows(IllegalArgumentException.class, () -> acme().userName(" ").build());
    assertThrows(IllegalArgumentException.class, () -> acme().appUrl(URI.create("qbwc")).build());
  }

  @Test
  void accountPasswordsAreNeverPrinted() {
    WebConnectorAccount a =
        WebConnectorAccount.builder().userName("u").password("hunter2").companyKey("c").build();
    assertTrue(!a.toString().contains("hunter2"), a.toString());
    assertThrows(
        IllegalArgumentException.class,
        () -> a.toBuilder().companyFile("none").build(),
        "a status word is not a company file");
  }
}
