package dev.procoresync.bc.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.bc.internal.BcJson;
import dev.procoresync.core.error.DecodingException;
import dev.procoresync.core.http.BatchResult;
import dev.procoresync.core.http.BatchRunner;
import dev.procoresync.core.http.ClientSideRateLimiter;
import dev.procoresync.core.http.HttpService;
import dev.procoresync.core.http.OAuth2Authentication;
import dev.procoresync.core.http.ODataBatch;
import dev.procoresync.core.http.ODataBatchOperation;
import dev.procoresync.core.http.ODataBatchResult;
import dev.procoresync.core.http.PageRequest;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.http.Paging;
import dev.procoresync.core.http.RateLimiter;
import dev.procoresync.core.http.RequestListener;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.state.TokenStore;
import dev.procoresync.core.time.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/**
 * A typed Business Central OData v4 client for one company: Entra ID client-credentials tokens
 * (scope {@value #SCOPE}), tenant / environment / company addressing, the standard {@code api/v2.0}
 * route and the custom API pages ({@link BcCustomPages}), {@code @odata.nextLink} paging with
 * {@code Prefer: odata.maxpagesize}, {@code If-Match} on every PATCH and DELETE, and {@code $batch}
 * of at most 100 operations for many writes.
 *
 * <p>Built on the kit's {@link HttpService}: Business Central sends no rate-limit headers, so
 * requests are paced on the client side ({@link ClientSideRateLimiter#businessCentral()}: 5 in
 * flight, 20 per second, 6,000 per 5 minutes per tenant and client id); 429 and 503 are retried
 * with backoff; a 504 is never resent: a page is read again in halves, a batch is split. A stale
 * ETag on {@link #update(BcEntitySet, String, String, Object, Function)} is re-read, re-mapped and
 * written once more. Bound actions such as {@code post} are not idempotent: {@link #invoke} is
 * never resent.
 *
 * <pre>{@code
 * BcClient bc = BcClient.builder()
 *     .tenant("contoso.onmicrosoft.com").environment("production")
 *     .companyId("4f1c6a0e-8b0e-ef11-9f88-000d3a2b5c55")
 *     .clientId(System.getenv("BC_CLIENT_ID")).clientSecret(System.getenv("BC_CLIENT_SECRET"))
 *     .build();
 * for (BcProject p : bc.list(BcEntitySet.PROJECTS, ODataQuery.where(ODataFilter.eq("sendToProcore", true)))) {
 *   ...
 * }
 * }</pre>
 */
public final class BcClient implements AutoCloseable {
  /** The OAuth scope of Business Central's API. */
  public static final String SCOPE = "https://api.businesscentral.dynamics.com/.default";

  /** Business Central online's API base. */
  public static final String DEFAULT_API_BASE = "https://api.businesscentral.dynamics.com/v2.0";

  /** Microsoft Entra ID's login base. */
  public static final String DEFAULT_LOGIN_BASE = "https://login.microsoftonline.com";

  /** The page size asked for by default ({@code Prefer: odata.maxpagesize}). */
  public static final int DEFAULT_PAGE_SIZE = 1_000;

  /** The most entities Business Central puts on one page. */
  public static final int MAX_PAGE_SIZE = 20_000;

  private static final String SERVICE = "business-central";
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{1,64}");
  private static final Pattern ACTION = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final HttpService service;
  private final BcCustomPages pages;
  private final String companyId;
  private final HttpUrl environmentRoot;
  private final int pageSize;
  private final ObjectMapper mapper;
  private final RetryPolicy retryPolicy;
  private final Sleeper sleeper;
  private final WireNames names;

  private BcClient(Builder b, HttpService service) {
    this.service = service;
    this.pages = b.pages;
    this.companyId = b.companyId;
    this.environmentRoot = b.environmentRoot();
    this.pageSize = b.pageSize;
    this.mapper = service.mapper();
    this.retryPolicy = b.retryPolicy;
    this.sleeper = b.sleeper;
    this.names = new WireNames(pages);
  }

  /**
   * Starts a builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the company every request addresses.
   *
   * @return the company's id
   */
  public String companyId() {
    return companyId;
  }

  /**
   * Returns the custom pages' configuration.
   *
   * @return the configuration
   */
  public BcCustomPages customPages() {
    return pages;
  }

  /**
   * Returns the kit service underneath (for listeners and advanced calls).
   *
   * @return the service
   */
  public HttpService service() {
    return service;
  }

  /**
   * Returns the JSON mapper the client reads and writes records with.
   *
   * @return the mapper
   */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * Returns the root of one API, such as {@code .../{tenant}/{env}/api/v2.0/}.
   *
   * @param api the API
   * @return its root URL, ending in a slash
   */
  public HttpUrl apiRoot(BcApi api) {
    HttpUrl.Builder b = environmentRoot.newBuilder();
    String route = api == BcApi.STANDARD ? "api/v2.0" : pages.route();
    for (String segment : route.split("/")) {
      b.addPathSegment(segment);
    }
    return b.addPathSegment("").build();
  }

  /**
   * Returns the path of an entity set relative to its API root, as {@code $batch} operations
   * address it: {@code companies({id})/{entitySet}}.
   *
   * @param set the entity set
   * @return the relative path
   */
  public String relativePath(BcEntitySet<?> set) {
    return "companies(" + companyId + ")/" + wireSetName(set);
  }

  /**
   * Returns the path of one record relative to its API root: {@code
   * companies({id})/{entitySet}({recordId})}.
   *
   * @param set the entity set
   * @param id the record's id
   * @return the relative path
   * @throws IllegalArgumentException when the id is not a Business Central key
   */
  public String relativePath(BcEntitySet<?> set, String id) {
    return relativePath(set) + "(" + key("id", id) + ")";
  }

  private String wireSetName(BcEntitySet<?> set) {
    return set.api() == BcApi.STANDARD ? set.name() : pages.entitySet(set.name());
  }

  private HttpUrl url(BcEntitySet<?> set, @Nullable String id) {
    String path = id == null ? relativePath(set) : relativePath(set, id);
    return Objects.requireNonNull(apiRoot(set.api()).resolve(path), path);
  }

  /**
   * Lists an entity set lazily, page by page ({@code @odata.nextLink}), with the set's parts
   * expanded unless the query names its own. A page answered 504 is read again in halves of the
   * page size (down to one record) instead of being resent.
   *
   * @param set the entity set
   * @param query the filter, selected fields and expansions
   * @param <T> the record type
   * @return the records, fetched as they are iterated
   * @throws BcServiceException (while iterating) when Business Central refuses a page
   * @throws DecodingException (while iterating) when a record does not read as {@code T}
   */
  public <T> PagedIterable<T> list(BcEntitySet<T> set, ODataQuery query) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(query, "query");
    HttpUrl.Builder url = url(set, null).newBuilder();
    ODataQuery q = query;
    if (q.expand().isEmpty() && !set.parts().isEmpty()) {
      ODataQuery.Builder b = ODataQuery.builder();
      q.filter().ifPresent(b::filter);
      b.select(q.select().stream().map(f -> pages.field(set.name(), f)).toList());
      set.parts().forEach(b::expand);
      q = b.build();
    } else if (!q.select().isEmpty() && pages.renames(set.name())) {
      ODataQuery.Builder b = ODataQuery.builder();
      q.filter().ifPresent(b::filter);
      b.select(q.select().stream().map(f -> pages.field(set.name(), f)).toList());
      q.expand().forEach(b::expand);
      q = b.build();
    }
    Request first = new Request.Builder().url(q.applyTo(url).build()).get().build();
    return new Listing<>(set, first, pageSize, null);
  }

  /**
   * Reads one record by id.
   *
   * @param set the entity set
   * @param id the record's id
   * @param <T> the record type
   * @return the record, or empty when Business Central answers 404
   * @throws BcServiceException when Business Central refuses otherwise
   * @throws IllegalArgumentException when the id is not a Business Central key
   */
  public <T> Optional<T> get(BcEntitySet<T> set, String id) {
    HttpUrl.Builder url = url(set, id).newBuilder();
    if (!set.parts().isEmpty()) {
      ODataQuery.Builder b = ODataQuery.builder();
      set.parts().forEach(b::expand);
      b.build().applyTo(url);
    }
    try {
      JsonNode node = service.executeTree(new Request.Builder().url(url.build()).get().build());
      return Optional.of(fromWire(set, node));
    } catch (BcServiceException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * Creates a record ({@code POST}, never resent after it left: the caller looks up what was
   * stored).
   *
   * @param set the entity set
   * @param record the record; its {@code id}, ETag and {@code lastModifiedDateTime} are not sent
   * @param <T> the record type
   * @return the record as Business Central stored it (with id and ETag)
   * @throws BcServiceException when Business Central refuses it
   */
  public <T> T create(BcEntitySet<T> set, T record) {
    Request request =
        new Request.Builder()
            .url(url(set, null))
            .post(RequestBody.create(toWire(set, record).toString(), JSON))
            .build();
    return fromWire(set, service.executeTree(request));
  }

  /**
   * Updates a record with {@code If-Match}: PATCH of the fields {@code remap} gives for the record
   * as read. On a stale ETag (409 {@code Request_EntityChanged}, or 412) the record is read again,
   * re-mapped and written once more with its new ETag; a second stale answer is a {@link
   * BcEtagConflictException} naming both ETags.
   *
   * @param set the entity set
   * @param id the record's id
   * @param etag the ETag the caller read
   * @param current the record as the caller read it
   * @param remap what to write, given the record as read (called again after a re-read)
   * @param <T> the record type
   * @return the record as Business Central stored it
   * @throws BcEtagConflictException when the record changed again after the re-read
   * @throws BcServiceException when Business Central refuses otherwise, or the record is gone
   */
  public <T> T update(
      BcEntitySet<T> set, String id, String etag, T current, Function<? super T, T> remap) {
    Objects.requireNonNull(remap, "remap");
    try {
      return patch(set, id, etag, remap.apply(current));
    } catch (BcServiceException first) {
      if (!first.isStaleEtag()) {
        throw first;
      }
      T fresh =
          get(set, id)
              .orElseThrow(
                  () ->
                      new BcServiceException(
                          404,
                          "Internal_RecordNotFound",
                          null,
                          false,
                          relativePath(set, id) + " was deleted while it was written",
                          first));
      String second = etagOf(set, fresh);
      try {
        return patch(set, id, second, remap.apply(fresh));
      } catch (BcServiceException again) {
        if (again.isStaleEtag()) {
          throw new BcEtagConflictException(relativePath(set, id), etag, second, again);
        }
        throw again;
      }
    }
  }

  /**
   * Updates a record with {@code If-Match}, once: a stale ETag is the caller's to handle.
   *
   * @param set the entity set
   * @param id the record's id
   * @param etag the ETag read, or {@code *} to overwrite whatever is there
   * @param record the fields to write (absent ones are left as they are)
   * @param <T> the record type
   * @return the record as stored
   * @throws BcServiceException when Business Central refuses it ({@link
   *     BcServiceException#isStaleEtag()} for a stale ETag)
   */
  public <T> T patch(BcEntitySet<T> set, String id, String etag, T record) {
    Request request =
        new Request.Builder()
            .url(url(set, id))
            .header("If-Match", requireEtag(etag))
            .patch(RequestBody.create(toWire(set, record).toString(), JSON))
            .build();
    return fromWire(set, service.executeTree(request));
  }

  /**
   * Deletes a record with {@code If-Match}.
   *
   * @param set the entity set
   * @param id the record's id
   * @param etag the ETag read, or {@code *}
   * @throws BcServiceException when Business Central refuses it
   */
  public void delete(BcEntitySet<?> set, String id, String etag) {
    service.executeDiscarding(
        new Request.Builder()
            .url(url(set, id))
            .header("If-Match", requireEtag(etag))
            .delete()
            .build());
  }

  /**
   * Calls a bound action, {@code POST .../{set}({id})/Microsoft.NAV.{action}}, such as {@code
   * post}. Actions are not idempotent: the request is never resent; after a failure whose outcome
   * is unknown, read the record and decide.
   *
   * @param set the entity set
   * @param id the record's id
   * @param action the action's name
   * @throws BcServiceException when Business Central refuses it
   * @throws IllegalArgumentException when the action is not an AL procedure name
   */
  public void invoke(BcEntitySet<?> set, String id, String action) {
    Objects.requireNonNull(action, "action");
    if (!ACTION.matcher(action).matches()) {
      throw new IllegalArgumentException("action '" + action + "' is not an AL procedure name");
    }
    HttpUrl url = url(set, id).newBuilder().addPathSegment("Microsoft.NAV." + action).build();
    service.executeDiscarding(
        new Request.Builder().url(url).post(RequestBody.create(new byte[0], null)).build());
  }

  /**
   * Builds the {@code $batch} operation that creates a record.
   *
   * @param set the entity set
   * @param operationId the operation's id in the batch (the caller's key)
   * @param record the record
   * @param <T> the record type
   * @return the operation
   */
  public <T> ODataBatchOperation createOperation(BcEntitySet<T> set, String operationId, T record) {
    return ODataBatchOperation.builder()
        .id(operationId)
        .method("POST")
        .url(relativePath(set))
        .body(toWire(set, record))
        .build();
  }

  /**
   * Builds the {@code $batch} operation that updates a record with {@code If-Match}.
   *
   * @param set the entity set
   * @param operationId the operation's id in the batch
   * @param id the record's id
   * @param etag the record's ETag
   * @param record the fields to write
   * @param <T> the record type
   * @return the operation
   */
  public <T> ODataBatchOperation updateOperation(
      BcEntitySet<T> set, String operationId, String id, String etag, T record) {
    return ODataBatchOperation.builder()
        .id(operationId)
        .method("PATCH")
        .url(relativePath(set, id))
        .ifMatch(requireEtag(etag))
        .body(toWire(set, record))
        .build();
  }

  /**
   * Sends operations as {@code $batch} requests of at most 100 each (a 413 or 504 splits a request
   * in halves); every operation gets a result or a failure.
   *
   * @param api the API the operations' paths are relative to
   * @param operations the operations
   * @return the results, per operation id
   */
  public BatchResult<ODataBatchResult> batch(BcApi api, List<ODataBatchOperation> operations) {
    BatchRunner<ODataBatchOperation, ODataBatchResult> runner =
        BatchRunner.<ODataBatchOperation, ODataBatchResult>builder()
            .service(SERVICE)
            .callFactory(service.okHttpClient())
            .mapper(mapper)
            .errorDecoder(BcErrors.INSTANCE)
            .format(
                ODataBatch.builder()
                    .batchUrl(Objects.requireNonNull(apiRoot(api).resolve("$batch")))
                    .build())
            .retryPolicy(retryPolicy)
            .sleeper(sleeper)
            .build();
    return runner.run(operations);
  }

  /**
   * Reads a record from its JSON as Business Central sent it (renamed fields mapped back to the
   * contract's).
   *
   * @param set the entity set
   * @param node the JSON
   * @param <T> the record type
   * @return the record
   * @throws DecodingException when it does not read as the set's type
   */
  public <T> T fromWire(BcEntitySet<T> set, JsonNode node) {
    try {
      T value = mapper.treeToValue(names.toContract(set, node), set.type());
      if (value == null) {
        throw new DecodingException(SERVICE, "empty record from " + set, null);
      }
      return value;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new DecodingException(
          SERVICE, "a record of " + set + " could not be read: " + e.getOriginalMessage(), e);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw new DecodingException(
          SERVICE, "a record of " + set + " could not be read: " + e.getMessage(), e);
    }
  }

  /**
   * Writes a record as the JSON body Business Central takes: without {@code id}, ETag and {@code
   * lastModifiedDateTime}, with the partner's field names.
   *
   * @param set the entity set
   * @param record the record
   * @param <T> the record type
   * @return the body
   */
  public <T> ObjectNode toWire(BcEntitySet<T> set, T record) {
    ObjectNode node = mapper.valueToTree(Objects.requireNonNull(record, "record"));
    node.remove("id");
    node.remove("@odata.etag");
    node.remove("lastModifiedDateTime");
    for (String part : set.parts()) {
      JsonNode lines = node.get(part);
      if (lines != null && lines.isArray() && lines.isEmpty()) {
        node.remove(part);
      }
    }
    return names.toWire(set, node);
  }

  /**
   * Returns the ETag of a record read through this client.
   *
   * @param set the entity set
   * @param record the record
   * @param <T> the record type
   * @return the ETag
   * @throws DecodingException when the record carries none
   */
  public <T> String etagOf(BcEntitySet<T> set, T record) {
    JsonNode etag = mapper.valueToTree(record).get("@odata.etag");
    if (etag == null || !etag.isTextual() || etag.asText().isBlank()) {
      throw new DecodingException(SERVICE, "a record of " + set + " carries no @odata.etag", null);
    }
    return etag.asText();
  }

  private static String requireEtag(String etag) {
    Objects.requireNonNull(etag, "etag");
    if (etag.isBlank() || etag.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
      throw new IllegalArgumentException(
          "etag must be a visible ASCII ETag or '*' (Business Central answers 400"
              + " BadRequest_InvalidToken without one), was '"
              + etag
              + "'");
    }
    return etag;
  }

  static String key(String what, String id) {
    Objects.requireNonNull(id, what);
    if (!KEY.matcher(id).matches()) {
      throw new IllegalArgumentException(
          what + " '" + id + "' is not a Business Central key (a GUID: letters, digits, '-')");
    }
    return id;
  }

  @Override
  public void close() {
    service.close();
  }

  @Override
  public String toString() {
    return "BcClient{" + environmentRoot + ", company=" + companyId + ", " + pages + "}";
  }

  /** A listing that reads a page again in halves when Business Central answers it 504. */
  private final class Listing<T> implements PagedIterable<T> {
    private final BcEntitySet<T> set;
    private final Request first;
    private final int size;
    private final dev.procoresync.core.http.@Nullable PagePosition from;

    Listing(
        BcEntitySet<T> set,
        Request first,
        int size,
        dev.procoresync.core.http.@Nullable PagePosition from) {
      this.set = set;
      this.first = first;
      this.size = size;
      this.from = from;
    }

    private PagedIterable<JsonNode> raw(
        int pageSize, dev.procoresync.core.http.@Nullable PagePosition at) {
      PagedIterable<JsonNode> pages =
          PageRequest.builder()
              .service(SERVICE)
              .callFactory(service.okHttpClient())
              .mapper(mapper)
              .errorDecoder(BcErrors.INSTANCE)
              .first(first)
              .paging(Paging.odata(pageSize))
              .itemsAt("/value")
              .build()
              .list(JsonNode.class);
      return at == null ? pages : pages.resumeFrom(at);
    }

    @Override
    public Iterable<dev.procoresync.core.http.Page<T>> byPage() {
      return () ->
          new Iterator<>() {
            private int pageSize = size;
            private dev.procoresync.core.http.@Nullable PagePosition at = from;
            private @Nullable Iterator<dev.procoresync.core.http.Page<JsonNode>> pages;
            private boolean done;
            private dev.procoresync.core.http.@Nullable Page<T> next;

            @Override
            public boolean hasNext() {
              while (next == null && !done) {
                if (pages == null) {
                  pages = raw(pageSize, at).byPage().iterator();
                }
                try {
                  if (!pages.hasNext()) {
                    done = true;
                    break;
                  }
                  dev.procoresync.core.http.Page<JsonNode> page = pages.next();
                  List<T> items = new ArrayList<>(page.items().size());
                  for (JsonNode n : page.items()) {
                    items.add(fromWire(set, n));
                  }
                  at = page.next().orElse(null);
                  next =
                      dev.procoresync.core.http.Page.of(
                          items, at, page.total().orElse(-1), page.nullsSkipped());
                } catch (BcServiceException e) {
                  if (e.status() != 504 || pageSize <= 1) {
                    throw e;
                  }
                  pageSize = Math.max(1, pageSize / 2);
                  pages = null; // read the same page again, smaller
                }
              }
              return next != null;
            }

            @Override
            public dev.procoresync.core.http.Page<T> next() {
              if (!hasNext()) {
                throw new NoSuchElementException();
              }
              dev.procoresync.core.http.Page<T> page = Objects.requireNonNull(next);
              next = null;
              return page;
            }
          };
    }

    @Override
    public Iterator<T> iterator() {
      return stream().iterator();
    }

    @Override
    public Stream<T> stream() {
      return StreamSupport.stream(byPage().spliterator(), false).flatMap(p -> p.items().stream());
    }

    @Override
    public PagedIterable<T> resumeFrom(dev.procoresync.core.http.PagePosition position) {
      return new Listing<>(set, first, size, Objects.requireNonNull(position, "position"));
    }
  }

  /** Builds a {@link BcClient}. */
  public static final class Builder {
    private @Nullable String tenant;
    private @Nullable String environment;
    private String companyId = "";
    private @Nullable String clientId;
    private @Nullable String clientSecret;
    private String apiBase = DEFAULT_API_BASE;
    private String loginBase = DEFAULT_LOGIN_BASE;
    private BcCustomPages pages = BcCustomPages.defaults();
    private int pageSize = DEFAULT_PAGE_SIZE;
    private @Nullable OkHttpClient okHttpClient;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private RateLimiter rateLimiter = ClientSideRateLimiter.businessCentral();
    private @Nullable TokenStore tokenStore;
    private Duration readTimeout = Duration.ofMinutes(10);
    private final List<RequestListener> listeners = new ArrayList<>();

    Builder() {}

    /**
     * Sets the Entra tenant (id or domain), required.
     *
     * @param tenant the tenant
     * @return this builder
     */
    public Builder tenant(String tenant) {
      this.tenant = segment("tenant", tenant);
      return this;
    }

    /**
     * Sets the environment name, required (such as {@code production} or {@code sandbox}).
     *
     * @param environment the environment
     * @return this builder
     */
    public Builder environment(String environment) {
      this.environment = segment("environment", environment);
      return this;
    }

    /**
     * Sets the company's id (a GUID), required: every request addresses {@code companies({id})}.
     *
     * @param companyId the company id
     * @return this builder
     * @throws IllegalArgumentException when it is not a Business Central key
     */
    public Builder companyId(String companyId) {
      this.companyId = key("companyId", companyId);
      return this;
    }

    /**
     * Sets the Entra application's client id, required.
     *
     * @param clientId the client id
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      return this;
    }

    /**
     * Sets the Entra application's client secret, required; never printed.
     *
     * @param clientSecret the secret
     * @return this builder
     */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
      return this;
    }

    /**
     * Sets the API base (default {@value BcClient#DEFAULT_API_BASE}); tests point it at a fake.
     *
     * @param apiBase the base URL
     * @return this builder
     */
    public Builder apiBase(String apiBase) {
      this.apiBase = Objects.requireNonNull(apiBase, "apiBase");
      return this;
    }

    /**
     * Sets the login base (default {@value BcClient#DEFAULT_LOGIN_BASE}).
     *
     * @param loginBase the base URL
     * @return this builder
     */
    public Builder loginBase(String loginBase) {
      this.loginBase = Objects.requireNonNull(loginBase, "loginBase");
      return this;
    }

    /**
     * Sets where the custom pages live and their names (default {@link BcCustomPages#defaults()}).
     *
     * @param pages the configuration
     * @return this builder
     */
    public Builder customPages(BcCustomPages pages) {
      this.pages = Objects.requireNonNull(pages, "pages");
      return this;
    }

    /**
     * Sets the page size asked for (default {@value BcClient#DEFAULT_PAGE_SIZE}).
     *
     * @param pageSize 1 to {@value BcClient#MAX_PAGE_SIZE}
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
        throw new IllegalArgumentException(
            "pageSize must be 1 to " + MAX_PAGE_SIZE + ", got " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Sets the host's OkHttp client (its pool and dispatcher are shared).
     *
     * @param okHttpClient the client
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
      return this;
    }

    /**
     * Sets the clock (token expiry, rate windows).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the sleeper every wait goes through.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Sets the retry policy (default {@link RetryPolicy#defaults()}).
     *
     * @param retryPolicy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * Sets the rate limiter (default {@link ClientSideRateLimiter#businessCentral()}; share one
     * between clients of the same service principal).
     *
     * @param rateLimiter the limiter
     * @return this builder
     */
    public Builder rateLimiter(RateLimiter rateLimiter) {
      this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
      return this;
    }

    /**
     * Sets where access tokens are kept (default: in memory).
     *
     * @param tokenStore the store
     * @return this builder
     */
    public Builder tokenStore(TokenStore tokenStore) {
      this.tokenStore = Objects.requireNonNull(tokenStore, "tokenStore");
      return this;
    }

    /**
     * Sets the read timeout (default 10 minutes, Business Central's gateway timeout).
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * Adds a listener that sees every request.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder addRequestListener(RequestListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    HttpUrl environmentRoot() {
      HttpUrl base = HttpUrl.get(apiBase);
      return base.newBuilder()
          .addPathSegment(Objects.requireNonNull(tenant))
          .addPathSegment(Objects.requireNonNull(environment))
          .build();
    }

    private static String segment(String what, String value) {
      Objects.requireNonNull(value, what);
      if (value.isBlank() || value.contains("/") || value.contains("?") || value.contains("#")) {
        throw new IllegalArgumentException(what + " '" + value + "' is not a URL path segment");
      }
      return value;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalStateException when tenant, environment, company id, client id or secret is
     *     missing (the message names each)
     */
    public BcClient build() {
      List<String> missing = new ArrayList<>();
      if (tenant == null) missing.add("tenant");
      if (environment == null) missing.add("environment");
      if (companyId.isEmpty()) missing.add("companyId");
      if (clientId == null) missing.add("clientId");
      if (clientSecret == null) missing.add("clientSecret");
      if (!missing.isEmpty()) {
        throw new IllegalStateException("BcClient needs " + String.join(", ", missing));
      }
      String tokenUrl =
          HttpUrl.get(loginBase)
              .newBuilder()
              .addPathSegment(Objects.requireNonNull(tenant))
              .addPathSegments("oauth2/v2.0/token")
              .build()
              .toString();
      OAuth2Authentication.Builder auth =
          OAuth2Authentication.clientCredentials(
                  tokenUrl, Objects.requireNonNull(clientId), Objects.requireNonNull(clientSecret))
              .scope(SCOPE);
      if (tokenStore != null) {
        auth.tokenStore(tokenStore);
      }
      String limitKey = SERVICE + "|" + tenant + "|" + clientId;
      HttpService.Builder b =
          HttpService.builder()
              .serviceName(SERVICE)
              .baseUrl(environmentRoot().newBuilder().addPathSegment("").build().toString())
              .clock(clock)
              .sleeper(sleeper)
              .readTimeout(readTimeout)
              .authentication(auth.build())
              .retryPolicy(retryPolicy)
              .rateLimiter(rateLimiter)
              .rateLimitKey(r -> limitKey)
              .errorDecoder(BcErrors.INSTANCE)
              .mapper(BcJson.mapper())
              .patchIsIdempotent(
                  true) // If-Match makes a resent PATCH fail stale, never apply twice
              .notResentOn(504)
              .requestIdHeader("request-id");
      if (okHttpClient != null) {
        b.okHttpClient(okHttpClient);
      }
      listeners.forEach(b::addRequestListener);
      return new BcClient(this, b.build());
    }
  }
}
