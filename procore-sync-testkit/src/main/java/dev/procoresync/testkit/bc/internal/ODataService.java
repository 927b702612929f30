package dev.procoresync.testkit.bc.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.testkit.bc.contract.BcApi;
import dev.procoresync.testkit.bc.contract.BcContract;
import dev.procoresync.testkit.bc.contract.BcEntitySet;
import dev.procoresync.testkit.bc.contract.BcField;
import dev.procoresync.testkit.http.Reply;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The OData v4 service of one fake environment: entity sets as views on {@link BcData}, paging,
 * {@code $filter}/{@code $select}/{@code $expand}/{@code $top}/{@code $skip}, writes with {@code
 * If-Match}, deep inserts and bound actions.
 */
public final class ODataService {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9_.]*)(?:\\((.*)\\))?");
  private static final Pattern GUID =
      Pattern.compile(
          "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");
  private static final Pattern MAX_PAGE = Pattern.compile("odata\\.maxpagesize\\s*=\\s*(\\d{1,9})");

  /** What a bound action does; built in for the contract's actions. */
  @FunctionalInterface
  public interface ActionHandler {
    /**
     * Runs the action.
     *
     * @param company the company
     * @param row the record it is bound to
     * @return the answer
     */
    Reply run(String company, Row row);
  }

  private final BcContract contract;
  private final BcData data;
  private final Settings settings;
  private final Map<String, ActionHandler> actions = new HashMap<>();

  /** Changeable limits of the service. */
  public static final class Settings {
    /** The most rows a page holds, whatever the client prefers. */
    public volatile int maxPageSize = 20_000;

    /** A page with more rows than this answers 504 instead. */
    public volatile int gatewayTimeoutRows = Integer.MAX_VALUE;

    /** A $batch with more operations than this answers 504 instead. */
    public volatile int gatewayTimeoutOperations = Integer.MAX_VALUE;

    /** The most operations a $batch takes. */
    public volatile int maxBatchOperations = 100;

    /** The status of a stale If-Match: 409 (Business Central) or 412 (OData). */
    public volatile int staleEtagStatus = 409;
  }

  /**
   * Creates the service.
   *
   * @param data the records
   * @param settings the limits
   */
  public ODataService(BcData data, Settings settings) {
    this.contract = data.contract();
    this.data = data;
    this.settings = settings;
    Actions.registerBuiltIns(this, data);
  }

  /**
   * Registers what a bound action does.
   *
   * @param api the root
   * @param set the entity set
   * @param name the action name
   * @param handler what it does
   */
  public void action(BcApi api, String set, String name, ActionHandler handler) {
    actions.put(api + "|" + set + "|" + name, handler);
  }

  /**
   * Returns the data.
   *
   * @return the data
   */
  public BcData data() {
    return data;
  }

  /**
   * Returns the limits.
   *
   * @return the settings
   */
  public Settings settings() {
    return settings;
  }

  // ------------------------------------------------------------------ dispatch

  /**
   * Answers one call below {@code companies({id})/}.
   *
   * @param call the call
   * @return the answer
   */
  public Reply handle(Call call) {
    List<String> segs = call.segments();
    if (segs.isEmpty() || segs.size() > 2) {
      throw BcErrors.noSegment(String.join("/", segs));
    }
    Matcher first = segment(segs.get(0));
    BcEntitySet set = set(call.api(), first.group(1));
    String key = first.group(2);
    if (segs.size() == 1) {
      if (key == null) {
        switch (call.method()) {
          case "GET":
            return list(call, set, null);
          case "POST":
            return create(call, set, null);
          default:
            throw notAllowed(call.method(), set);
        }
      }
      return entity(call, set, id(key), call.method());
    }
    String headerId = id(requireKey(key, segs.get(0)));
    Row header =
        data.get(call.company(), set.table(), headerId).orElseThrow(() -> notFound(set, headerId));
    String second = segs.get(1);
    if (second.startsWith("Microsoft.NAV.")) {
      if (!call.method().equals("POST")) {
        throw notAllowed(call.method(), set);
      }
      String name = second.substring("Microsoft.NAV.".length());
      if (set.action(name).isEmpty()) {
        throw BcErrors.noSegment(second);
      }
      ActionHandler handler = actions.get(call.api() + "|" + set.name() + "|" + name);
      if (handler == null) {
        throw BcErrors.fail(
            501, "BadRequest_NotImplemented", "The fake has no action " + name + ".");
      }
      return handler.run(call.company(), header);
    }
    Matcher nav = segment(second);
    BcEntitySet child = child(set, nav.group(1));
    String parentField = child.parent().orElseThrow().field();
    if (nav.group(2) == null) {
      switch (call.method()) {
        case "GET":
          return list(call, child, header);
        case "POST":
          return create(call, child, header);
        default:
          throw notAllowed(call.method(), child);
      }
    }
    String childId = id(nav.group(2));
    Row row =
        data.get(call.company(), child.table(), childId)
            .orElseThrow(() -> notFound(child, childId));
    if (!row.json().path(parentField).asText().equalsIgnoreCase(header.id())) {
      throw notFound(child, childId);
    }
    return entity(call, child, childId, call.method());
  }

  private static Matcher segment(String text) {
    Matcher m = SEGMENT.matcher(text);
    if (!m.matches()) {
      throw BcErrors.noSegment(text);
    }
    return m;
  }

  private static String requireKey(@Nullable String key, String segment) {
    if (key == null) {
      throw BcErrors.badQuery("The segment '" + segment + "' needs a key: " + segment + "({id}).");
    }
    return key;
  }

  private static String id(String key) {
    String k = key.startsWith("id=") ? key.substring(3) : key;
    if (!GUID.matcher(k).matches()) {
      throw BcErrors.badQuery(
          "Bad Request - Error in query syntax: the key (" + key + ") is not a GUID.");
    }
    return k.toLowerCase(Locale.ROOT);
  }

  private BcEntitySet set(BcApi api, String name) {
    return contract.findEntitySet(api, name).orElseThrow(() -> BcErrors.noSegment(name));
  }

  private BcEntitySet child(BcEntitySet parent, String navigation) {
    return contract.entitySets(parent.api()).stream()
        .filter(
            s ->
                s.parent().isPresent()
                    && s.parent().get().entitySet().equals(parent.name())
                    && s.parent().get().navigation().equals(navigation))
        .findFirst()
        .orElseThrow(() -> BcErrors.noSegment(navigation));
  }

  private List<BcEntitySet> children(BcEntitySet parent) {
    return contract.entitySets(parent.api()).stream()
        .filter(s -> s.parent().isPresent() && s.parent().get().entitySet().equals(parent.name()))
        .toList();
  }

  private static RuntimeException notAllowed(String method, BcEntitySet set) {
    return BcErrors.fail(
        405,
        "BadRequest_MethodNotAllowed",
        "'"
            + method
            + "' requests for '"
            + set.name()
            + "' of EdmType 'Entity' are not allowed within Dynamics 365 Business Central OData web services.");
  }

  private static RuntimeException notFound(BcEntitySet set, String id) {
    return BcErrors.fail(
        404,
        "Internal_RecordNotFound",
        "The "
            + set.table()
            + " does not exist. Identification fields and values: SystemId='"
            + id
            + "'");
  }

  // ------------------------------------------------------------------ reading

  private Reply list(Call call, BcEntitySet set, @Nullable Row header) {
    if (!set.allows("GET")) {
      throw notAllowed("GET", set);
    }
    String filterText = call.param("$filter");
    ODataFilter filter =
        filterText == null || filterText.isBlank() ? null : parseFilter(filterText, set);
    if (header == null && !set.requiresFilterOn().isEmpty()) {
      boolean ok =
          filter != null
              && set.requiresFilterOn().stream().anyMatch(f -> filter.equalityOn(f).isPresent());
      if (!ok) {
        throw BcErrors.badRequest("You must specify an Id or a Document Id to get the lines.");
      }
    }
    List<String> select = select(call.param("$select"), set);
    List<Expand> expand = expand(call.param("$expand"), set);
    int pageSize = settings.maxPageSize;
    Optional<String> prefer = call.header("Prefer");
    boolean preferred = false;
    if (prefer.isPresent()) {
      Matcher m = MAX_PAGE.matcher(prefer.get());
      if (m.find()) {
        int asked = Integer.parseInt(m.group(1));
        if (asked > 0) {
          pageSize = Math.min(asked, settings.maxPageSize);
          preferred = true;
        }
      }
    }
    long top = nonNegative(call.param("$top"), "$top", -1);
    long skip = nonNegative(call.param("$skip"), "$skip", 0);
    String parentField = header == null ? null : set.parent().orElseThrow().field();
    String headerId = header == null ? null : header.id();
    ODataFilter f = filter;
    java.util.function.Predicate<Row> match =
        row -> {
          ObjectNode view = view(set, row, null);
          if (parentField != null && !view.path(parentField).asText().equalsIgnoreCase(headerId)) {
            return false;
          }
          return f == null || f.test(view);
        };
    Function<RowSource, Optional<long[]>> narrow = f == null ? null : rows -> narrow(rows, set, f);
    long limit = top >= 0 ? Math.min(top, settings.maxPageSize) + skip : pageSize + skip;
    String orderBy = call.param("$orderby");
    BcData.Slice slice =
        orderBy == null || orderBy.isBlank()
            ? data.list(call.company(), set.table(), match, call.param("$skiptoken"), limit, narrow)
            : ordered(call, set, match, orderBy, limit);
    List<Row> rows =
        slice.rows().subList((int) Math.min(skip, slice.rows().size()), slice.rows().size());
    if (rows.size() > settings.gatewayTimeoutRows) {
      return BcErrors.reply(
          504,
          "GatewayTimeout",
          "The request took too long: a page of "
              + rows.size()
              + " records (the fake answers 504 above "
              + settings.gatewayTimeoutRows
              + ").");
    }
    ObjectNode body = Values.JSON.objectNode();
    body.put(
        "@odata.context",
        call.rootUrl() + "/$metadata#companies(" + call.company() + ")/" + set.name());
    ArrayNode value = body.putArray("value");
    for (Row row : rows) {
      ObjectNode v = view(set, row, select);
      addExpanded(call, set, row, v, expand);
      value.add(v);
    }
    if (slice.next() != null && top < 0) {
      body.put("@odata.nextLink", nextLink(call.selfUrl(), slice.next()));
    }
    Reply reply = Reply.json(200, body).withHeader("OData-Version", "4.0");
    return preferred
        ? reply.withHeader("Preference-Applied", "odata.maxpagesize=" + pageSize)
        : reply;
  }

  /** Sorts every match (stored tables only), then pages by position: skip tokens {@code o<n>}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private BcData.Slice ordered(
      Call call,
      BcEntitySet set,
      java.util.function.Predicate<Row> match,
      String orderBy,
      long limit) {
    java.util.Comparator<ObjectNode> order = null;
    for (String part : orderBy.split(",")) {
      String[] words = part.trim().split("\\s+");
      BcField field =
          set.findField(words[0])
              .orElseThrow(
                  () ->
                      BcErrors.badQuery(
                          "Could not find a property named '"
                              + words[0]
                              + "' on type 'Microsoft.NAV."
                              + set.entityType()
                              + "'."));
      boolean desc = words.length > 1 && words[1].equalsIgnoreCase("desc");
      if (words.length > 2 || (words.length == 2 && !desc && !words[1].equalsIgnoreCase("asc"))) {
        throw BcErrors.badQuery("Syntax error in $orderby: '" + part.trim() + "'.");
      }
      java.util.Comparator<ObjectNode> one =
          java.util.Comparator.comparing(
              v -> (Comparable) ODataFilter.value(field, v.get(field.name())),
              java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
      one = desc ? one.reversed() : one;
      order = order == null ? one : order.thenComparing(one);
    }
    String token = call.param("$skiptoken");
    long from = 0;
    if (token != null) {
      try {
        from = Long.parseLong(token.substring(1));
      } catch (NumberFormatException | IndexOutOfBoundsException e) {
        throw BcErrors.badQuery("The $skiptoken " + token + " is not valid.");
      }
    }
    List<Row> all =
        new ArrayList<>(
            data.list(call.company(), set.table(), match, null, Integer.MAX_VALUE, null).rows());
    java.util.Comparator<ObjectNode> byView = order;
    all.sort((a, b) -> byView.compare(view(set, a, null), view(set, b, null)));
    int start = (int) Math.min(from, all.size());
    int end = (int) Math.min(all.size(), start + limit);
    return new BcData.Slice(all.subList(start, end), end < all.size() ? "o" + end : null);
  }

  private static Optional<long[]> narrow(RowSource rows, BcEntitySet set, ODataFilter filter) {
    for (BcField field : set.fields()) {
      Optional<String> value = filter.equalityOn(field.name());
      if (value.isPresent()) {
        Optional<long[]> r = rows.narrow(field.name(), value.get());
        if (r.isPresent()) {
          return r;
        }
      }
    }
    return Optional.empty();
  }

  private static long nonNegative(@Nullable String text, String name, long fallback) {
    if (text == null) {
      return fallback;
    }
    try {
      long v = Long.parseLong(text.trim());
      if (v < 0) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw BcErrors.badQuery(
          "Invalid value '" + text + "' for " + name + ": a non-negative integer is expected.");
    }
  }

  private static String nextLink(String selfUrl, String token) {
    int q = selfUrl.indexOf('?');
    String base = q < 0 ? selfUrl : selfUrl.substring(0, q);
    StringBuilder query = new StringBuilder();
    if (q >= 0) {
      for (String pair : selfUrl.substring(q + 1).split("&")) {
        if (pair.isEmpty() || pair.startsWith("$skiptoken=") || pair.startsWith("%24skiptoken=")) {
          continue;
        }
        query.append(query.length() == 0 ? "" : "&").append(pair);
      }
    }
    query
        .append(query.length() == 0 ? "" : "&")
        .append("$skiptoken=")
        .append(URLEncoder.encode(token, StandardCharsets.UTF_8));
    return base + "?" + query;
  }

  private ODataFilter parseFilter(String text, BcEntitySet set) {
    try {
      return ODataFilter.parse(text, set);
    } catch (FilterException e) {
      throw BcErrors.badQuery(e.getMessage());
    }
  }

  private List<String> select(@Nullable String text, BcEntitySet set) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Set<String> navs = new LinkedHashSet<>();
    children(set).forEach(c -> navs.add(c.parent().orElseThrow().navigation()));
    List<String> out = new ArrayList<>();
    for (String raw : text.split(",")) {
      String name = raw.trim();
      if (navs.contains(name)) {
        continue;
      }
      if (set.findField(name).isEmpty()) {
        throw BcErrors.badQuery(
            "Could not find a property named '"
                + name
                + "' on type 'Microsoft.NAV."
                + set.entityType()
                + "'.");
      }
      out.add(name);
    }
    return out;
  }

  private record Expand(BcEntitySet child, List<String> select, @Nullable ODataFilter filter) {}

  private List<Expand> expand(@Nullable String text, BcEntitySet set) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<Expand> out = new ArrayList<>();
    for (String item : splitTopLevel(text, ',')) {
      String trimmed = item.trim();
      int open = trimmed.indexOf('(');
      String name = open < 0 ? trimmed : trimmed.substring(0, open).trim();
      BcEntitySet child =
          children(set).stream()
              .filter(c -> c.parent().orElseThrow().navigation().equals(name))
              .findFirst()
              .orElseThrow(
                  () ->
                      BcErrors.badQuery(
                          "Could not find a property named '"
                              + name
                              + "' on type 'Microsoft.NAV."
                              + set.entityType()
                              + "'."));
      List<String> select = List.of();
      ODataFilter filter = null;
      if (open >= 0) {
        if (!trimmed.endsWith(")")) {
          throw BcErrors.badQuery("Syntax error in $expand: ')' expected in '" + trimmed + "'.");
        }
        for (String option :
            splitTopLevel(trimmed.substring(open + 1, trimmed.length() - 1), ';')) {
          String o = option.trim();
          if (o.startsWith("$select=")) {
            select = select(o.substring(8), child);
          } else if (o.startsWith("$filter=")) {
            filter = parseFilter(o.substring(8), child);
          } else if (!o.isEmpty()) {
            throw BcErrors.badQuery("The $expand option '" + o + "' is not supported by the fake.");
          }
        }
      }
      out.add(new Expand(child, select, filter));
    }
    return out;
  }

  private static List<String> splitTopLevel(String text, char separator) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      } else if (!quoted && depth == 0 && c == separator) {
        out.add(text.substring(start, i));
        start = i + 1;
      }
    }
    out.add(text.substring(start));
    return out;
  }

  private void addExpanded(
      Call call, BcEntitySet set, Row row, ObjectNode view, List<Expand> expand) {
    for (Expand e : expand) {
      String field = e.child.parent().orElseThrow().field();
      BcData.Slice children =
          data.list(
              call.company(),
              e.child.table(),
              r -> {
                ObjectNode v = view(e.child, r, null);
                return v.path(field).asText().equalsIgnoreCase(row.id())
                    && (e.filter == null || e.filter.test(v));
              },
              null,
              Integer.MAX_VALUE,
              null);
      ArrayNode array = view.putArray(e.child.parent().orElseThrow().navigation());
      children.rows().forEach(c -> array.add(view(e.child, c, e.select)));
    }
  }

  /**
   * Renders a record as an entity set shows it.
   *
   * @param set the set
   * @param row the record
   * @param select the fields to show; empty or null for all
   * @return the JSON, with {@code @odata.etag} first
   */
  public ObjectNode view(BcEntitySet set, Row row, @Nullable List<String> select) {
    ObjectNode out = Values.JSON.objectNode();
    out.put("@odata.etag", row.etag());
    ObjectNode json = row.json();
    for (BcField f : set.fields()) {
      if (select != null && !select.isEmpty() && !select.contains(f.name())) {
        continue;
      }
      JsonNode v = json.get(f.name());
      out.set(f.name(), v == null || v.isNull() ? Values.blank(contract, f) : v);
    }
    return out;
  }

  // ------------------------------------------------------------------ writing

  private Reply entity(Call call, BcEntitySet set, String id, String method) {
    switch (method) {
      case "GET":
        {
          if (!set.allows("GET")) {
            throw notAllowed(method, set);
          }
          Row row = data.get(call.company(), set.table(), id).orElseThrow(() -> notFound(set, id));
          ObjectNode v = view(set, row, select(call.param("$select"), set));
          v.put(
              "@odata.context",
              call.rootUrl()
                  + "/$metadata#companies("
                  + call.company()
                  + ")/"
                  + set.name()
                  + "/$entity");
          addExpanded(call, set, row, v, expand(call.param("$expand"), set));
          return Reply.json(200, v)
              .withHeader("ETag", row.etag())
              .withHeader("OData-Version", "4.0");
        }
      case "PATCH":
        return patch(call, set, id);
      case "DELETE":
        return delete(call, set, id);
      default:
        throw notAllowed(method, set);
    }
  }

  private Row checked(Call call, BcEntitySet set, String id) {
    Row row = data.get(call.company(), set.table(), id).orElseThrow(() -> notFound(set, id));
    String ifMatch = call.header("If-Match").orElse("").trim();
    if (ifMatch.isEmpty()) {
      throw BcErrors.fail(
          400,
          "BadRequest_InvalidToken",
          "Could not validate the client concurrency token required by the service. Please provide a valid token in the client request.");
    }
    if (!ifMatch.equals("*") && !ifMatch.equals(row.etag())) {
      throw BcErrors.fail(
          settings.staleEtagStatus,
          "Request_EntityChanged",
          "Another user has already changed the record. (If-Match "
              + ifMatch
              + ", current "
              + row.etag()
              + ")");
    }
    return row;
  }

  private Reply patch(Call call, BcEntitySet set, String id) {
    if (!set.allows("PATCH")) {
      throw notAllowed("PATCH", set);
    }
    JsonNode body = json(call.body());
    ObjectNode fields = Values.normalise(contract, set, body, Set.of(), false);
    Row changed =
        data.atomically(
            () -> {
              checked(call, set, id);
              return data.update(call.company(), set, id, fields)
                  .orElseThrow(() -> notFound(set, id));
            });
    ObjectNode v = view(set, changed, null);
    return Reply.json(200, v).withHeader("ETag", changed.etag()).withHeader("OData-Version", "4.0");
  }

  private Reply delete(Call call, BcEntitySet set, String id) {
    if (!set.allows("DELETE")) {
      throw notAllowed("DELETE", set);
    }
    data.atomically(
        () -> {
          checked(call, set, id);
          return data.delete(call.company(), set.table(), id);
        });
    return Reply.empty(204);
  }

  private Reply create(Call call, BcEntitySet set, @Nullable Row header) {
    if (!set.allows("POST")) {
      throw notAllowed("POST", set);
    }
    JsonNode body = json(call.body());
    Row row = data.allOrNothing(() -> insert(call.company(), set, body, header, false));
    ObjectNode v = view(set, row, null);
    v.put(
        "@odata.context",
        call.rootUrl() + "/$metadata#companies(" + call.company() + ")/" + set.name() + "/$entity");
    return Reply.json(201, v)
        .withHeader("ETag", row.etag())
        .withHeader(
            "Location",
            call.rootUrl()
                + "/companies("
                + call.company()
                + ")/"
                + set.name()
                + "("
                + row.id()
                + ")")
        .withHeader("OData-Version", "4.0");
  }

  /**
   * Inserts a record with its deep-inserted lines; links a line to its header (by the header's id
   * or, when seeding, by the header's number).
   *
   * @param company the company
   * @param set the set written through
   * @param body the JSON
   * @param header the header of a line posted under it, or null
   * @param seeding true for fixtures (read-only fields allowed)
   * @return the inserted header row
   */
  public Row insert(
      String company, BcEntitySet set, JsonNode body, @Nullable Row header, boolean seeding) {
    List<BcEntitySet> kids = children(set);
    Set<String> navs = new LinkedHashSet<>();
    kids.forEach(k -> navs.add(k.parent().orElseThrow().navigation()));
    ObjectNode fields = Values.normalise(contract, set, body, navs, seeding);
    if (seeding && body.hasNonNull("id")) {
      fields.put("id", body.get("id").asText().toLowerCase(Locale.ROOT));
    }
    set.parent().ifPresent(p -> link(company, set, p, fields, header));
    Row row = data.insert(company, set, fields);
    for (BcEntitySet kid : kids) {
      JsonNode lines = body.get(kid.parent().orElseThrow().navigation());
      if (lines == null || lines.isNull()) {
        continue;
      }
      if (!lines.isArray()) {
        throw BcErrors.badRequest(
            "The navigation property '"
                + kid.parent().orElseThrow().navigation()
                + "' needs an array.");
      }
      for (JsonNode line : lines) {
        insert(company, kid, line, row, seeding);
      }
    }
    return row;
  }

  private void link(
      String company,
      BcEntitySet set,
      BcEntitySet.Parent p,
      ObjectNode fields,
      @Nullable Row header) {
    BcEntitySet parentSet = contract.entitySet(set.api(), p.entitySet());
    Row h = header;
    if (h == null && fields.hasNonNull(p.field()) && !Values.isBlank(fields.get(p.field()))) {
      String hid = fields.get(p.field()).asText();
      h = data.get(company, parentSet.table(), hid).orElseThrow(() -> notFound(parentSet, hid));
    }
    if (h == null && p.numberField().isPresent() && fields.hasNonNull(p.numberField().get())) {
      String number = fields.get(p.numberField().get()).asText();
      h =
          data
              .list(
                  company,
                  parentSet.table(),
                  r -> r.json().path("number").asText().equals(number),
                  null,
                  1,
                  null)
              .rows()
              .stream()
              .findFirst()
              .orElseThrow(
                  () ->
                      BcErrors.fail(
                          404,
                          "Internal_RecordNotFound",
                          "The "
                              + parentSet.table()
                              + " does not exist. Identification fields and values: No.='"
                              + number
                              + "'"));
    }
    if (h == null) {
      throw BcErrors.badRequest(
          "A "
              + set.entityType()
              + " needs its "
              + parentSet.entityType()
              + ": post it to "
              + p.entitySet()
              + "({id})/"
              + p.navigation()
              + " or set "
              + p.field()
              + ".");
    }
    fields.put(p.field(), h.id());
    String hNumber = h.json().path("number").asText("");
    p.numberField().ifPresent(nf -> fields.put(nf, hNumber));
  }

  private static JsonNode json(String body) {
    if (body.isBlank()) {
      throw BcErrors.badRequest("Invalid Request Body: the body is empty.");
    }
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node == null) {
        throw BcErrors.badRequest("Invalid Request Body.");
      }
      return node;
    } catch (IOException e) {
      throw BcErrors.badRequest("Invalid Request Body: " + e.getMessage());
    }
  }
}
