package dev.procoresync.qbd.flow;

import dev.procoresync.core.state.QueuedRequest;
import dev.procoresync.core.state.WebConnectorQueue;
import dev.procoresync.qbd.qbxml.QbResponse;
import dev.procoresync.qbd.qbxml.QbXmlParseException;
import dev.procoresync.qbd.qbxml.QbXmlResponses;
import dev.procoresync.qbd.webconnector.AnswerListener;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@link AnswerListener} that finishes iterator queries inside one Web Connector session: when
 * an answered query says the iterator holds more ({@code iteratorRemainingCount} above 0), it
 * queues the same request with {@code iterator="Continue"} and the {@code iteratorID}, bound to the
 * session. Give it to the Web Connector service of a host that runs the QuickBooks flows.
 *
 * <pre>{@code
 * WebConnectorService.builder().queue(queue).answerListener(IteratorContinuations.INSTANCE)...
 * }</pre>
 */
public final class IteratorContinuations implements AnswerListener {
  /** The listener. */
  public static final IteratorContinuations INSTANCE = new IteratorContinuations();

  private static final Pattern START =
      Pattern.compile(" iterator=\"(Start|Continue)\"( iteratorID=\"[^\"]*\")?");
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9{}\\-]{1,100}");

  private IteratorContinuations() {}

  private static String nextKey(String key) {
    int at = key.lastIndexOf("#page");
    if (at < 0) {
      return key + "#page2";
    }
    try {
      return key.substring(0, at) + "#page" + (Integer.parseInt(key.substring(at + 5)) + 1);
    } catch (NumberFormatException e) {
      return key + "#page2";
    }
  }

  @Override
  public void onSettled(QueuedRequest settled, WebConnectorQueue queue) {
    if (settled.state() != QueuedRequest.State.ANSWERED || settled.response().isEmpty()) {
      return;
    }
    QbResponse more;
    try {
      more =
          QbXmlResponses.parse(settled.response().get()).responses().stream()
              .filter(r -> r.hasMore() && r.iteratorId().isPresent())
              .findFirst()
              .orElse(null);
    } catch (QbXmlParseException e) {
      return;
    }
    if (more == null || !SAFE_ID.matcher(more.iteratorId().get()).matches()) {
      return;
    }
    Matcher m = START.matcher(settled.request());
    if (!m.find()) {
      return;
    }
    String next =
        m.replaceFirst(
            Matcher.quoteReplacement(
                " iterator=\"Continue\" iteratorID=\"" + more.iteratorId().get() + "\""));
    queue.enqueueContinuation(settled.id(), nextKey(settled.key()), next);
  }
}
