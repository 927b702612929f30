package dev.procoresync.qbd.qbxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.testing.Fuzz;
import dev.procoresync.core.testing.Mutate;
import dev.procoresync.core.testing.Seeds;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QbXmlResponsesTest {
  static final String SAMPLE =
      "<?xml version=\"1.0\" ?><QBXML><QBXMLMsgsRs>"
          + "<EstimateQueryRs requestID=\"q1\" statusCode=\"0\" statusSeverity=\"Info\" statusMessage=\"Status OK\" iteratorRemainingCount=\"3\" iteratorID=\"{abc}\">"
          + "<EstimateRet><TxnID>1A-1</TxnID><EditSequence>1700</EditSequence><CustomerRef><ListID>8-1</ListID><FullName>Acme:Job</FullName></CustomerRef>"
          + "<RefNumber>B-1</RefNumber><ShipAddress><City>Austin</City></ShipAddress><NewElementFromQb2030>x</NewElementFromQb2030>"
          + "<EstimateLineRet><TxnLineID>1B-1</TxnLineID><ItemRef><FullName>01-100</FullName></ItemRef><Amount>1200.00</Amount></EstimateLineRet>"
          + "<EstimateLineRet><TxnLineID>1C-1</TxnLineID><Amount>not a number</Amount></EstimateLineRet>"
          + "</EstimateRet></EstimateQueryRs>"
          + "<VendorAddRs requestID=\"v1\" statusCode=\"3100\" statusSeverity=\"Error\" statusMessage=\"The name &quot;Smith&quot; of the list element is already in use.\"/>"
          + "<CustomerModRs requestID=\"c1\" statusCode=\"3200\" statusSeverity=\"Error\" statusMessage=\"stale\"/>"
          + "<WeirdRs requestID=\"w1\" statusCode=\"banana\"/>"
          + "</QBXMLMsgsRs></QBXML>";

  @Test
  void readsRecordsLinesAndStatusesLeniently() {
    QbXmlResponseSet set = QbXmlResponses.parse(SAMPLE);
    QbResponse q = set.byRequestId("q1").orElseThrow();
    assertTrue(q.status().isSuccess());
    assertTrue(q.hasMore());
    assertEquals("{abc}", q.iteratorId().orElseThrow());
    QbRet est = q.rets().get(0);
    assertEquals("1A-1", est.id().orElseThrow());
    assertEquals("1700", est.editSequence().orElseThrow());
    assertEquals("Acme:Job", est.field("CustomerRef").orElseThrow());
    assertEquals("8-1", est.field("CustomerRef/ListID").orElseThrow());
    assertEquals("Austin", est.field("ShipAddress/City").orElseThrow());
    assertEquals("x", est.field("NewElementFromQb2030").orElseThrow());
    assertEquals(2, est.lines().size());
    assertEquals(new BigDecimal("1200.00"), est.lines().get(0).amount().orElseThrow());
    assertFalse(est.lines().get(1).amount().isPresent());
    assertEquals(NextStep.FIND_AND_LINK, set.byRequestId("v1").orElseThrow().status().next());
    assertEquals(NextStep.REQUERY_AND_RETRY, set.byRequestId("c1").orElseThrow().status().next());
    QbStatus weird = set.byRequestId("w1").orElseThrow().status();
    assertEquals(-1, weird.code());
    assertEquals(QbStatusKind.OTHER_ERROR, weird.kind());
  }

  @Test
  void statusTable() {
    assertEquals(NextStep.NOTHING_FOUND, QbStatusKind.of(1).next());
    assertEquals(NextStep.SEND_DEPENDENCY_FIRST, QbStatusKind.of(3140).next());
    assertEquals(NextStep.RETRY_NEXT_SESSION, QbStatusKind.of(3170).next());
    assertEquals(NextStep.RETRY_NEXT_SESSION, QbStatusKind.of(3175).next());
    assertEquals(NextStep.RETRY_NEXT_SESSION, QbStatusKind.of(3176).next());
    assertEquals(NextStep.RESTART_ITERATOR, QbStatusKind.of(3391).next());
    assertEquals(QbStatusKind.OTHER_WARNING, QbStatusKind.of(777));
    assertEquals(QbStatusKind.OTHER_INFO, QbStatusKind.of(42));
  }

  @Test
  void refusesXxeWithoutReadingTheFile(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE QBXML [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]><QBXML><QBXMLMsgsRs><VendorQueryRs statusCode=\"0\"><VendorRet><Name>&x;</Name></VendorRet></VendorQueryRs></QBXMLMsgsRs></QBXML>";
    QbXmlParseException e =
        assertThrows(QbXmlParseException.class, () -> QbXmlResponses.parse(xxe));
    assertFalse(String.valueOf(e.getMessage()).contains("TOP-SECRET"));
    String undeclared =
        "<QBXML><QBXMLMsgsRs><VendorQueryRs statusCode=\"0\"><VendorRet><Name>&x;</Name></VendorRet></VendorQueryRs></QBXMLMsgsRs></QBXML>";
    assertThrows(QbXmlParseException.class, () -> QbXmlResponses.parse(undeclared));
  }

  @Test
  void refusesBillionLaughs() {
    StringBuilder b =
        new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i < 10; i++) {
      b.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        b.append("&lol").append(i == 1 ? "" : Integer.toString(i - 1)).append(';');
      }
      b.append("\">");
    }
    b.append("]><QBXML><QBXMLMsgsRs><X statusCode=\"0\">&lol9;</X></QBXMLMsgsRs></QBXML>");
    long before = usedMemory();
    assertThrows(QbXmlParseException.class, () -> QbXmlResponses.parse(b.toString()));
    assertTrue(usedMemory() - before < 256L * 1024 * 1024);
  }

  @Test
  void refusesAnAnswerLargerThanTheBoundWithoutReadingIt() {
    long declared = 1L << 30; // a "1 GB" answer, produced lazily: never held in memory
    Reader endless =
        new Reader() {
          long produced;
          long body;
          final char[] chunk = "<VendorRet><Name>Smith</Name></VendorRet>".toCharArray();
          boolean started;

          @Override
          public int read(char[] buf, int off, int len) {
            if (produced >= declared) {
              return -1;
            }
            if (!started) {
              started = true;
              String head = "<QBXML><QBXMLMsgsRs><VendorQueryRs statusCode=\"0\">";
              int n = Math.min(len, head.length());
              head.getChars(0, n, buf, off);
              produced += n;
              return n;
            }
            int n = 0;
            while (n < len) {
              buf[off + n] = chunk[(int) (body++ % chunk.length)];
              n++;
              produced++;
            }
            return n;
          }

          @Override
          public void close() {}
        };
    QbXmlParseException e =
        assertThrows(QbXmlParseException.class, () -> QbXmlResponses.parse(endless, 1_000_000));
    assertTrue(e.getMessage().contains("longer than"), e.getMessage());
  }

  @Test
  void fuzzedAnswersEndInAResultOrTheLibrarysException() {
    Fuzz.run(
        "qbxml-responses",
        300,
        QbXmlResponsesTest::damaged,
        xml ->
            QbXmlResponses.parse(xml)
                .responses()
                .forEach(
                    rs -> {
                      rs.status().next();
                      rs.rets()
                          .forEach(
                              ret -> {
                                ret.decimalField("Amount");
                                ret.lines().forEach(QbLine::amount);
                              });
                    }),
        t -> t instanceof QbXmlParseException);
  }

  private static String damaged(SplittableRandom r) {
    String s = SAMPLE;
    for (int i = Seeds.between(r, 1, 3); i > 0; i--) {
      s = Mutate.text(r, s);
    }
    if (Seeds.chance(r, 0.5)) {
      int at = r.nextInt(s.length());
      String token =
          Seeds.oneOf(
              r,
              "<",
              "&",
              "&amp;",
              "&#0;",
              "&#xFFFF;",
              "<!DOCTYPE x>",
              "<![CDATA[",
              "]]>",
              "<?pi?>",
              "statusCode=\"99999999999\"",
              "<Amount>1e999999999</Amount>",
              "</QBXML>",
              "\u0000");
      s = s.substring(0, at) + token + s.substring(at);
    }
    return s;
  }

  private static long usedMemory() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
