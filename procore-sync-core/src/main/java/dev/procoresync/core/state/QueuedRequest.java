package dev.procoresync.core.state;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One qbXML request in a {@link WebConnectorQueue}, with where it stands and, once the Web
 * Connector answered, its outcome.
 *
 * <p>Every attribute is a plain string, {@code long} or {@link Instant}, so that a database row or
 * a Redis hash holds it unchanged. The request text and the response are qbXML documents as the Web
 * Connector exchanges them (unescaped).
 *
 * <pre>{@code
 * QueuedRequest next = queue.claimNext("tenant-7", ticket).orElseThrow();
 * String qbxml = next.request();
 * }</pre>
 */
@Value.Immutable
public abstract class QueuedRequest {
  QueuedRequest() {}

  /** Where a queued request stands; it only ever moves forward, in this order. */
  public enum State {
    /** Waiting to be handed to a Web Connector session. */
    PENDING,
    /** Handed to a session by {@code sendRequestXML}; its answer has not come back yet. */
    CLAIMED,
    /**
     * QuickBooks answered: {@link #response()} holds the qbXML response (which may carry errors).
     */
    ANSWERED,
    /**
     * No usable answer: QuickBooks or the Web Connector reported an error, or the session closed
     * first; {@link #status()} and {@link #message()} say which. The queue moved on.
     */
    FAILED
  }

  /**
   * Returns a new, empty builder of {@code QueuedRequest} values.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset; a setter given {@code null} for a required attribute throws {@link
   * NullPointerException} naming it ({@code null} for an optional attribute leaves it empty).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy; this value is
   * left as it is.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Returns the id the queue gave the request: positive, unique in the queue, and increasing in the
   * order requests were enqueued.
   *
   * @return the id
   */
  public abstract long id();

  /**
   * Returns the key of the company file the request is for (the Web Connector user name of the
   * {@code .qwc} file, for example); only sessions authenticated for this key receive it.
   *
   * @return the company key
   */
  public abstract String companyKey();

  /**
   * Returns the run the request belongs to; a run belongs to exactly one company key.
   *
   * @return the run id
   */
  public abstract String runId();

  /**
   * Returns the caller's key of the request, unique within its run (for example the key of the
   * window of records the request writes).
   *
   * @return the caller's key
   */
  public abstract String key();

  /**
   * Returns the qbXML request document.
   *
   * @return the request
   */
  public abstract String request();

  /**
   * Returns the session a continuation request is bound to (see {@link
   * WebConnectorQueue#enqueueContinuation}); empty for an ordinary request, which any session of
   * its company may claim.
   *
   * @return the session that alone may claim it, if any
   */
  public abstract Optional<String> boundSession();

  /**
   * Returns where the request stands.
   *
   * @return the state
   */
  public abstract State state();

  /**
   * Returns when the request was enqueued.
   *
   * @return the instant
   */
  public abstract Instant enqueuedAt();

  /**
   * Returns the session that claimed the request; empty while {@link State#PENDING} (and for a
   * request failed before any session claimed it).
   *
   * @return the session id, if claimed
   */
  public abstract Optional<String> sessionId();

  /**
   * Returns when a session claimed the request.
   *
   * @return the instant, if claimed
   */
  public abstract Optional<Instant> claimedAt();

  /**
   * Returns the qbXML response; present exactly when {@link State#ANSWERED}.
   *
   * @return the response, if answered
   */
  public abstract Optional<String> response();

  /**
   * Returns why the request failed, in a short code (such as the HRESULT {@code 0x80040400} the Web
   * Connector reported, or {@code session.closed}); present exactly when {@link State#FAILED}.
   *
   * @return the failure status, if failed
   */
  public abstract Optional<String> status();

  /**
   * Returns the human-readable message of a failure; present exactly when {@link State#FAILED}
   * (possibly empty text).
   *
   * @return the failure message, if failed
   */
  public abstract Optional<String> message();

  /**
   * Returns when the request was answered or failed.
   *
   * @return the instant, if it is settled
   */
  public abstract Optional<Instant> settledAt();

  /**
   * Tells whether the request is settled: {@link State#ANSWERED} or {@link State#FAILED}.
   *
   * @return {@code true} when nothing more will happen to it
   */
  public boolean settled() {
    return state() == State.ANSWERED || state() == State.FAILED;
  }

  @Value.Check
  void check() {
    if (id() <= 0) {
      throw new IllegalArgumentException("id must be positive, was " + id());
    }
    requireText("companyKey", companyKey());
    requireText("runId", runId());
    requireText("key", key());
    if (request().isEmpty()) {
      throw new IllegalArgumentException("request must not be empty");
    }
    if (state() == State.PENDING && (sessionId().isPresent() || claimedAt().isPresent())) {
      throw new IllegalArgumentException("a PENDING request has no sessionId or claimedAt");
    }
    if (state() == State.CLAIMED && sessionId().isEmpty()) {
      throw new IllegalArgumentException("a CLAIMED request needs its sessionId");
    }
    if (sessionId().isPresent() != claimedAt().isPresent()) {
      throw new IllegalArgumentException("sessionId and claimedAt go together");
    }
    if ((state() == State.ANSWERED) != response().isPresent()) {
      throw new IllegalArgumentException("response is present exactly when state is ANSWERED");
    }
    if ((state() == State.FAILED) != status().isPresent()
        || status().isPresent() != message().isPresent()) {
      throw new IllegalArgumentException(
          "status and message are present exactly when state is FAILED");
    }
    if (settled() != settledAt().isPresent()) {
      throw new IllegalArgumentException(
          "settledAt is present exactly when the request is settled");
    }
  }

  private static void requireText(String name, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  /**
   * Builds {@code QueuedRequest} values: a setter per attribute, {@code from(value)} to start from
   * a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends QueuedRequestBuilder {
    Builder() {}
  }
}
