package dev.procoresync.testkit.qbd.company;

import dev.procoresync.testkit.qbd.QbXmlEndpoint;
import dev.procoresync.testkit.qbd.QbXmlEndpointException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * A simulated QuickBooks Desktop company file that answers qbXML 13.0 the way QuickBooks does, for
 * everything the QuickBooks flows send: Service items, customers and jobs, vendors, estimates,
 * purchase orders, bills (linked to PO lines), and queries of those and of checks, credit card
 * charges and bill payments (seeded by the test), with iterators.
 *
 * <p>What it enforces, as QuickBooks does:
 *
 * <ul>
 *   <li>Parsing: text outside ISO-8859-1, a malformed document, an unknown element, children out of
 *       schema order or text over its length ({@link QbXmlFacts}) make the whole message fail with
 *       hresult {@code 0x80040400} ({@link QbXmlEndpointException}), not a status code.
 *   <li>Every record gets a ListID or TxnID and an EditSequence that changes on every change; a Mod
 *       with a stale one gets 3200; an unknown id 3000.
 *   <li>Customers, vendors and other names share one name namespace (not case-sensitive), items
 *       another: a taken name gets 3100. A reference to a record (or account) that does not exist
 *       gets 3140.
 *   <li>A record the test {@link #lock locked} gets 3170 or 3175 on a Mod.
 *   <li>A Mod that lists lines deletes every existing line it does not echo by TxnLineID; {@code
 *       -1} adds a line.
 *   <li>Iterators ({@code iterator="Start"}, {@code MaxReturned}) live until {@link #endSession()};
 *       a Continue after that gets 3391.
 *   <li>{@code onError="stopOnError"} answers nothing after the first failing request.
 *   <li>{@link #loseAnswerAfterCommit} commits the next message that holds such a request and then
 *       fails it with an hresult, as when QuickBooks crashed before answering.
 * </ul>
 *
 * <pre>{@code
 * SimulatedCompanyFile qb = SimulatedCompanyFile.create(clock);
 * qb.addAccount("Construction Income");
 * String answer = qb.process(requestXml);
 * qb.records("ItemService");
 * }</pre>
 *
 * <p>Thread safe (one lock): the Web Connector talks to QuickBooks one request at a time.
 */
public final class SimulatedCompanyFile implements QbXmlEndpoint {
  /** The hresult of a message QuickBooks could not parse. */
  public static final String PARSE_ERROR = "0x80040400";

  /** The hresult used by {@link #loseAnswerAfterCommit}: the generic COM failure (E_FAIL). */
  public static final String LOST_ANSWER = "0x80004005";

  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();
  private static final Set<String> NAME_LISTS = Set.of("Customer", "Vendor", "OtherName");
  private static final Set<String> TXN_TYPES =
      Set.of(
          "Estimate",
          "PurchaseOrder",
          "Bill",
          "Check",
          "CreditCardCharge",
          "BillPaymentCheck",
          "BillPaymentCreditCard");

  private final Clock clock;
  private final QbXmlFacts facts;
  private final long epoch;
  private final Map<String, Rec> byId = new LinkedHashMap<>();
  private final Map<String, Rec> names = new HashMap<>();
  private final Map<String, Rec> items = new HashMap<>();
  private final Set<String> accounts = new HashSet<>();
  private final Map<String, Integer> locks = new HashMap<>();
  private final Map<String, Iter> iterators = new HashMap<>();
  private final Map<String, Integer> lose = new HashMap<>();
  private final List<String> journal = new ArrayList<>();
  private long counter;
  private long iteratorCounter;

  private SimulatedCompanyFile(Clock clock, QbXmlFacts facts) {
    this.clock = clock;
    this.facts = facts;
    this.epoch = clock.instant().getEpochSecond();
  }

  /**
   * Creates an empty company file with the facts table shipped with the testkit.
   *
   * @param clock stamps TimeCreated and TimeModified (give the test's FakeClock)
   * @return the company file
   */
  public static SimulatedCompanyFile create(Clock clock) {
    return new SimulatedCompanyFile(Objects.requireNonNull(clock, "clock"), QbXmlFacts.load());
  }

  // ------------------------------------------------------------------ test API

  /**
   * Adds an account that item and bill references may name.
   *
   * @param fullName the account's full name
   * @return this company file
   */
  public synchronized SimulatedCompanyFile addAccount(String fullName) {
    accounts.add(key(fullName));
    return this;
  }

  /**
   * Adds a customer, or a job under {@code parent}, as a user would in QuickBooks.
   *
   * @param name the name
   * @param parent the parent's full name, or {@code null} for a customer
   * @param shipAddr1 the Ship To address's first line, or {@code null}
   * @param billAddr1 the Bill To address's first line, or {@code null}
   * @return the ListID
   * @throws IllegalArgumentException when the name is taken or the parent is unknown
   */
  public synchronized String addCustomer(
      String name,
      @Nullable String parent,
      @Nullable String shipAddr1,
      @Nullable String billAddr1) {
    Node body = new Node("CustomerAdd");
    body.put("Name", name);
    if (parent != null) {
      Node ref = new Node("ParentRef");
      ref.put("FullName", parent);
      body.children.add(ref);
    }
    if (billAddr1 != null) {
      Node a = new Node("BillAddress");
      a.put("Addr1", billAddr1);
      body.children.add(a);
    }
    if (shipAddr1 != null) {
      Node a = new Node("ShipAddress");
      a.put("Addr1", shipAddr1);
      body.children.add(a);
    }
    Status s = addListRecord("Customer", body);
    if (s.code != 0) {
      throw new IllegalArgumentException(s.message);
    }
    return s.rec.id;
  }

  /**
   * Adds a vendor, as a user would in QuickBooks.
   *
   * @param name the name
   * @param vendorTypeRef the vendor type's full name, or {@code null}
   * @return the ListID
   * @throws IllegalArgumentException when the name is taken
   */
  public synchronized String addVendor(String name, @Nullable String vendorTypeRef) {
    Node body = new Node("VendorAdd");
    body.put("Name", name);
    if (vendorTypeRef != null) {
      Node ref = new Node("VendorTypeRef");
      ref.put("FullName", vendorTypeRef);
      body.children.add(ref);
    }
    Status s = addListRecord("Vendor", body);
    if (s.code != 0) {
      throw new IllegalArgumentException(s.message);
    }
    return s.rec.id;
  }

  /**
   * Adds an "other name" (it takes the name in the shared namespace of customers and vendors).
   *
   * @param name the name
   * @return the ListID
   */
  public synchronized String addOtherName(String name) {
    Node body = new Node("OtherNameAdd");
    body.put("Name", name);
    Status s = addListRecord("OtherName", body);
    if (s.code != 0) {
      throw new IllegalArgumentException(s.message);
    }
    return s.rec.id;
  }

  /**
   * Adds a cost transaction a user entered: a check, a credit card charge or a bill, with one
   * expense line costed to a job.
   *
   * @param type {@code "Check"}, {@code "CreditCardCharge"} or {@code "Bill"}
   * @param payee the vendor's full name
   * @param job the customer or job the cost is for
   * @param account the expense account
   * @param amount the amount
   * @param date the transaction date
   * @param refNumber the reference number, or {@code null}
   * @return the TxnID
   * @throws IllegalArgumentException when the type is not one of those, or the payee or the job is
   *     not a name of this company file
   */
  public synchronized String addCost(
      String type,
      String payee,
      String job,
      String account,
      BigDecimal amount,
      LocalDate date,
      @Nullable String refNumber) {
    if (!Set.of("Check", "CreditCardCharge", "Bill").contains(type)) {
      throw new IllegalArgumentException(
          "type must be Check, CreditCardCharge or Bill (was " + type + ")");
    }
    Rec payeeRec = names.get(key(payee));
    Rec jobRec = names.get(key(job));
    if (payeeRec == null || jobRec == null || !jobRec.type.equals("Customer")) {
      throw new IllegalArgumentException(
          "payee '" + payee + "' and job '" + job + "' must be names of this company file");
    }
    Node body = new Node(type + "Add");
    body.children.add(refNode(type.equals("Bill") ? "VendorRef" : "PayeeEntityRef", payeeRec));
    body.put("TxnDate", date.toString());
    if (refNumber != null) {
      body.put("RefNumber", refNumber);
    }
    Rec r = newRec(type, body);
    Node line = new Node("ExpenseLineRet");
    line.put("TxnLineID", nextId());
    Node acc = new Node("AccountRef");
    acc.put("FullName", account);
    line.children.add(acc);
    line.put("Amount", amount.setScale(2).toPlainString());
    line.children.add(refNode("CustomerRef", jobRec));
    r.lines.add(line);
    r.body.put(type.equals("Bill") ? "AmountDue" : "Amount", amount.setScale(2).toPlainString());
    return r.id;
  }

  /**
   * Adds a bill payment a user made in QuickBooks.
   *
   * @param byCheck {@code true} for a BillPaymentCheck, {@code false} for a BillPaymentCreditCard
   * @param billTxnId the bill paid
   * @param amount the amount applied to it
   * @param date the payment date
   * @return the payment's TxnID
   * @throws IllegalArgumentException when the bill is unknown
   */
  public synchronized String addBillPayment(
      boolean byCheck, String billTxnId, BigDecimal amount, LocalDate date) {
    Rec bill = byId.get(billTxnId);
    if (bill == null || !bill.type.equals("Bill")) {
      throw new IllegalArgumentException("no bill " + billTxnId);
    }
    String type = byCheck ? "BillPaymentCheck" : "BillPaymentCreditCard";
    Node body = new Node(type + "Add");
    Node payee = new Node("PayeeEntityRef");
    Node vendorRef = bill.body.child("VendorRef");
    if (vendorRef != null && !vendorRef.children.isEmpty()) {
      vendorRef.children.forEach(c -> payee.children.add(c.copy()));
    } else {
      payee.put("FullName", ref(bill.body, "VendorRef"));
    }
    body.children.add(payee);
    body.put("TxnDate", date.toString());
    body.put("Amount", amount.setScale(2).toPlainString());
    Rec r = newRec(type, body);
    Node applied = new Node("AppliedToTxnRet");
    applied.put("TxnID", billTxnId);
    applied.put("TxnType", "Bill");
    bill.body.text("RefNumber").ifPresent(n -> applied.put("RefNumber", n));
    applied.put("Amount", amount.setScale(2).toPlainString());
    r.lines.add(applied);
    return r.id;
  }

  /**
   * Changes a record as a user would in QuickBooks: its EditSequence changes, so a Mod built from
   * an earlier read gets 3200.
   *
   * @param id the ListID or TxnID
   * @throws IllegalArgumentException when no record has that id
   */
  public synchronized void touch(String id) {
    Rec r = byId.get(id);
    if (r == null) {
      throw new IllegalArgumentException("no record " + id);
    }
    changed(r);
  }

  /**
   * Holds a record open as another user would, so a Mod of it gets {@code code} until {@link
   * #unlock}.
   *
   * @param id the ListID or TxnID
   * @param code 3170 (modified by another user), 3175 (cannot be locked) or 3176 (in use)
   */
  public synchronized void lock(String id, int code) {
    locks.put(id, code);
  }

  /**
   * Releases a record held by {@link #lock}.
   *
   * @param id the ListID or TxnID
   */
  public synchronized void unlock(String id) {
    locks.remove(id);
  }

  /**
   * Makes the next {@code times} messages holding a request named {@code requestElement} (such as
   * {@code "VendorAddRq"}) commit and then fail with hresult {@link #LOST_ANSWER}: QuickBooks saved
   * the records, the answer never came.
   *
   * @param requestElement the request element
   * @param times how many messages
   */
  public synchronized void loseAnswerAfterCommit(String requestElement, int times) {
    lose.put(requestElement, times);
  }

  /**
   * Returns the records of one type.
   *
   * @param type such as {@code "ItemService"}, {@code "Customer"}, {@code "Vendor"}, {@code
   *     "Estimate"}, {@code "PurchaseOrder"}, {@code "Bill"}
   * @return snapshots in creation order
   */
  public synchronized List<CompanyRecord> records(String type) {
    return byId.values().stream().filter(r -> r.type.equals(type)).map(Rec::snapshot).toList();
  }

  /**
   * Returns a record by ListID or TxnID.
   *
   * @param id the id
   * @return a snapshot, or empty
   */
  public synchronized Optional<CompanyRecord> record(String id) {
    return Optional.ofNullable(byId.get(id)).map(Rec::snapshot);
  }

  /**
   * Returns the request elements processed so far, in order (for counting Adds and Mods).
   *
   * @return such as {@code ["ItemServiceAddRq", "CustomerQueryRq"]}
   */
  public synchronized List<String> journal() {
    return List.copyOf(journal);
  }

  /**
   * Counts the Add and Mod requests processed so far.
   *
   * @return the number of writes QuickBooks was asked for
   */
  public synchronized long writes() {
    return journal.stream().filter(n -> n.endsWith("AddRq") || n.endsWith("ModRq")).count();
  }

  // ------------------------------------------------------------------ QbXmlEndpoint

  @Override
  public synchronized void beginSession(String companyFile) {
    iterators.clear();
  }

  @Override
  public synchronized void endSession() {
    iterators.clear();
  }

  @Override
  public synchronized String process(String qbxmlRequest) {
    Objects.requireNonNull(qbxmlRequest, "qbxmlRequest");
    List<String> problems = facts.check(qbxmlRequest);
    if (!problems.isEmpty()) {
      throw new QbXmlEndpointException(
          PARSE_ERROR,
          "QuickBooks found an error when parsing the provided XML text stream: "
              + problems.get(0));
    }
    Node msgs;
    try {
      msgs = Node.parse(qbxmlRequest).children.get(0);
    } catch (XMLStreamException e) {
      throw new QbXmlEndpointException(
          PARSE_ERROR, "QuickBooks found an error when parsing: " + e.getMessage());
    }
    boolean stop = "stopOnError".equals(msgs.attributes.get("onError"));
    List<Node> answers = new ArrayList<>();
    boolean lost = false;
    for (Node rq : msgs.children) {
      journal.add(rq.name);
      Node rs = answer(rq);
      answers.add(rs);
      Integer times = lose.get(rq.name);
      if (times != null && times > 0) {
        lose.put(rq.name, times - 1);
        lost = true;
      }
      if (stop && Integer.parseInt(rs.attributes.get("statusCode")) >= 1000) {
        break;
      }
    }
    if (lost) {
      throw new QbXmlEndpointException(
          LOST_ANSWER, "QuickBooks stopped before answering (the changes were saved)");
    }
    return write(answers);
  }

  // ------------------------------------------------------------------ requests

  private Node answer(Node rq) {
    String type = rq.name.substring(0, rq.name.length() - 2);
    Node rs = new Node(type + "Rs");
    Optional.ofNullable(rq.attributes.get("requestID"))
        .ifPresent(id -> rs.attributes.put("requestID", id));
    Status s;
    try {
      if (type.endsWith("Query")) {
        s = query(type.substring(0, type.length() - 5), rq, rs);
      } else if (type.endsWith("Add")) {
        s = add(type.substring(0, type.length() - 3), rq.children.get(0));
      } else if (type.endsWith("Mod")) {
        s = mod(type.substring(0, type.length() - 3), rq.children.get(0));
      } else {
        s =
            Status.error(
                3250, "The request " + rq.name + " is not supported by the simulated company file");
      }
    } catch (RuntimeException e) {
      s = Status.error(3180, "There was an error when saving: " + e.getMessage());
    }
    rs.attributes.put("statusCode", Integer.toString(s.code));
    rs.attributes.put(
        "statusSeverity", s.code == 0 || s.code == 1 ? "Info" : s.code < 1000 ? "Warn" : "Error");
    rs.attributes.put("statusMessage", s.code == 0 ? "Status OK" : s.message);
    if (s.rec != null && !type.endsWith("Query")) {
      rs.children.add(ret(s.rec, true));
    }
    return rs;
  }

  private Status add(String type, Node body) {
    return switch (type) {
      case "ItemService" -> addItem(body);
      case "Customer", "Vendor" -> addListRecord(type, body.copy());
      case "Estimate", "PurchaseOrder", "Bill" -> addTxn(type, body);
      default -> Status.error(3250, type + "Add is not supported here");
    };
  }

  private Status addItem(Node body) {
    Node b = body.copy();
    String name = b.text("Name").orElse("");
    String parent = optRef(b, "ParentRef");
    if (parent != null && !items.containsKey(key(parent))) {
      return Status.error(
          3140,
          "There is an invalid reference to QuickBooks Item \"" + parent + "\" in the Item list.");
    }
    String full = parent == null ? name : parent + ":" + name;
    if (items.containsKey(key(full))) {
      return Status.error(3100, "The name \"" + full + "\" of the list element is already in use.");
    }
    Status missing = accountsExist(b);
    if (missing != null) {
      return missing;
    }
    Rec r = newRec("ItemService", b);
    r.fullName = full;
    items.put(key(full), r);
    return Status.ok(r);
  }

  private Status addListRecord(String type, Node b) {
    String name = b.text("Name").orElse("");
    String parent = optRef(b, "ParentRef");
    if (parent != null) {
      Rec p = names.get(key(parent));
      if (p == null || !p.type.equals("Customer")) {
        return Status.error(
            3140,
            "There is an invalid reference to QuickBooks Customer \""
                + parent
                + "\" in the Customer list.");
      }
    }
    String full = parent == null ? name : parent + ":" + name;
    if (names.containsKey(key(full))) {
      return Status.error(3100, "The name \"" + full + "\" of the list element is already in use.");
    }
    Rec r = newRec(type, b);
    r.fullName = full;
    names.put(key(full), r);
    return Status.ok(r);
  }

  private Status addTxn(String type, Node body) {
    Node b = new Node(body.name);
    List<Node> lineAdds = new ArrayList<>();
    for (Node c : body.children) {
      if (c.name.endsWith("LineAdd")) {
        lineAdds.add(c);
      } else {
        b.children.add(c.copy());
      }
    }
    Status bad = headerRefs(type, b);
    if (bad != null) {
      return bad;
    }
    List<Node> lines = new ArrayList<>();
    for (Node la : lineAdds) {
      Node line = new Node(la.name.replace("LineAdd", "LineRet"));
      line.put("TxnLineID", "pending");
      Node link = la.child("LinkToTxn");
      for (Node c : la.children) {
        if (!c.name.equals("LinkToTxn")) {
          line.children.add(c.copy());
        }
      }
      if (link != null) {
        Status linked = link(la, link, line);
        if (linked != null) {
          return linked;
        }
      }
      Status badLine = lineRefs(line);
      if (badLine != null) {
        return badLine;
      }
      lines.add(line);
    }
    Rec r = newRec(type, b);
    for (Node line : lines) {
      line.put("TxnLineID", nextId());
      r.lines.add(line);
    }
    totals(r);
    Set<String> linkedPos = new HashSet<>();
    for (Node line : lines) {
      Node linked = line.child("LinkedTxn");
      if (linked != null) {
        linkedPos.add(linked.text("TxnID").orElse(""));
      }
    }
    for (String poId : linkedPos) {
      Rec po = byId.get(poId);
      if (po != null) {
        Node back = new Node("LinkedTxn");
        back.put("TxnID", r.id);
        back.put("TxnType", type);
        b.text("RefNumber").ifPresent(n -> back.put("RefNumber", n));
        back.put("Amount", r.body.text("AmountDue").orElse("0.00"));
        po.lines.add(back);
      }
    }
    return Status.ok(r);
  }

  private @Nullable Status link(Node lineAdd, Node link, Node line) {
    if (lineAdd.child("ItemRef") != null) {
      return Status.error(
          3210,
          "The \"ItemRef\" field cannot be used with \"LinkToTxn\": QuickBooks takes the item from the linked line.");
    }
    String txnId = link.text("TxnID").orElse("");
    String lineId = link.text("TxnLineID").orElse("");
    Rec po = byId.get(txnId);
    if (po == null || !po.type.equals("PurchaseOrder")) {
      return Status.error(
          3140,
          "There is an invalid reference to QuickBooks PurchaseOrder \""
              + txnId
              + "\" in the Bill.");
    }
    Node poLine =
        po.lines.stream()
            .filter(l -> l.text("TxnLineID").orElse("").equals(lineId))
            .findFirst()
            .orElse(null);
    if (poLine == null) {
      return Status.error(
          3140,
          "There is an invalid reference to QuickBooks PurchaseOrder line \""
              + lineId
              + "\" in the Bill.");
    }
    Node item = poLine.child("ItemRef");
    if (item != null) {
      line.children.add(1, item.copy());
    }
    Node linked = new Node("LinkedTxn");
    linked.put("TxnID", txnId);
    linked.put("TxnLineID", lineId);
    line.children.add(linked);
    return null;
  }

  private Status mod(String type, Node body) {
    String idName = TXN_TYPES.contains(type) ? "TxnID" : "ListID";
    String id = body.text(idName).orElse("");
    Rec r = byId.get(id);
    if (r == null || !r.type.equals(type)) {
      return Status.error(
          3000,
          "The given object ID \""
              + id
              + "\" in the field \""
              + idName.toLowerCase(Locale.ROOT)
              + "\" is invalid.");
    }
    Integer lock = locks.get(id);
    if (lock != null) {
      return Status.error(
          lock,
          lock == 3175 || lock == 3176
              ? "There was an error when modifying a "
                  + type
                  + ". The object \""
                  + id
                  + "\" cannot be locked: it is in use."
              : "There was an error when modifying a "
                  + type
                  + ". This list has been modified by another user.");
    }
    String seq = body.text("EditSequence").orElse("");
    if (!seq.equals(r.editSequence)) {
      return Status.error(3200, "The provided edit sequence \"" + seq + "\" is out-of-date.");
    }
    Node changes = new Node(body.name);
    List<Node> lineMods = new ArrayList<>();
    for (Node c : body.children) {
      if (c.name.endsWith("LineMod")) {
        lineMods.add(c);
      } else if (!c.name.equals(idName) && !c.name.equals("EditSequence")) {
        changes.children.add(c.copy());
      }
    }
    if (TXN_TYPES.contains(type)) {
      Status bad = headerRefs(type, changes);
      if (bad != null) {
        return bad;
      }
    } else {
      Status bad = accountsExist(changes);
      if (bad != null) {
        return bad;
      }
    }
    String newName = changes.text("Name").orElse(null);
    if (newName != null && !TXN_TYPES.contains(type)) {
      Map<String, Rec> space = type.equals("ItemService") ? items : names;
      String parent = optRef(changes, "ParentRef");
      if (parent == null) {
        parent =
            r.fullName.contains(":") ? r.fullName.substring(0, r.fullName.lastIndexOf(':')) : null;
      }
      String full = parent == null ? newName : parent + ":" + newName;
      Rec other = space.get(key(full));
      if (other != null && other != r) {
        return Status.error(
            3100, "The name \"" + full + "\" of the list element is already in use.");
      }
      space.remove(key(r.fullName));
      r.fullName = full;
      space.put(key(full), r);
    }
    List<Node> newLines = null;
    if (!lineMods.isEmpty()) {
      newLines = new ArrayList<>();
      for (Node lm : lineMods) {
        String lineId = lm.text("TxnLineID").orElse("");
        Node line;
        if (lineId.equals("-1")) {
          line = new Node(lm.name.replace("LineMod", "LineRet"));
          line.put("TxnLineID", "pending");
        } else {
          line =
              r.lines.stream()
                  .filter(l -> l.text("TxnLineID").orElse("").equals(lineId))
                  .findFirst()
                  .map(Node::copy)
                  .orElse(null);
          if (line == null) {
            return Status.error(
                3000,
                "The given object ID \"" + lineId + "\" in the field \"txn line id\" is invalid.");
          }
        }
        for (Node c : lm.children) {
          if (!c.name.equals("TxnLineID")) {
            line.replace(c.copy());
          }
        }
        Status badLine = lineRefs(line);
        if (badLine != null) {
          return badLine;
        }
        newLines.add(line);
      }
    }
    for (Node change : changes.children) {
      Node c = change;
      if (c.name.endsWith("Mod") && !c.children.isEmpty()) {
        Node renamed = new Node(c.name.substring(0, c.name.length() - 3));
        renamed.children.addAll(c.children);
        c = renamed;
      }
      Node held = r.body.child(c.name);
      if (held != null && !c.children.isEmpty() && !c.name.endsWith("Ref")) {
        c.children.forEach(held::replace);
      } else {
        r.body.replace(c);
      }
    }
    if (newLines != null) {
      for (Node line : newLines) {
        if (line.text("TxnLineID").orElse("").equals("pending")) {
          line.put("TxnLineID", nextId());
        }
      }
      List<Node> links = r.lines.stream().filter(l -> l.name.equals("LinkedTxn")).toList();
      r.lines.clear();
      r.lines.addAll(newLines);
      r.lines.addAll(links);
      totals(r);
    }
    changed(r);
    return Status.ok(r);
  }

  private Status query(String type, Node rq, Node rs) {
    String step = rq.attributes.get("iterator");
    if ("Continue".equals(step) || "Stop".equals(step)) {
      String iteratorId = rq.attributes.getOrDefault("iteratorID", "");
      Iter it = iterators.get(iteratorId);
      if (it == null) {
        return Status.error(3391, "The iteratorID \"" + iteratorId + "\" is not valid.");
      }
      if ("Stop".equals(step)) {
        iterators.remove(iteratorId);
        return Status.ok(null);
      }
      return page(it, iteratorId, rs);
    }
    List<Rec> found = select(type, rq);
    boolean lines =
        rq.text("IncludeLineItems").map("true"::equals).orElse(false) || !TXN_TYPES.contains(type);
    if ("Start".equals(step)) {
      int max = rq.text("MaxReturned").map(Integer::parseInt).orElse(Integer.MAX_VALUE);
      String iteratorId =
          "{"
              + String.format(Locale.ROOT, "%08x-0000-0000-0000-%012x", epoch, ++iteratorCounter)
              + "}";
      Iter it = new Iter(found.stream().map(r -> r.id).toList(), max, lines);
      iterators.put(iteratorId, it);
      return page(it, iteratorId, rs);
    }
    int max = rq.text("MaxReturned").map(Integer::parseInt).orElse(Integer.MAX_VALUE);
    found = found.subList(0, Math.min(max, found.size()));
    found.forEach(r -> rs.children.add(ret(r, lines)));
    if (found.isEmpty()) {
      return Status.error(1, "A query request did not find a matching object in QuickBooks");
    }
    rs.attributes.put("retCount", Integer.toString(found.size()));
    return Status.ok(null);
  }

  private Status page(Iter it, String iteratorId, Node rs) {
    int end = Math.min(it.position + it.max, it.ids.size());
    List<String> ids = it.ids.subList(it.position, end);
    it.position = end;
    for (String id : ids) {
      Rec r = byId.get(id);
      if (r != null) {
        rs.children.add(ret(r, it.lines));
      }
    }
    rs.attributes.put("iteratorRemainingCount", Integer.toString(it.ids.size() - end));
    rs.attributes.put("iteratorID", iteratorId);
    rs.attributes.put("retCount", Integer.toString(ids.size()));
    if (end >= it.ids.size()) {
      iterators.remove(iteratorId);
    }
    return ids.isEmpty()
        ? Status.error(1, "A query request did not find a matching object in QuickBooks")
        : Status.ok(null);
  }

  private List<Rec> select(String type, Node rq) {
    Predicate<Rec> ofType =
        switch (type) {
          case "Item" -> r -> r.type.startsWith("Item");
          default -> r -> r.type.equals(type);
        };
    List<Rec> all = byId.values().stream().filter(ofType).toList();
    List<Node> ids = rq.all(TXN_TYPES.contains(type) ? "TxnID" : "ListID");
    if (!ids.isEmpty()) {
      Set<String> wanted = new HashSet<>();
      ids.forEach(n -> wanted.add(n.text.trim()));
      return all.stream().filter(r -> wanted.contains(r.id)).toList();
    }
    List<Node> fullNames = rq.all("FullName");
    if (!fullNames.isEmpty()) {
      Set<String> wanted = new HashSet<>();
      fullNames.forEach(n -> wanted.add(key(n.text.trim())));
      return all.stream().filter(r -> wanted.contains(key(r.fullName))).toList();
    }
    List<Node> refs = rq.all("RefNumber");
    if (!refs.isEmpty()) {
      Set<String> wanted = new HashSet<>();
      refs.forEach(n -> wanted.add(n.text.trim()));
      return all.stream()
          .filter(r -> r.body.text("RefNumber").map(wanted::contains).orElse(false))
          .toList();
    }
    List<Rec> out = new ArrayList<>(all);
    if (rq.text("ActiveStatus").orElse("ActiveOnly").equals("ActiveOnly")) {
      out.removeIf(r -> r.body.text("IsActive").filter("false"::equals).isPresent());
    }
    Optional<String> from =
        rq.text("FromModifiedDate")
            .or(
                () ->
                    Optional.ofNullable(rq.child("ModifiedDateRangeFilter"))
                        .flatMap(n -> n.text("FromModifiedDate")));
    if (from.isPresent()) {
      LocalDateTime since = localTime(from.get());
      out.removeIf(r -> r.modified.isBefore(since));
    }
    Node nameFilter = rq.child("NameFilter");
    if (nameFilter != null) {
      String prefix = key(nameFilter.text("Name").orElse(""));
      out.removeIf(r -> !key(r.fullName).startsWith(prefix));
    }
    Node entity = rq.child("EntityFilter");
    if (entity != null) {
      String who = key(entity.text("FullName").orElse(""));
      out.removeIf(r -> !key(entityOf(r)).equals(who));
    }
    return out;
  }

  // ------------------------------------------------------------------ rules

  private @Nullable Status headerRefs(String type, Node b) {
    for (String refName : List.of("CustomerRef", "VendorRef")) {
      String name = optRef(b, refName);
      if (name == null) {
        continue;
      }
      Rec rec = resolveName(b.child(refName));
      String wanted = refName.equals("CustomerRef") ? "Customer" : "Vendor";
      if (rec == null || !rec.type.equals(wanted)) {
        return Status.error(
            3140,
            "There is an invalid reference to QuickBooks "
                + wanted
                + " \""
                + name
                + "\" in the "
                + type
                + ".");
      }
      b.replace(refNode(refName, rec));
    }
    return null;
  }

  private @Nullable Status lineRefs(Node line) {
    Node item = line.child("ItemRef");
    if (item != null) {
      Rec rec =
          item.text("ListID")
              .map(byId::get)
              .orElseGet(() -> items.get(key(item.text("FullName").orElse(""))));
      if (rec == null) {
        return Status.error(
            3140,
            "There is an invalid reference to QuickBooks Item \""
                + refText(item)
                + "\" in the line.");
      }
      line.replace(refNode("ItemRef", rec));
    }
    Node cust = line.child("CustomerRef");
    if (cust != null) {
      Rec rec = resolveName(cust);
      if (rec == null || !rec.type.equals("Customer")) {
        return Status.error(
            3140,
            "There is an invalid reference to QuickBooks Customer \""
                + refText(cust)
                + "\" in the line.");
      }
      line.replace(refNode("CustomerRef", rec));
    }
    return accountsExist(line);
  }

  private @Nullable Status accountsExist(Node b) {
    for (Node c : b.children) {
      if (c.name.endsWith("AccountRef")) {
        String name = c.text("FullName").orElse("");
        if (!accounts.contains(key(name))) {
          return Status.error(
              3140, "There is an invalid reference to QuickBooks Account \"" + name + "\".");
        }
      } else if (!c.children.isEmpty() && !c.name.endsWith("Ref")) {
        Status s = accountsExist(c);
        if (s != null) {
          return s;
        }
      }
    }
    return null;
  }

  private @Nullable Rec resolveName(@Nullable Node ref) {
    if (ref == null) {
      return null;
    }
    Optional<String> listId = ref.text("ListID");
    if (listId.isPresent()) {
      return byId.get(listId.get());
    }
    return names.get(key(ref.text("FullName").orElse("")));
  }

  private static String refText(Node ref) {
    return ref.text("FullName").or(() -> ref.text("ListID")).orElse("");
  }

  private static Node refNode(String name, Rec rec) {
    Node n = new Node(name);
    n.put("ListID", rec.id);
    n.put("FullName", rec.fullName);
    return n;
  }

  private static @Nullable String optRef(Node b, String refName) {
    Node ref = b.child(refName);
    return ref == null ? null : refText(ref);
  }

  private static String ref(Node b, String refName) {
    String s = optRef(b, refName);
    return s == null ? "" : s;
  }

  private String entityOf(Rec r) {
    for (String refName : List.of("VendorRef", "CustomerRef", "PayeeEntityRef")) {
      Node ref = r.body.child(refName);
      if (ref != null) {
        return refText(ref);
      }
    }
    return "";
  }

  private static void totals(Rec r) {
    BigDecimal total = BigDecimal.ZERO;
    for (Node line : r.lines) {
      if (!line.name.endsWith("LineRet")) {
        continue;
      }
      String amount = line.text("Amount").orElse("0");
      total = total.add(new BigDecimal(amount));
    }
    r.body.put(
        r.type.equals("Bill") ? "AmountDue" : "TotalAmount", total.setScale(2).toPlainString());
  }

  private Rec newRec(String type, Node body) {
    Rec r = new Rec(type, nextId(), body);
    r.fullName = body.text("Name").orElse("");
    r.created = now();
    r.modified = r.created;
    r.editSequence = Long.toString(epoch + (++counter));
    byId.put(r.id, r);
    return r;
  }

  private void changed(Rec r) {
    r.modified = now();
    r.editSequence = Long.toString(epoch + (++counter));
  }

  private String nextId() {
    return String.format(Locale.ROOT, "%X-%d", 0x80000000L + (++counter), epoch);
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant(), clock.getZone())
        .truncatedTo(ChronoUnit.SECONDS);
  }

  private static LocalDateTime localTime(String text) {
    String t = text.trim();
    try {
      if (t.length() == 10) {
        return LocalDate.parse(t).atStartOfDay();
      }
      return LocalDateTime.parse(t.length() > 19 ? t.substring(0, 19) : t);
    } catch (DateTimeParseException e) {
      return LocalDateTime.MIN;
    }
  }

  private static String key(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }

  // ------------------------------------------------------------------ answers

  private Node ret(Rec r, boolean withLines) {
    Node ret = new Node(r.type + "Ret");
    boolean txn = TXN_TYPES.contains(r.type);
    ret.put(txn ? "TxnID" : "ListID", r.id);
    ret.put("TimeCreated", r.created + offset());
    ret.put("TimeModified", r.modified + offset());
    ret.put("EditSequence", r.editSequence);
    if (!txn) {
      ret.put("Name", r.body.text("Name").orElse(""));
      ret.put("FullName", r.fullName);
      if (r.type.equals("Customer") || r.type.equals("ItemService")) {
        ret.put("Sublevel", Long.toString(r.fullName.chars().filter(c -> c == ':').count()));
      }
    }
    for (Node c : r.body.children) {
      if (!c.name.equals("Name")) {
        ret.children.add(c.copy());
      }
    }
    if (withLines) {
      r.lines.forEach(l -> ret.children.add(l.copy()));
    }
    return ret;
  }

  private String offset() {
    ZoneOffset o = clock.getZone().getRules().getOffset(clock.instant());
    return o.getId().equals("Z") ? "+00:00" : o.getId();
  }

  private static String write(List<Node> answers) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out);
      w.writeStartDocument("1.0");
      w.writeStartElement("QBXML");
      w.writeStartElement("QBXMLMsgsRs");
      for (Node n : answers) {
        write(w, n);
      }
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  private static void write(XMLStreamWriter w, Node n) throws XMLStreamException {
    w.writeStartElement(n.name);
    for (Map.Entry<String, String> a : n.attributes.entrySet()) {
      w.writeAttribute(a.getKey(), a.getValue());
    }
    if (n.children.isEmpty()) {
      w.writeCharacters(n.text);
    }
    for (Node c : n.children) {
      write(w, c);
    }
    w.writeEndElement();
  }

  // ------------------------------------------------------------------ state

  private static final class Rec {
    final String type;
    final String id;
    final Node body;
    final List<Node> lines = new ArrayList<>();
    String fullName = "";
    String editSequence = "";
    LocalDateTime created = LocalDateTime.MIN;
    LocalDateTime modified = LocalDateTime.MIN;

    Rec(String type, String id, Node body) {
      this.type = type;
      this.id = id;
      this.body = body;
    }

    CompanyRecord snapshot() {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put(TXN_TYPES.contains(type) ? "TxnID" : "ListID", id);
      if (!TXN_TYPES.contains(type)) {
        fields.put("FullName", fullName);
      }
      body.children.forEach(c -> flatten(c, "", fields));
      List<Map<String, String>> ls = new ArrayList<>();
      for (Node l : lines) {
        Map<String, String> lf = new LinkedHashMap<>();
        l.children.forEach(c -> flatten(c, "", lf));
        ls.add(lf);
      }
      return new CompanyRecord(type, id, editSequence, fields, ls);
    }

    private static void flatten(Node n, String prefix, Map<String, String> into) {
      String path = prefix + n.name;
      if (n.children.isEmpty()) {
        into.putIfAbsent(path, n.text);
      } else if (n.name.endsWith("Ref")) {
        n.text("FullName").or(() -> n.text("ListID")).ifPresent(v -> into.putIfAbsent(path, v));
      } else {
        n.children.forEach(c -> flatten(c, path + "/", into));
      }
    }
  }

  private static final class Iter {
    final List<String> ids;
    final int max;
    final boolean lines;
    int position;

    Iter(List<String> ids, int max, boolean lines) {
      this.ids = ids;
      this.max = max;
      this.lines = lines;
    }
  }

  private static final class Status {
    final int code;
    final String message;
    final @Nullable Rec rec;

    private Status(int code, String message, @Nullable Rec rec) {
      this.code = code;
      this.message = message;
      this.rec = rec;
    }

    static Status ok(@Nullable Rec rec) {
      return new Status(0, "Status OK", rec);
    }

    static Status error(int code, String message) {
      return new Status(code, message, null);
    }
  }
}
