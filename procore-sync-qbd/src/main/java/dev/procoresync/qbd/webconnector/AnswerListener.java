package dev.procoresync.qbd.webconnector;

import dev.procoresync.core.state.QueuedRequest;
import dev.procoresync.core.state.WebConnectorQueue;

/**
 * Told of each request the Web Connector settled, while its session is still open: the place to
 * queue the next page of an iterator query with {@link WebConnectorQueue#enqueueContinuation}, so
 * that the iterator finishes inside the session.
 *
 * <pre>{@code
 * AnswerListener pages = (settled, queue) -> nextPage(settled)
 *     .ifPresent(next -> queue.enqueueContinuation(settled.id(), settled.key() + "+", next));
 * }</pre>
 */
@FunctionalInterface
public interface AnswerListener {

  /** A listener that does nothing. */
  AnswerListener NONE = (settled, queue) -> {};

  /**
   * Called after a request was answered or failed, before the service computes the percent done. An
   * exception it throws is logged and otherwise ignored: the answer is already stored.
   *
   * @param settled the request, {@link QueuedRequest.State#ANSWERED} or {@link
   *     QueuedRequest.State#FAILED}
   * @param queue the queue, to enqueue a continuation
   */
  void onSettled(QueuedRequest settled, WebConnectorQueue queue);
}
