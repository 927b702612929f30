package dev.procoresync.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.procoresync.core.error.DecodingException;
import dev.procoresync.core.error.ProcoreSyncException;
import dev.procoresync.core.error.ServiceException;
import dev.procoresync.core.error.TransportException;
import dev.procoresync.core.time.Sleeper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Call;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes many items through a service's batch endpoint with per-item results, whatever the
 * service's {@link BatchFormat}:
 *
 * <ul>
 *   <li>items go in chunks of at most {@link Builder#chunkSize(int)} (never more than the format's
 *       {@link BatchFormat#maxItems()});
 *   <li>a chunk refused as too large ({@link BatchFormat#splitsOn(int)}: 413, and 504 for OData) is
 *       split in halves, each sent on its own; a single item refused so ends as a failure;
 *   <li>every item ends in exactly one outcome: a value or a {@link BatchItemFailure}; a request
 *       that fails as a whole (an error status, no answer, an unreadable answer) fails each of its
 *       items with the exception as cause, and never escapes to the caller;
 *   <li>items whose failure is {@link BatchItemFailure#retryable() retryable} are sent again, at
 *       most twice (fewer if the retry policy allows fewer), after the policy's backoff, waited
 *       with the injected {@link Sleeper}.
 * </ul>
 *
 * <p>Retries of a whole request (429, 503, resets) are the pipeline's, on the client given as
 * {@link Builder#callFactory(Call.Factory)}.
 *
 * <pre>{@code
 * BatchRunner<ODataBatchOperation, ODataBatchResult> runner =
 *     BatchRunner.<ODataBatchOperation, ODataBatchResult>builder()
 *         .service("business-central").callFactory(http).mapper(mapper).errorDecoder(errors)
 *         .format(ODataBatch.builder().batchUrl(HttpUrl.get(apiRoot + "$batch")).build())
 *         .build();
 * BatchResult<ODataBatchResult> result = runner.run(operations);
 * }</pre>
 *
 * @param <I> the item type
 * @param <R> the type of a success
 */
public final class BatchRunner<I, R> {
  private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);

  private final String service;
  private final Call.Factory http;
  private final ObjectMapper mapper;
  private final ErrorDecoder errors;
  private final BatchFormat<I, R> format;
  private final int chunkSize;
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final int maxItemRetries;

  private BatchRunner(Builder<I, R> b) {
    this.service = Objects.requireNonNull(b.service, "service");
    this.http = Objects.requireNonNull(b.callFactory, "callFactory");
    this.mapper = Objects.requireNonNull(b.mapper, "mapper");
    this.errors = Objects.requireNonNull(b.errorDecoder, "errorDecoder");
    this.format = Objects.requireNonNull(b.format, "format");
    int max = format.maxItems();
    if (max < 1) {
      throw new IllegalArgumentException("format.maxItems() must be at least 1, got " + max);
    }
    if (b.chunkSize > max) {
      throw new IllegalArgumentException(
          "chunkSize must be within 1 and " + max + ", got " + b.chunkSize);
    }
    this.chunkSize = b.chunkSize == 0 ? max : b.chunkSize;
    this.policy = b.policy;
    this.sleeper = b.sleeper;
    this.maxItemRetries = Math.min(2, policy.maxRetries());
  }

  /**
   * Starts a builder. {@code service}, {@code callFactory}, {@code mapper}, {@code errorDecoder}
   * and {@code format} are required; the chunk size defaults to the format's maximum, the policy to
   * {@link RetryPolicy#defaults()}, the sleeper to {@link Sleeper#system()}.
   *
   * @param <I> the item type
   * @param <R> the type of a success
   * @return a builder
   */
  public static <I, R> Builder<I, R> builder() {
    return new Builder<>();
  }

  /**
   * Returns the chunk size in use.
   *
   * @return items per request at most
   */
  public int chunkSize() {
    return chunkSize;
  }

  /**
   * Writes the items.
   *
   * @param items the items, none {@code null}
   * @return one outcome per item, and the requests spent
   * @throws NullPointerException when {@code items} or one of them is {@code null}
   * @throws ProcoreSyncException when interrupted while waiting to resend items
   */
  public BatchResult<R> run(List<I> items) {
    Objects.requireNonNull(items, "items");
    for (int i = 0; i < items.size(); i++) {
      Objects.requireNonNull(items.get(i), "items[" + i + "]");
    }
    Deque<List<I>> queue = new ArrayDeque<>();
    for (int i = 0; i < items.size(); i += chunkSize) {
      queue.add(items.subList(i, Math.min(items.size(), i + chunkSize)));
    }
    List<R> values = new ArrayList<>();
    List<BatchItemFailure> failures = new ArrayList<>();
    Map<I, Integer> resent = new IdentityHashMap<>();
    int requests = 0;
    int round = 0;
    while (!queue.isEmpty()) {
      List<I> chunk = queue.poll();
      requests++;
      List<BatchOutcome<R>> outcomes;
      try {
        outcomes = send(chunk);
      } catch (ChunkTooLarge e) {
        if (chunk.size() > 1) {
          int half = chunk.size() / 2;
          LOG.debug("{} batch of {} refused with {}; halving", service, chunk.size(), e.status);
          queue.addFirst(chunk.subList(half, chunk.size()));
          queue.addFirst(chunk.subList(0, half));
        } else {
          failures.add(BatchItemFailure.failed(format.keyOf(chunk.get(0)), e.cause, false));
        }
        continue;
      } catch (ServiceException e) {
        chunk.forEach(
            i -> failures.add(BatchItemFailure.failed(format.keyOf(i), e, e.isRetryable())));
        continue;
      } catch (ProcoreSyncException e) {
        boolean retryable = e instanceof TransportException;
        chunk.forEach(i -> failures.add(BatchItemFailure.failed(format.keyOf(i), e, retryable)));
        continue;
      }
      List<I> again = new ArrayList<>();
      for (int k = 0; k < chunk.size(); k++) {
        I item = chunk.get(k);
        BatchOutcome<R> outcome = outcomes.get(k);
        if (outcome.value().isPresent()) {
          values.add(outcome.value().get());
          continue;
        }
        BatchItemFailure failure = outcome.failure().orElseThrow();
        int tried = resent.getOrDefault(item, 0);
        if (failure.retryable() && tried < maxItemRetries) {
          resent.put(item, tried + 1);
          again.add(item);
        } else {
          failures.add(failure);
        }
      }
      if (!again.isEmpty()) {
        round++;
        pause(policy.backoff(round, ThreadLocalRandom.current().nextDouble()));
        for (int i = 0; i < again.size(); i += chunkSize) {
          queue.addLast(again.subList(i, Math.min(again.size(), i + chunkSize)));
        }
      }
    }
    return new BatchResult<>(values, failures, requests);
  }

  private List<BatchOutcome<R>> send(List<I> chunk) {
    Request request = format.request(chunk);
    Response response;
    try {
      response = http.newCall(request).execute();
    } catch (IOException e) {
      throw new TransportException(service, NoAnswer.message(request, e), e);
    }
    try (Response r = response) {
      ResponseBody body = r.body();
      String text;
      try {
        text = body == null ? "" : body.string();
      } catch (IOException e) {
        throw new TransportException(
            service,
            request.method() + " " + request.url().encodedPath() + " answer was cut off",
            e);
      }
      if (!r.isSuccessful()) {
        ProcoreSyncException e = decodeError(request, r, text);
        if (format.splitsOn(r.code())) {
          throw new ChunkTooLarge(r.code(), e);
        }
        throw e;
      }
      JsonNode answer;
      try {
        answer = text.isBlank() ? mapper.missingNode() : mapper.readTree(text);
      } catch (IOException | RuntimeException e) {
        throw new DecodingException(
            service,
            request.method() + " " + request.url().encodedPath() + ": answer is not JSON",
            e);
      }
      List<BatchOutcome<R>> outcomes;
      try {
        outcomes = format.read(chunk, r.headers(), answer);
      } catch (ProcoreSyncException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new DecodingException(
            service,
            request.method()
                + " "
                + request.url().encodedPath()
                + ": unreadable batch answer: "
                + e.getMessage(),
            e);
      }
      if (outcomes.size() != chunk.size()) {
        throw new IllegalStateException(
            format + " read " + outcomes.size() + " outcomes for " + chunk.size() + " items");
      }
      return outcomes;
    }
  }

  private ProcoreSyncException decodeError(Request request, Response r, String text) {
    try {
      return errors.decode(request, r.code(), r.headers(), text);
    } catch (ProcoreSyncException thrown) {
      return thrown; // a decoder may throw its exception instead of returning it
    }
  }

  private void pause(Duration d) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProcoreSyncException(service + " batch interrupted", e);
    }
  }

  /** A whole-request refusal that means "too large": split the chunk. */
  private static final class ChunkTooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final transient ProcoreSyncException cause;

    ChunkTooLarge(int status, ProcoreSyncException cause) {
      super(null, null, false, false);
      this.status = status;
      this.cause = cause;
    }
  }

  @Override
  public String toString() {
    return "BatchRunner{" + service + ", " + format + ", chunkSize=" + chunkSize + "}";
  }

  /**
   * Builds a {@link BatchRunner}.
   *
   * @param <I> the item type
   * @param <R> the type of a success
   */
  public static final class Builder<I, R> {
    private @Nullable String service;
    private Call.@Nullable Factory callFactory;
    private @Nullable ObjectMapper mapper;
    private @Nullable ErrorDecoder errorDecoder;
    private @Nullable BatchFormat<I, R> format;
    private int chunkSize;
    private RetryPolicy policy = RetryPolicy.defaults();
    private Sleeper sleeper = Sleeper.system();

    private Builder() {}

    /**
     * Sets the service's name, used in exceptions.
     *
     * @param service such as {@code "business-central"}
     * @return this builder
     * @throws IllegalArgumentException when blank
     */
    public Builder<I, R> service(String service) {
      Objects.requireNonNull(service, "service");
      if (service.isBlank()) {
        throw new IllegalArgumentException("service must not be blank");
      }
      this.service = service;
      return this;
    }

    /**
     * Sets the client that sends the batches (the service's {@code OkHttpClient}, so its pipeline
     * applies).
     *
     * @param callFactory the client
     * @return this builder
     */
    public Builder<I, R> callFactory(Call.Factory callFactory) {
      this.callFactory = Objects.requireNonNull(callFactory, "callFactory");
      return this;
    }

    /**
     * Sets the mapper that reads answers.
     *
     * @param mapper the mapper
     * @return this builder
     */
    public Builder<I, R> mapper(ObjectMapper mapper) {
      this.mapper = Objects.requireNonNull(mapper, "mapper");
      return this;
    }

    /**
     * Sets what an error status of a whole request becomes.
     *
     * @param errorDecoder the service's decoder
     * @return this builder
     */
    public Builder<I, R> errorDecoder(ErrorDecoder errorDecoder) {
      this.errorDecoder = Objects.requireNonNull(errorDecoder, "errorDecoder");
      return this;
    }

    /**
     * Sets the service's batch format.
     *
     * @param format such as an {@link ODataBatch}
     * @return this builder
     */
    public Builder<I, R> format(BatchFormat<I, R> format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /**
     * Sets the number of items per request.
     *
     * @param chunkSize from 1 to the format's {@link BatchFormat#maxItems()} (its maximum by
     *     default)
     * @return this builder
     * @throws IllegalArgumentException when below 1 (above the maximum is refused by {@link
     *     #build()})
     */
    public Builder<I, R> chunkSize(int chunkSize) {
      if (chunkSize < 1) {
        throw new IllegalArgumentException("chunkSize must be at least 1, got " + chunkSize);
      }
      this.chunkSize = chunkSize;
      return this;
    }

    /**
     * Sets the backoff between rounds of resent items.
     *
     * @param policy the policy ({@link RetryPolicy#defaults()} by default)
     * @return this builder
     */
    public Builder<I, R> retryPolicy(RetryPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets how the runner waits before resending items.
     *
     * @param sleeper the sleeper (the client's, so tests advance a fake clock)
     * @return this builder
     */
    public Builder<I, R> sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Builds the runner.
     *
     * @return the runner
     * @throws NullPointerException when a required part is missing (named)
     * @throws IllegalArgumentException when the chunk size exceeds the format's maximum
     */
    public BatchRunner<I, R> build() {
      return new BatchRunner<>(this);
    }
  }
}
