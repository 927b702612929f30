package dev.procoresync.qbd.qbxml;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every request type the library writes, with edge values (maximum lengths, non-Latin-1 text, zero
 * and negative amounts).
 */
final class SampleRequests {
  private SampleRequests() {}

  static String repeat(char c, int n) {
    return String.valueOf(c).repeat(n);
  }

  /** Text of exactly {@code n} characters after reduction, with non-Latin-1 characters in it. */
  static String edgy(int n) {
    // every character of the unit reduces to exactly one Latin-1 character
    String unit = "Łódź – “Ü” ";
    String s = unit.repeat(n / unit.length() + 1).substring(0, n);
    if (Character.isHighSurrogate(s.charAt(n - 1))) {
      s = s.substring(0, n - 1) + "x";
    }
    return s;
  }

  static List<QbRequestBody> bodies() {
    QbAddress fullAddress =
        QbAddress.builder()
            .addr1(edgy(41))
            .addr2(repeat('b', 41))
            .addr3("c")
            .city(edgy(31))
            .state(repeat('s', 21))
            .postalCode(repeat('9', 13))
            .country(repeat('c', 31))
            .build();
    List<QbRequestBody> all = new ArrayList<>();
    all.add(
        ItemServiceAdd.builder()
            .name(edgy(31))
            .isActive(true)
            .parent(QbRef.fullName("01"))
            .salesDesc(edgy(4095))
            .salesPrice(BigDecimal.ZERO)
            .incomeAccount(QbRef.fullName("Construction Income"))
            .purchaseDesc(edgy(4095))
            .purchaseCost(new BigDecimal("-1.5"))
            .expenseAccount(QbRef.listId(repeat('A', 36)))
            .build());
    all.add(
        ItemServiceMod.builder()
            .listId("80000001-1700000000")
            .editSequence(repeat('1', 16))
            .name(repeat('n', 31))
            .isActive(false)
            .salesDesc("x")
            .incomeAccount(QbRef.fullName("Income"))
            .purchaseDesc("y")
            .expenseAccount(QbRef.fullName("Expense"))
            .build());
    all.add(ItemServiceMod.builder().listId("1").editSequence("2").name("only the name").build());
    all.add(
        CustomerAdd.builder()
            .name(edgy(41))
            .isActive(true)
            .parent(QbRef.fullName(repeat('p', 209)))
            .companyName(repeat('c', 41))
            .billAddress(fullAddress)
            .shipAddress(fullAddress)
            .phone(repeat('5', 21))
            .fax(repeat('6', 21))
            .email(repeat('e', 1023))
            .jobStatus(JobStatus.IN_PROGRESS)
            .jobDesc(repeat('d', 99))
            .build());
    all.add(
        CustomerMod.builder()
            .listId("80000002-1")
            .editSequence("17")
            .name("Renamed")
            .shipAddress(QbAddress.builder().city("Austin").build())
            .jobStatus(JobStatus.CLOSED)
            .build());
    all.add(
        VendorAdd.builder()
            .name(edgy(41))
            .isActive(true)
            .companyName(repeat('c', 41))
            .vendorAddress(fullAddress)
            .phone(repeat('5', 21))
            .fax(repeat('6', 21))
            .email("a@b.example")
            .accountNumber(repeat('9', 99))
            .build());
    all.add(VendorMod.builder().listId("80000003-1").editSequence("18").phone("1").build());
    EstimateLine line =
        EstimateLine.builder()
            .item(QbRef.fullName("01-100"))
            .desc(edgy(4095))
            .rate(new BigDecimal("1234567890.12345"))
            .amount(new BigDecimal("-9999999999999.99"))
            .build();
    all.add(
        EstimateAdd.builder()
            .customer(QbRef.fullName("Acme:Job"))
            .txnDate(LocalDate.of(2024, 2, 29))
            .refNumber(repeat('r', 11))
            .memo(edgy(4095))
            .addLine(line)
            .addLine(EstimateLine.builder().amount(BigDecimal.ZERO).build())
            .build());
    all.add(
        EstimateMod.builder()
            .txnId("1A-1")
            .editSequence("19")
            .memo("m")
            .addLine(EstimateLine.keep("1B-1"))
            .addLine(line.toBuilder().txnLineId(EstimateLine.NEW_LINE).build())
            .build());
    PurchaseOrderLine poLine =
        PurchaseOrderLine.builder()
            .item(QbRef.fullName("15-400"))
            .desc(edgy(4095))
            .quantity(new BigDecimal("1.00001"))
            .rate(new BigDecimal("800"))
            .amount(new BigDecimal("0"))
            .customer(QbRef.fullName("Acme:Job"))
            .build();
    all.add(
        PurchaseOrderAdd.builder()
            .vendor(QbRef.fullName("Smith Plumbing"))
            .txnDate(LocalDate.of(2024, 6, 1))
            .refNumber(repeat('1', 11))
            .memo(edgy(4095))
            .other1(repeat('o', 25))
            .addLine(poLine)
            .build());
    all.add(
        PurchaseOrderMod.builder()
            .txnId("3C4D-1")
            .editSequence("20")
            .addLine(PurchaseOrderLine.keep("3C4F-1"))
            .addLine(poLine.toBuilder().txnLineId("-1").amount(new BigDecimal("-800")).build())
            .build());
    all.add(
        BillAdd.builder()
            .vendor(QbRef.fullName("Smith Plumbing"))
            .txnDate(LocalDate.of(2024, 6, 1))
            .dueDate(LocalDate.of(2024, 7, 1))
            .refNumber(repeat('R', 20))
            .memo(edgy(4095))
            .addLine(
                BillLine.builder()
                    .desc("Rough-in 50%")
                    .amount(new BigDecimal("6000"))
                    .customer(QbRef.fullName("Acme:Job"))
                    .linkTxnId("3C4D-1")
                    .linkTxnLineId("3C4F-1")
                    .build())
            .addLine(
                BillLine.builder().item(QbRef.fullName("15-400")).amount(BigDecimal.ZERO).build())
            .build());
    for (ListType t : ListType.values()) {
      all.add(ListQuery.builder().type(t).addListId("80000001-1").build());
      all.add(ListQuery.builder().type(t).addFullName(repeat('f', 209)).build());
      all.add(
          ListQuery.builder()
              .type(t)
              .maxReturned(500)
              .activeOnly(true)
              .fromModifiedDate("2024-05-01T13:00:00")
              .nameStartsWith("01")
              .build());
    }
    for (TxnType t : TxnType.values()) {
      all.add(
          TxnQuery.builder()
              .type(t)
              .addTxnId("1A-1")
              .addTxnId("1B-1")
              .includeLineItems(true)
              .build());
      all.add(TxnQuery.builder().type(t).addRefNumber(repeat('r', 20)).build());
      TxnQuery.Builder filter =
          TxnQuery.builder()
              .type(t)
              .maxReturned(100)
              .fromModifiedDate("2024-06-01T00:00:00")
              .entity("Acme:Job")
              .includeLineItems(true);
      if (t.takesLinkedTxns()) {
        filter.includeLinkedTxns(true);
      }
      all.add(filter.build());
    }
    return all;
  }

  /**
   * Each body in a message of its own, plus one message holding all of them with iterator
   * attributes on queries.
   */
  static List<QbXmlMessage> messages() {
    List<QbXmlMessage> out = new ArrayList<>();
    List<QbRequest> every = new ArrayList<>();
    int i = 0;
    for (QbRequestBody b : bodies()) {
      QbRequest r = QbRequest.of("r-" + (++i), b);
      out.add(QbXmlMessage.builder().addRequest(r).build());
      if (!b.isWrite() && i % 2 == 0) {
        r = r.toBuilder().iterator(IteratorStep.START).build();
      } else if (!b.isWrite() && i % 3 == 0) {
        r =
            r.toBuilder()
                .iterator(IteratorStep.CONTINUE)
                .iteratorId("{8b0c4e4e-0000-0000-0000-000000000001}")
                .build();
      }
      every.add(r);
    }
    out.add(QbXmlMessage.builder().onError(OnError.STOP_ON_ERROR).requests(every).build());
    return out;
  }
}
