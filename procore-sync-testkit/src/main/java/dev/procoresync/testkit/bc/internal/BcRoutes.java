package dev.procoresync.testkit.bc.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.testkit.bc.contract.BcApi;
import dev.procoresync.testkit.bc.contract.BcEntitySet;
import dev.procoresync.testkit.http.Exchange;
import dev.procoresync.testkit.http.Filter;
import dev.procoresync.testkit.http.Handler;
import dev.procoresync.testkit.http.RateWindows;
import dev.procoresync.testkit.http.Reply;
import dev.procoresync.testkit.http.ReplyException;
import dev.procoresync.testkit.http.RouteSet;
import dev.procoresync.testkit.http.Routes;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fake's routes on the engine: the Entra token endpoint and, per API root, companies, {@code
 * $metadata}, {@code $batch} and the entity sets below {@code companies({id})}; filters for the
 * requests in flight, authentication and the rate windows.
 */
public final class BcRoutes {
  /** The scope a Business Central client-credentials token must ask for. */
  public static final String SCOPE = "https://api.businesscentral.dynamics.com/.default";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern COMPANY = Pattern.compile("companies\\((.*)\\)");

  private final ODataService service;
  private final BcData data;
  private final Tokens tokens;
  private final Clock clock;
  private final String tenant;
  private final String environment;
  private final String customPath;
  private final String clientId;
  private final String clientSecret;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private volatile long holdMillis;

  /**
   * Creates the routes.
   *
   * @param service the OData service
   * @param tokens the token table
   * @param clock the fake clock
   * @param tenant the Entra tenant in URLs
   * @param environment the environment name
   * @param customPath e.g. {@code api/projectPro/procoreSync/v1.0}
   * @param clientId the accepted client id
   * @param clientSecret the accepted secret
   */
  public BcRoutes(
      ODataService service,
      Tokens tokens,
      Clock clock,
      String tenant,
      String environment,
      String customPath,
      String clientId,
      String clientSecret) {
    this.service = service;
    this.data = service.data();
    this.tokens = tokens;
    this.clock = clock;
    this.tenant = tenant;
    this.environment = environment;
    this.customPath = customPath;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  /**
   * Returns the path of an API root.
   *
   * @param api the root
   * @return e.g. {@code /v2.0/t/production/api/v2.0}
   */
  public String rootPath(BcApi api) {
    return "/v2.0/"
        + tenant
        + "/"
        + environment
        + "/"
        + (api == BcApi.STANDARD ? "api/v2.0" : customPath);
  }

  /**
   * Returns the most requests that were in flight at once.
   *
   * @return the high-water mark
   */
  public int maxInFlight() {
    return maxInFlight.get();
  }

  /** Forgets the high-water mark of requests in flight. */
  public void resetMaxInFlight() {
    maxInFlight.set(inFlight.get());
  }

  /**
   * Holds every API request in flight for a real-time pause before it is served.
   *
   * @param hold the pause, zero for none
   */
  public void holdInFlight(Duration hold) {
    this.holdMillis = hold.toMillis();
  }

  // ------------------------------------------------------------------ login

  /**
   * The Entra token endpoint.
   *
   * @return the route set
   */
  public RouteSet login() {
    return routes -> routes.post("/{tenant}/oauth2/v2.0/token", this::token);
  }

  private Reply token(Exchange ex) {
    if (!ex.pathParam("tenant").equals(tenant)) {
      return entraError(
          400, "invalid_request", 90002, "Tenant '" + ex.pathParam("tenant") + "' not found.");
    }
    if (!ex.isForm()) {
      return entraError(
          400,
          "invalid_request",
          900144,
          "The request body must contain the parameter 'grant_type'.");
    }
    Map<String, List<String>> form = ex.form();
    String grant = first(form, "grant_type");
    if (grant.isEmpty()) {
      return entraError(
          400,
          "invalid_request",
          900144,
          "The request body must contain the parameter 'grant_type'.");
    }
    if (!grant.equals("client_credentials")) {
      return entraError(
          400,
          "unsupported_grant_type",
          70003,
          "The app requested an unsupported grant type '" + grant + "'.");
    }
    String id = first(form, "client_id");
    if (!id.equals(clientId)) {
      return entraError(
          400,
          "unauthorized_client",
          700016,
          "Application with identifier '"
              + id
              + "' was not found in the directory '"
              + tenant
              + "'.");
    }
    if (!first(form, "client_secret").equals(clientSecret)) {
      return entraError(401, "invalid_client", 7000215, "Invalid client secret provided.");
    }
    String scope = first(form, "scope");
    if (!scope.equals(SCOPE)) {
      return entraError(
          400,
          "invalid_scope",
          1002012,
          "The provided value for scope "
              + scope
              + " is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier.");
    }
    ObjectNode body = Values.JSON.objectNode();
    body.put("token_type", "Bearer")
        .put("expires_in", tokens.lifetime().toSeconds())
        .put("ext_expires_in", tokens.lifetime().toSeconds())
        .put("access_token", tokens.issue(id));
    return Reply.json(200, body).withHeader("Cache-Control", "no-store, no-cache");
  }

  private Reply entraError(int status, String error, int code, String description) {
    ObjectNode body = Values.JSON.objectNode();
    body.put("error", error)
        .put("error_description", "AADSTS" + code + ": " + description)
        .put("timestamp", clock.instant().toString())
        .put("trace_id", "00000000-0000-0000-0000-000000000001")
        .put("correlation_id", "00000000-0000-0000-0000-000000000002");
    body.putArray("error_codes").add(code);
    return Reply.json(status, body);
  }

  private static String first(Map<String, List<String>> form, String name) {
    List<String> v = form.get(name);
    return v == null || v.isEmpty() ? "" : v.get(0);
  }

  // ------------------------------------------------------------------ API

  /**
   * The OData routes of both API roots.
   *
   * @param limits the rate windows
   * @return the route set
   */
  public RouteSet api(RateWindows limits) {
    Filter track =
        (ex, next) -> {
          int now = inFlight.incrementAndGet();
          maxInFlight.accumulateAndGet(now, Math::max);
          try {
            long hold = holdMillis;
            if (hold > 0) {
              try {
                Thread.sleep(hold);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
            return next.handle(ex);
          } finally {
            inFlight.decrementAndGet();
          }
        };
    Filter authenticate =
        (ex, next) -> {
          String auth = ex.header("Authorization").orElse("");
          Optional<String> principal =
              auth.regionMatches(true, 0, "Bearer ", 0, 7)
                  ? tokens.principal(auth.substring(7).trim())
                  : Optional.empty();
          if (principal.isEmpty()) {
            return BcErrors.reply(
                    401,
                    "Authentication_InvalidCredentials",
                    "The server has rejected the client credentials.")
                .withHeader("WWW-Authenticate", "Bearer realm=\"\", error=\"invalid_token\"");
          }
          return next.handle(ex);
        };
    return routes -> {
      routes.filter(track).filter(authenticate).filter(limits);
      for (BcApi api : BcApi.values()) {
        addRoot(routes, api);
      }
    };
  }

  private void addRoot(Routes routes, BcApi api) {
    String root = rootPath(api);
    routes.get(root + "/companies", ex -> companies(ex, api, null));
    routes.get(root + "/companies({company})", ex -> companies(ex, api, ex.pathParam("company")));
    routes.get(
        root + "/$metadata",
        ex -> Reply.text(200, "application/xml; charset=utf-8", Csdl.write(data.contract(), api)));
    routes.post(root + "/$batch", ex -> batch(ex, api));
    for (String method : List.of("GET", "POST", "PATCH", "DELETE")) {
      Handler h = ex -> odata(ex, api);
      routes.add(method, root + "/companies({company})/{a}", h);
      routes.add(method, root + "/companies({company})/{a}/{b}", h);
    }
  }

  private Reply companies(Exchange ex, BcApi api, @org.jspecify.annotations.Nullable String key) {
    BcEntitySet set = data.contract().entitySet(BcApi.STANDARD, "companies");
    String root = ex.baseUrl() + rootPath(api);
    if (key == null) {
      ObjectNode body = Values.JSON.objectNode();
      body.put("@odata.context", root + "/$metadata#companies");
      ArrayNode value = body.putArray("value");
      data.list("", set.table(), r -> true, null, Integer.MAX_VALUE, null)
          .rows()
          .forEach(r -> value.add(service.view(set, r, null)));
      return Reply.json(200, body);
    }
    String id = company(key);
    Row row = data.get("", set.table(), id).orElseThrow();
    return Reply.json(200, service.view(set, row, null)).withHeader("ETag", row.etag());
  }

  private String company(String raw) {
    String id = decode(raw).toLowerCase(Locale.ROOT);
    if (data.get("", "Company", id).isEmpty()) {
      throw BcErrors.fail(
          404, "Internal_CompanyNotFound", "Cannot find the company with id '" + id + "'.");
    }
    return id;
  }

  private Reply odata(Exchange ex, BcApi api) {
    String company = company(ex.pathParam("company"));
    List<String> segments = new ArrayList<>();
    segments.add(decode(ex.pathParam("a")));
    if (ex.pathParams().containsKey("b")) {
      segments.add(decode(ex.pathParam("b")));
    }
    Map<String, String> headers = new LinkedHashMap<>();
    ex.headers()
        .forEach(
            (k, v) -> {
              if (!v.isEmpty()) {
                headers.put(k.toLowerCase(Locale.ROOT), v.get(0));
              }
            });
    Call call =
        new Call(
            ex.method(),
            api,
            company,
            segments,
            ex.queryParams(),
            headers,
            ex.body(),
            ex.baseUrl() + rootPath(api),
            ex.baseUrl() + ex.path() + (ex.rawQuery().isEmpty() ? "" : "?" + ex.rawQuery()));
    return service.handle(call);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  // ------------------------------------------------------------------ $batch

  private Reply batch(Exchange ex, BcApi api) {
    JsonNode root;
    try {
      root = MAPPER.readTree(ex.body());
    } catch (IOException e) {
      return BcErrors.reply(400, "BadRequest", "Invalid Request Body: " + e.getMessage());
    }
    if (root == null || !root.path("requests").isArray()) {
      return BcErrors.reply(
          400, "BadRequest", "Invalid Request Body: a JSON batch needs a \"requests\" array.");
    }
    ArrayNode requests = (ArrayNode) root.get("requests");
    ODataService.Settings settings = service.settings();
    if (requests.size() > settings.maxBatchOperations) {
      return BcErrors.reply(
          400,
          "BadRequest",
          "The batch has "
              + requests.size()
              + " operations; at most "
              + settings.maxBatchOperations
              + " are allowed.");
    }
    if (requests.size() > settings.gatewayTimeoutOperations) {
      return BcErrors.reply(
          504,
          "GatewayTimeout",
          "The request took too long: a batch of "
              + requests.size()
              + " operations (the fake answers 504 above "
              + settings.gatewayTimeoutOperations
              + ").");
    }
    boolean atomic = ex.header("Isolation").map(v -> v.equalsIgnoreCase("snapshot")).orElse(false);
    for (JsonNode r : requests) {
      atomic |= r.hasNonNull("atomicityGroup");
    }
    ObjectNode answer = Values.JSON.objectNode();
    ArrayNode responses = answer.putArray("responses");
    String base = ex.baseUrl();
    if (!atomic) {
      for (JsonNode r : requests) {
        responses.add(operation(r, api, base, run(r, api, base)));
      }
      return Reply.json(200, answer);
    }
    List<Reply> replies = new ArrayList<>();
    int[] failed = {-1};
    try {
      data.allOrNothing(
          () -> {
            for (JsonNode r : requests) {
              Reply reply = run(r, api, base);
              replies.add(reply);
              if (reply.status() >= 400) {
                failed[0] = replies.size() - 1;
                throw new ReplyException(reply);
              }
            }
            return null;
          });
    } catch (ReplyException e) {
      // rolled back; the failing operation keeps its answer, the others fail with 424
    }
    for (int i = 0; i < requests.size(); i++) {
      Reply reply;
      if (failed[0] < 0) {
        reply = replies.get(i);
      } else if (i == failed[0]) {
        reply = replies.get(i);
      } else {
        reply =
            BcErrors.reply(
                424,
                "BadRequest_FailedDependency",
                "Another operation of the atomicity group failed; nothing was changed.");
      }
      responses.add(operation(requests.get(i), api, base, reply));
    }
    return Reply.json(200, answer);
  }

  private Reply run(JsonNode op, BcApi api, String base) {
    try {
      String method = op.path("method").asText("").toUpperCase(Locale.ROOT);
      String url = op.path("url").asText("");
      if (method.isEmpty() || url.isEmpty()) {
        return BcErrors.reply(400, "BadRequest", "A batch operation needs a method and a url.");
      }
      String root = rootPath(api);
      String path;
      if (url.startsWith("http://") || url.startsWith("https://")) {
        int at = url.indexOf(root);
        if (at < 0) {
          return BcErrors.reply(
              400, "BadRequest", "The operation url " + url + " is not below " + root + ".");
        }
        path = url.substring(at);
      } else if (url.startsWith("/")) {
        path = url;
      } else {
        path = root + "/" + url;
      }
      int q = path.indexOf('?');
      String rawQuery = q < 0 ? "" : path.substring(q + 1);
      String plain = q < 0 ? path : path.substring(0, q);
      if (!plain.startsWith(root + "/")) {
        return BcErrors.reply(
            400, "BadRequest", "The operation url " + url + " is not below " + root + ".");
      }
      List<String> parts =
          new ArrayList<>(Arrays.asList(plain.substring(root.length() + 1).split("/")));
      Matcher m = COMPANY.matcher(parts.isEmpty() ? "" : parts.get(0));
      if (!m.matches()) {
        return BcErrors.reply(
            404,
            "BadRequest_ResourceNotFound",
            "Resource not found for the segment '" + (parts.isEmpty() ? "" : parts.get(0)) + "'.");
      }
      String company = company(m.group(1));
      List<String> segments = new ArrayList<>();
      for (String p : parts.subList(1, parts.size())) {
        segments.add(decode(p));
      }
      Map<String, String> headers = new LinkedHashMap<>();
      op.path("headers")
          .properties()
          .forEach(h -> headers.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue().asText()));
      JsonNode body = op.get("body");
      Call call =
          new Call(
              method,
              api,
              company,
              segments,
              Exchange.parseForm(rawQuery),
              headers,
              body == null || body.isNull() ? "" : body.toString(),
              base + root,
              base + path);
      return service.handle(call);
    } catch (ReplyException e) {
      return e.reply();
    }
  }

  private static ObjectNode operation(JsonNode op, BcApi api, String base, Reply reply) {
    ObjectNode out = Values.JSON.objectNode();
    out.set("id", op.path("id").deepCopy());
    out.put("status", reply.status());
    ObjectNode headers = out.putObject("headers");
    reply
        .headers()
        .forEach(
            (k, v) -> {
              if (!v.isEmpty()) {
                headers.put(k.toLowerCase(Locale.ROOT), v.get(0));
              }
            });
    reply
        .body()
        .ifPresent(
            b -> {
              try {
                out.set("body", MAPPER.readTree(b));
              } catch (IOException e) {
                out.put("body", b);
              }
            });
    return out;
  }
}
