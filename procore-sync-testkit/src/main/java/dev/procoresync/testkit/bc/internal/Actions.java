package dev.procoresync.testkit.bc.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.testkit.bc.contract.BcApi;
import dev.procoresync.testkit.bc.contract.BcContract;
import dev.procoresync.testkit.bc.contract.BcEntitySet;
import dev.procoresync.testkit.http.Reply;
import java.util.List;

/**
 * The bound actions of the contract, none of them idempotent (as in Business Central): posting a
 * draft purchase invoice, receiving and invoicing a purchase order, posting a project journal line.
 */
final class Actions {
  private Actions() {}

  static void registerBuiltIns(ODataService service, BcData data) {
    BcContract contract = data.contract();
    BcEntitySet invoices = contract.entitySet(BcApi.STANDARD, "purchaseInvoices");
    BcEntitySet orders = contract.entitySet(BcApi.STANDARD, "purchaseOrders");
    BcEntitySet customOrders = contract.entitySet(BcApi.CUSTOM, "purchaseOrders");
    BcEntitySet orderLines = contract.entitySet(BcApi.CUSTOM, "purchaseOrderLines");
    BcEntitySet posted = contract.entitySet(BcApi.CUSTOM, "postedPurchaseInvoices");
    BcEntitySet postedLines = contract.entitySet(BcApi.CUSTOM, "postedPurchaseInvoiceLines");
    BcEntitySet journal = contract.entitySet(BcApi.CUSTOM, "jobJournalLines");
    BcEntitySet ledger = contract.entitySet(BcApi.CUSTOM, "jobLedgerEntries");

    service.action(
        BcApi.STANDARD,
        "purchaseInvoices",
        "post",
        (company, row) ->
            data.allOrNothing(
                () -> {
                  Row now = data.get(company, row.table(), row.id()).orElseThrow();
                  String status = now.json().path("status").asText("Draft");
                  if (!status.equals("Draft")
                      && !status.equals("In_x0020_Review")
                      && !status.equals("_x0020_")) {
                    throw BcErrors.fail(
                        400,
                        "Application_DialogException",
                        "The purchase invoice "
                            + now.json().path("number").asText()
                            + " is already posted.");
                  }
                  String number = "PPI" + data.nextNumber();
                  ObjectNode change =
                      Values.JSON.objectNode().put("status", "Open").put("number", number);
                  data.update(company, invoices, now.id(), change);
                  ObjectNode header = Values.JSON.objectNode();
                  header.put("number", number);
                  copy(now.json(), header, "vendorNumber", "vendorNumber");
                  copy(now.json(), header, "vendorInvoiceNumber", "vendorInvoiceNumber");
                  copy(now.json(), header, "postingDate", "postingDate");
                  copy(now.json(), header, "dueDate", "dueDate");
                  copy(now.json(), header, "orderNumber", "orderNumber");
                  copy(now.json(), header, "currencyCode", "currencyCode");
                  copy(now.json(), header, "totalAmountExcludingTax", "amount");
                  copy(now.json(), header, "totalAmountIncludingTax", "amountIncludingTax");
                  data.insert(company, posted, header);
                  return Reply.empty(204);
                }));

    service.action(
        BcApi.STANDARD,
        "purchaseOrders",
        "receiveAndInvoice",
        (company, row) ->
            data.allOrNothing(
                () -> {
                  Row now = data.get(company, row.table(), row.id()).orElseThrow();
                  if (now.json().path("fullyReceived").asBoolean(false)) {
                    throw BcErrors.fail(
                        400, "Application_DialogException", "There is nothing to post.");
                  }
                  String number = "PPI" + data.nextNumber();
                  ObjectNode header = Values.JSON.objectNode().put("number", number);
                  copy(now.json(), header, "number", "orderNumber");
                  copy(now.json(), header, "vendorNumber", "vendorNumber");
                  copy(now.json(), header, "jobNo", "jobNo");
                  copy(now.json(), header, "currencyCode", "currencyCode");
                  copy(now.json(), header, "orderDate", "postingDate");
                  copy(now.json(), header, "orderDate", "documentDate");
                  Row postedHeader = data.insert(company, posted, header);
                  java.math.BigDecimal total = java.math.BigDecimal.ZERO;
                  List<Row> lines =
                      data.list(
                              company,
                              orderLines.table(),
                              r -> r.json().path("documentId").asText().equalsIgnoreCase(now.id()),
                              null,
                              Integer.MAX_VALUE,
                              null)
                          .rows();
                  for (Row line : lines) {
                    ObjectNode l = Values.JSON.objectNode();
                    l.put("documentId", postedHeader.id()).put("documentNumber", number);
                    copy(line.json(), l, "lineNo", "lineNo");
                    copy(line.json(), l, "lineNo", "orderLineNo");
                    for (String f :
                        List.of(
                            "type",
                            "number",
                            "description",
                            "quantity",
                            "unitOfMeasureCode",
                            "directUnitCost",
                            "lineAmount",
                            "jobNo",
                            "jobTaskNo",
                            "jobLineType",
                            "costType",
                            "segmentCode")) {
                      copy(line.json(), l, f, f);
                    }
                    total = total.add(line.json().path("lineAmount").decimalValue());
                    data.insert(company, postedLines, l);
                  }
                  data.update(
                      company,
                      posted,
                      postedHeader.id(),
                      Values.JSON
                          .objectNode()
                          .put("amount", total)
                          .put("amountIncludingTax", total));
                  ObjectNode aggregate = Values.JSON.objectNode();
                  aggregate.put("number", number).put("status", "Open").put("orderId", now.id());
                  copy(now.json(), aggregate, "number", "orderNumber");
                  copy(now.json(), aggregate, "vendorNumber", "vendorNumber");
                  copy(now.json(), aggregate, "vendorId", "vendorId");
                  aggregate
                      .put("totalAmountExcludingTax", total)
                      .put("totalAmountIncludingTax", total);
                  data.insert(company, invoices, aggregate);
                  data.update(
                      company,
                      orders,
                      now.id(),
                      Values.JSON.objectNode().put("fullyReceived", true));
                  data.update(company, customOrders, now.id(), Values.JSON.objectNode());
                  return Reply.empty(204);
                }));

    service.action(
        BcApi.CUSTOM,
        "jobJournalLines",
        "post",
        (company, row) ->
            data.allOrNothing(
                () -> {
                  Row now =
                      data.get(company, row.table(), row.id())
                          .orElseThrow(
                              () ->
                                  BcErrors.fail(
                                      404,
                                      "Internal_RecordNotFound",
                                      "The Job Journal Line does not exist (already posted?)."));
                  ObjectNode entry = Values.JSON.objectNode();
                  entry.put("entryNo", data.nextNumber());
                  for (String f :
                      List.of(
                          "jobNo",
                          "jobTaskNo",
                          "postingDate",
                          "documentNumber",
                          "externalDocumentNumber",
                          "type",
                          "number",
                          "description",
                          "quantity",
                          "unitCost",
                          "totalCost",
                          "entryType",
                          "lineType",
                          "costType",
                          "segmentCode")) {
                    copy(now.json(), entry, f, f);
                  }
                  data.insert(company, ledger, entry);
                  data.delete(company, journal.table(), now.id());
                  return Reply.empty(204);
                }));
  }

  private static void copy(JsonNode from, ObjectNode to, String source, String target) {
    JsonNode v = from.get(source);
    if (v != null && !v.isNull()) {
      to.set(target, v.deepCopy());
    }
  }
}
