package dev.procoresync.core.state;

import java.util.List;
import java.util.Optional;

/**
 * The queue of qbXML requests waiting for the QuickBooks Web Connector, and their outcomes.
 *
 * <p>The Web Connector polls the host when its user's scheduler says so, possibly hours after a
 * flow queued its work and after the host restarted: so requests and their answers live here,
 * behind an interface that a database or Redis can back ({@link InMemoryWebConnectorQueue} is the
 * default). Every value in and out is a plain string, {@code long} or instant.
 *
 * <h2>Semantics</h2>
 *
 * <ul>
 *   <li><b>Enqueue.</b> A flow queues each request under a <em>run</em> (its own id) and a
 *       <em>company key</em> (which company file, i.e. which Web Connector user, must run it), with
 *       a key unique in the run. Enqueueing the same run and key again with the same text returns
 *       the stored request (so a host that crashed half-way may enqueue again); with another text
 *       it is refused. A run belongs to one company key.
 *   <li><b>Claim.</b> {@link #claimNext} hands a session the request it already holds (claimed and
 *       not yet answered), else the oldest {@link QueuedRequest.State#PENDING} continuation bound
 *       to that session, else the oldest pending unbound request of the company: ids increase in
 *       enqueue order. One session holds at most one claimed request.
 *   <li><b>Settle.</b> {@link #recordResponse} stores the qbXML answer ({@code ANSWERED}); {@link
 *       #recordFailure} stores a status and message ({@code FAILED}). Either way the request is
 *       settled for good and the queue moves on: a request is never handed out twice after it was
 *       settled, so the Web Connector never loops on it.
 *   <li><b>Continuations.</b> A query that QuickBooks answers through an iterator must be finished
 *       in the same session (iterators do not outlive it). {@link #enqueueContinuation} queues the
 *       next page bound to the session that claimed the previous one; it is claimed before any
 *       other request of that session, and no other session can claim it.
 *   <li><b>Close.</b> {@link #closeSession} fails what the session still holds or was bound to
 *       (status {@code session.closed}: the answer may have been lost after QuickBooks committed
 *       it, so a flow checks QuickBooks before writing again) and makes final every run that has
 *       nothing left unsettled. A run whose last request was settled in that session is final at
 *       that instant; its {@link dev.procoresync.core.sync.SyncReport} may then be reported as
 *       final. Until then, {@link #runProgress} is the progress a host shows.
 * </ul>
 *
 * <p>Implementations are thread safe; each method is atomic.
 *
 * <pre>{@code
 * WebConnectorQueue queue = InMemoryWebConnectorQueue.create(clock);
 * queue.enqueue("tenant-7", "run-42", "vendors:0", "<?xml version=\"1.0\"?>...");
 * // later, inside a Web Connector session with ticket t:
 * Optional<QueuedRequest> next = queue.claimNext("tenant-7", t);
 * next.ifPresent(r -> queue.recordResponse(r.id(), t, responseXml));
 * int percent = queue.sessionProgress("tenant-7", t).percentDone();
 * queue.closeSession(t);
 * }</pre>
 */
public interface WebConnectorQueue {

  /**
   * Queues a request at the end of its company's queue.
   *
   * @param companyKey the company file key (not blank)
   * @param runId the run (not blank)
   * @param key the request's key, unique within the run (not blank)
   * @param qbxmlRequest the qbXML request document (not empty)
   * @return the stored request, {@link QueuedRequest.State#PENDING} when new
   * @throws IllegalArgumentException when an argument is blank, when the run belongs to another
   *     company key, or when the run already holds the key with another request text
   */
  QueuedRequest enqueue(String companyKey, String runId, String key, String qbxmlRequest);

  /**
   * Queues the next request of a request a session claimed (such as the next page of an iterator),
   * bound to that session: same company and run, claimed before anything else of that session and
   * never by another session; failed with {@code session.closed} if the session closes before
   * answering it.
   *
   * @param previousId the id of the request it continues, claimed or answered in a session that is
   *     still open
   * @param key its key, unique within the run
   * @param qbxmlRequest the qbXML request document
   * @return the stored continuation
   * @throws IllegalArgumentException when {@code previousId} is unknown or was never claimed, when
   *     that session is closed, or on a bad key or request as in {@link #enqueue}
   */
  QueuedRequest enqueueContinuation(long previousId, String key, String qbxmlRequest);

  /**
   * Tells how many requests a new session of the company would find: the pending requests not bound
   * to any session. The Web Connector service answers {@code "none"} to {@code authenticate} when
   * this is zero.
   *
   * @param companyKey the company key
   * @return the count, at least 0
   */
  long pendingCount(String companyKey);

  /**
   * Hands the session its next request (see the class comment for which), marking it {@link
   * QueuedRequest.State#CLAIMED}.
   *
   * @param companyKey the company the session was authenticated for
   * @param sessionId the session (the Web Connector ticket)
   * @return the request, or empty when nothing is left for the session
   * @throws IllegalArgumentException when the session was closed
   */
  Optional<QueuedRequest> claimNext(String companyKey, String sessionId);

  /**
   * Stores QuickBooks' answer to a claimed request.
   *
   * @param id the request's id
   * @param sessionId the session that claimed it
   * @param qbxmlResponse the qbXML response document
   * @return the answered request
   * @throws IllegalArgumentException when no such request is claimed by that session
   */
  QueuedRequest recordResponse(long id, String sessionId, String qbxmlResponse);

  /**
   * Settles a claimed request as failed, so that the queue moves on.
   *
   * @param id the request's id
   * @param sessionId the session that claimed it
   * @param status a short code, such as the HRESULT the Web Connector reported (not blank)
   * @param message what the Web Connector or QuickBooks said (may be empty)
   * @return the failed request
   * @throws IllegalArgumentException when no such request is claimed by that session, or the status
   *     is blank
   */
  QueuedRequest recordFailure(long id, String sessionId, String status, String message);

  /**
   * Closes a session: fails what it still holds or was bound to, and makes final each run left with
   * nothing unsettled. Closing a closed or unknown session does nothing.
   *
   * @param sessionId the session
   * @return the ids of the runs that became final by this call, in no particular order
   */
  List<String> closeSession(String sessionId);

  /**
   * Returns a request.
   *
   * @param id the request's id
   * @return the request, or empty when the queue holds no such id
   */
  Optional<QueuedRequest> request(long id);

  /**
   * Returns a run's requests in id order.
   *
   * @param runId the run
   * @return the requests, empty for an unknown run
   */
  List<QueuedRequest> requests(String runId);

  /**
   * Returns a run's progress; {@link QueueProgress#finalAt()} is set once the run is final.
   *
   * @param runId the run
   * @return the progress; all zero for an unknown run
   */
  QueueProgress runProgress(String runId);

  /**
   * Returns a session's progress as the Web Connector sees it: settled = what this session settled,
   * remaining = what it holds plus what it may still claim of its company.
   *
   * @param companyKey the company the session was authenticated for
   * @param sessionId the session
   * @return the progress, whose {@link QueueProgress#percentDone()} {@code receiveResponseXML}
   *     returns
   */
  QueueProgress sessionProgress(String companyKey, String sessionId);
}
