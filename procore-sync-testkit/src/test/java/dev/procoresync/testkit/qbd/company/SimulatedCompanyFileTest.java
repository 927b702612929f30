package dev.procoresync.testkit.qbd.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.qbd.QbXmlEndpointException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimulatedCompanyFileTest {
  SimulatedCompanyFile qb;

  @BeforeEach
  void setUp() {
    qb = SimulatedCompanyFile.create(FakeClock.at(Instant.parse("2024-06-01T12:00:00Z")));
    qb.addAccount("Construction Income").addAccount("Job Expenses");
  }

  static String msg(String requests) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?><?qbxml version=\"13.0\"?><QBXML><QBXMLMsgsRq onError=\"continueOnError\">"
        + requests
        + "</QBXMLMsgsRq></QBXML>";
  }

  static String item(String id, String name) {
    return "<ItemServiceAddRq requestID=\""
        + id
        + "\"><ItemServiceAdd><Name>"
        + name
        + "</Name><SalesAndPurchase><SalesDesc>d</SalesDesc><IncomeAccountRef><FullName>Construction Income</FullName></IncomeAccountRef>"
        + "<PurchaseDesc>d</PurchaseDesc><ExpenseAccountRef><FullName>Job Expenses</FullName></ExpenseAccountRef></SalesAndPurchase></ItemServiceAdd></ItemServiceAddRq>";
  }

  static String status(String answer, String requestId) {
    Matcher m =
        Pattern.compile("requestID=\"" + requestId + "\" statusCode=\"(-?\\d+)\"").matcher(answer);
    assertTrue(m.find(), answer);
    return m.group(1);
  }

  static String first(String answer, String element) {
    Matcher m = Pattern.compile("<" + element + ">([^<]*)</" + element + ">").matcher(answer);
    assertTrue(m.find(), element + " in " + answer);
    return m.group(1);
  }

  @Test
  void addsItemsAndRefusesDuplicatesAndMissingAccounts() {
    String a =
        qb.process(
            msg(
                item("1", "01-100")
                    + item("2", "01-100")
                    + item("3", "02-200").replace("Job Expenses", "Nope")));
    assertEquals("0", status(a, "1"));
    assertEquals("3100", status(a, "2"));
    assertEquals("3140", status(a, "3"));
    assertEquals(1, qb.records("ItemService").size());
  }

  @Test
  void namesAreSharedAcrossCustomersVendorsAndOtherNames() {
    qb.addOtherName("Smith");
    String a =
        qb.process(
            msg(
                "<VendorAddRq requestID=\"v\"><VendorAdd><Name>smith</Name></VendorAdd></VendorAddRq>"
                    + "<CustomerAddRq requestID=\"c\"><CustomerAdd><Name>Acme</Name></CustomerAdd></CustomerAddRq>"
                    + "<CustomerAddRq requestID=\"j\"><CustomerAdd><Name>Job 1</Name><ParentRef><FullName>Acme</FullName></ParentRef></CustomerAdd></CustomerAddRq>"
                    + "<CustomerAddRq requestID=\"x\"><CustomerAdd><Name>Job 2</Name><ParentRef><FullName>Nobody</FullName></ParentRef></CustomerAdd></CustomerAddRq>"));
    assertEquals("3100", status(a, "v"));
    assertEquals("0", status(a, "c"));
    assertEquals("0", status(a, "j"));
    assertEquals("3140", status(a, "x"));
    assertTrue(a.contains("<FullName>Acme:Job 1</FullName>"), a);
  }

  @Test
  void staleEditSequenceAndLockedRecords() {
    String id = qb.addVendor("Smith Plumbing", null);
    String seq = qb.record(id).orElseThrow().editSequence();
    qb.touch(id);
    String mod =
        "<VendorModRq requestID=\"m\"><VendorMod><ListID>"
            + id
            + "</ListID><EditSequence>%s</EditSequence><Phone>1</Phone></VendorMod></VendorModRq>";
    assertEquals("3200", status(qb.process(msg(String.format(mod, seq))), "m"));
    String fresh = qb.record(id).orElseThrow().editSequence();
    qb.lock(id, 3175);
    assertEquals("3175", status(qb.process(msg(String.format(mod, fresh))), "m"));
    qb.lock(id, 3170);
    assertEquals("3170", status(qb.process(msg(String.format(mod, fresh))), "m"));
    qb.unlock(id);
    assertEquals("0", status(qb.process(msg(String.format(mod, fresh))), "m"));
    assertEquals("1", qb.record(id).orElseThrow().field("Phone").orElseThrow());
  }

  @Test
  void modWithLinesDeletesLinesItDoesNotEcho() {
    qb.process(msg(item("1", "01-100")));
    qb.addCustomer("Acme", null, null, null);
    String line =
        "<EstimateLineAdd><ItemRef><FullName>01-100</FullName></ItemRef><Amount>100.00</Amount></EstimateLineAdd>";
    String a =
        qb.process(
            msg(
                "<EstimateAddRq requestID=\"e\"><EstimateAdd><CustomerRef><FullName>Acme</FullName></CustomerRef>"
                    + line
                    + line
                    + line
                    + "</EstimateAdd></EstimateAddRq>"));
    String txnId = first(a, "TxnID");
    var est = qb.record(txnId).orElseThrow();
    assertEquals(3, est.lines().size());
    StringBuilder keep = new StringBuilder();
    est.lines()
        .forEach(
            l ->
                keep.append("<EstimateLineMod><TxnLineID>")
                    .append(l.get("TxnLineID"))
                    .append("</TxnLineID></EstimateLineMod>"));
    String added =
        "<EstimateLineMod><TxnLineID>-1</TxnLineID><ItemRef><FullName>01-100</FullName></ItemRef><Amount>-50.00</Amount></EstimateLineMod>";
    String mod =
        "<EstimateModRq requestID=\"m\"><EstimateMod><TxnID>"
            + txnId
            + "</TxnID><EditSequence>"
            + est.editSequence()
            + "</EditSequence>";
    assertEquals(
        "0", status(qb.process(msg(mod + keep + added + "</EstimateMod></EstimateModRq>")), "m"));
    var after = qb.record(txnId).orElseThrow();
    assertEquals(4, after.lines().size());
    assertEquals("250.00", after.field("TotalAmount").orElseThrow());
    // echo only the first line: the others go
    String one =
        "<EstimateLineMod><TxnLineID>"
            + after.lines().get(0).get("TxnLineID")
            + "</TxnLineID></EstimateLineMod>";
    mod =
        "<EstimateModRq requestID=\"m\"><EstimateMod><TxnID>"
            + txnId
            + "</TxnID><EditSequence>"
            + after.editSequence()
            + "</EditSequence>";
    qb.process(msg(mod + one + "</EstimateMod></EstimateModRq>"));
    assertEquals(1, qb.record(txnId).orElseThrow().lines().size());
  }

  @Test
  void iteratorsDieWithTheSession() {
    for (int i = 0; i < 5; i++) {
      qb.addVendor("V" + i, null);
    }
    qb.beginSession("");
    String a =
        qb.process(
            msg(
                "<VendorQueryRq requestID=\"q\" iterator=\"Start\"><MaxReturned>2</MaxReturned><ActiveStatus>All</ActiveStatus></VendorQueryRq>"));
    Matcher m =
        Pattern.compile("iteratorRemainingCount=\"(\\d+)\" iteratorID=\"([^\"]+)\"").matcher(a);
    assertTrue(m.find(), a);
    assertEquals("3", m.group(1));
    String cont =
        "<VendorQueryRq requestID=\"q\" iterator=\"Continue\" iteratorID=\""
            + m.group(2)
            + "\"><MaxReturned>2</MaxReturned></VendorQueryRq>";
    String b = qb.process(msg(cont));
    assertTrue(b.contains("iteratorRemainingCount=\"1\""), b);
    qb.endSession();
    assertEquals("3391", status(qb.process(msg(cont)), "q"));
  }

  @Test
  void parseErrorsForOrderLengthAndNonLatin1() {
    String outOfOrder =
        "<CustomerAddRq requestID=\"c\"><CustomerAdd><ParentRef><FullName>A</FullName></ParentRef><Name>B</Name></CustomerAdd></CustomerAddRq>";
    QbXmlEndpointException e =
        assertThrows(QbXmlEndpointException.class, () -> qb.process(msg(outOfOrder)));
    assertEquals("0x80040400", e.hresult());
    assertTrue(e.getMessage().contains("out of order"), e.getMessage());
    assertThrows(QbXmlEndpointException.class, () -> qb.process(msg(item("1", "x".repeat(32)))));
    assertThrows(QbXmlEndpointException.class, () -> qb.process(msg(item("1", "Łódź"))));
    assertThrows(QbXmlEndpointException.class, () -> qb.process("<!DOCTYPE x><QBXML/>"));
    assertEquals(0, qb.records("ItemService").size());
  }

  @Test
  void answerLostAfterCommit() {
    qb.loseAnswerAfterCommit("VendorAddRq", 1);
    String add =
        msg("<VendorAddRq requestID=\"v\"><VendorAdd><Name>Smith</Name></VendorAdd></VendorAddRq>");
    QbXmlEndpointException e = assertThrows(QbXmlEndpointException.class, () -> qb.process(add));
    assertEquals(SimulatedCompanyFile.LOST_ANSWER, e.hresult());
    assertEquals(1, qb.records("Vendor").size());
    assertEquals("3100", status(qb.process(add), "v"));
  }

  @Test
  void billsLinkToPurchaseOrderLinesAndPaymentsAndCostsAreQueryable() {
    qb.process(msg(item("1", "15-400")));
    qb.addVendor("Smith", null);
    qb.addCustomer("Acme", null, null, null);
    String po =
        qb.process(
            msg(
                "<PurchaseOrderAddRq requestID=\"p\"><PurchaseOrderAdd><VendorRef><FullName>Smith</FullName></VendorRef><RefNumber>SC-1</RefNumber>"
                    + "<PurchaseOrderLineAdd><ItemRef><FullName>15-400</FullName></ItemRef><Amount>1000.00</Amount><CustomerRef><FullName>Acme</FullName></CustomerRef></PurchaseOrderLineAdd>"
                    + "</PurchaseOrderAdd></PurchaseOrderAddRq>"));
    String poId = first(po, "TxnID");
    String lineId = qb.record(poId).orElseThrow().lines().get(0).get("TxnLineID");
    String bill =
        qb.process(
            msg(
                "<BillAddRq requestID=\"b\"><BillAdd><VendorRef><FullName>Smith</FullName></VendorRef><RefNumber>INV-1</RefNumber>"
                    + "<ItemLineAdd><Amount>500.00</Amount><LinkToTxn><TxnID>"
                    + poId
                    + "</TxnID><TxnLineID>"
                    + lineId
                    + "</TxnLineID></LinkToTxn></ItemLineAdd>"
                    + "</BillAdd></BillAddRq>"));
    assertEquals("0", status(bill, "b"));
    String billId = first(bill, "TxnID");
    assertEquals("15-400", qb.record(billId).orElseThrow().lines().get(0).get("ItemRef"));
    qb.addBillPayment(true, billId, new BigDecimal("500"), LocalDate.of(2024, 6, 15));
    qb.addCost(
        "Check",
        "Smith",
        "Acme",
        "Job Expenses",
        new BigDecimal("75.5"),
        LocalDate.of(2024, 6, 2),
        "101");
    String q =
        qb.process(
            msg(
                "<BillPaymentCheckQueryRq requestID=\"q\"><IncludeLineItems>true</IncludeLineItems></BillPaymentCheckQueryRq>"
                    + "<CheckQueryRq requestID=\"k\"><IncludeLineItems>true</IncludeLineItems></CheckQueryRq>"));
    assertTrue(q.contains("<AppliedToTxnRet><TxnID>" + billId + "</TxnID>"), q);
    assertTrue(q.contains("<Amount>75.50</Amount>"), q);
  }
}
