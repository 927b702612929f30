package dev.procoresync.qbd.qbxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QbXmlMessageTest {

  @Test
  void writesEnvelopeRequestIdsAndSchemaOrder() {
    String xml =
        QbXmlMessage.builder()
            .addRequest(
                QbRequest.of(
                    "cc-0100",
                    ItemServiceAdd.builder()
                        .name("01-100")
                        .expenseAccount(QbRef.fullName("Job Expenses"))
                        .purchaseDesc("General & <Conditions>")
                        .salesDesc("General Conditions")
                        .incomeAccount(QbRef.fullName("Construction Income"))
                        .build()))
            .build()
            .toXml();
    assertTrue(
        xml.startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<?qbxml version=\"13.0\"?>"),
        xml);
    assertTrue(
        xml.contains(
            "<QBXMLMsgsRq onError=\"continueOnError\"><ItemServiceAddRq requestID=\"cc-0100\">"),
        xml);
    assertTrue(
        xml.contains(
            "<SalesAndPurchase><SalesDesc>General Conditions</SalesDesc><IncomeAccountRef><FullName>Construction Income</FullName></IncomeAccountRef>"
                + "<PurchaseDesc>General &amp; &lt;Conditions&gt;</PurchaseDesc><ExpenseAccountRef>"),
        xml);
  }

  @Test
  void amountsHaveTwoDecimalsAndTextIsLatin1() {
    String xml =
        QbXmlMessage.builder()
            .addRequest(
                QbRequest.of(
                    "e",
                    EstimateAdd.builder()
                        .customer(QbRef.fullName("Acme:Job"))
                        .memo("Bauabschnitt – “Nord” Łódź")
                        .addLine(
                            EstimateLine.builder()
                                .amount(new BigDecimal("6000.5"))
                                .rate(new BigDecimal("6000.5"))
                                .build())
                        .addLine(EstimateLine.builder().amount(new BigDecimal("-1")).build())
                        .build()))
            .build()
            .toXml();
    assertTrue(xml.contains("<Amount>6000.50</Amount>"), xml);
    assertTrue(xml.contains("<Amount>-1.00</Amount>"), xml);
    assertTrue(xml.contains("<Memo>Bauabschnitt - \"Nord\" ?ódz</Memo>"), xml);
    assertTrue(QbText.isLatin1(xml));
  }

  @Test
  void refusesOverLongValuesNamingElementAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ItemServiceAdd.builder().name("0123456789012345678901234567890123").build());
    assertTrue(e.getMessage().contains("ItemServiceAdd/Name"), e.getMessage());
    assertTrue(e.getMessage().contains("0123456789012345678901234567890123"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CustomerAdd.builder().name("A:B").build());
    assertThrows(
        IllegalArgumentException.class,
        () -> QbRequest.of("x".repeat(51), VendorAdd.builder().name("V").build()));
    assertThrows(
        IllegalArgumentException.class,
        () -> EstimateLine.builder().amount(new BigDecimal("12345678901234")).build());
    assertThrows(IllegalArgumentException.class, () -> QbRef.builder().build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            BillLine.builder().item(QbRef.fullName("x")).linkTxnId("1").linkTxnLineId("2").build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            EstimateMod.builder()
                .txnId("1")
                .editSequence("1")
                .addLine(EstimateLine.builder().build())
                .build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            QbRequest.builder()
                .requestId("w")
                .body(VendorAdd.builder().name("V").build())
                .iterator(IteratorStep.START)
                .build());
  }

  @Test
  void textRule() {
    assertEquals("Müller - \"Bau\" ?ódz", QbText.reduce("Müller – “Bau” Łódź"));
    assertEquals("it's...", QbText.reduce("it’s…"));
    assertEquals("ab", QbText.reduce("a\u0000b"));
    assertEquals("??", QbText.reduce("Ω中"));
    assertEquals(
        "General Conditions and Requirem", QbText.fit("General Conditions and Requirements", 31));
  }
}
