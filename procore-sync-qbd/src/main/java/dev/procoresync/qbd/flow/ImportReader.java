package dev.procoresync.qbd.flow;

import dev.procoresync.core.state.QueuedRequest;
import dev.procoresync.qbd.qbxml.IteratorStep;
import dev.procoresync.qbd.qbxml.QbRequest;
import dev.procoresync.qbd.qbxml.QbRequestBody;
import dev.procoresync.qbd.qbxml.QbResponse;
import dev.procoresync.qbd.qbxml.QbRet;
import dev.procoresync.qbd.qbxml.QbXmlMessage;
import dev.procoresync.qbd.qbxml.QbXmlParseException;
import dev.procoresync.qbd.qbxml.QbXmlResponseSet;
import dev.procoresync.qbd.qbxml.QbXmlResponses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The read half of an import: queues one iterator query, or several in one queue run (their
 * continuations are queued by {@link IteratorContinuations} inside the same session), and, once
 * drained, gathers every page's records, or says why the read must be restarted (a page failed, an
 * iterator expired or was not finished).
 */
final class ImportReader {
  /** What a drained read gave: the records, or the problem. */
  record Pages(List<QbRet> rets, String problem) {
    boolean ok() {
      return problem.isEmpty();
    }
  }

  private final QbdConnection conn;
  private final List<IntFunction<QbRequestBody>> queries;

  ImportReader(QbdConnection conn, IntFunction<QbRequestBody> query) {
    this(conn, List.of(query));
  }

  ImportReader(QbdConnection conn, List<IntFunction<QbRequestBody>> queries) {
    this.conn = conn;
    this.queries = List.copyOf(queries);
  }

  private static String key(int index) {
    return index == 0 ? "read" : "read" + (index + 1);
  }

  private static String base(String key) {
    int at = key.indexOf('#');
    return at < 0 ? key : key.substring(0, at);
  }

  void enqueue(QbdFlowRun run) {
    run.readAttempts++;
    run.round++;
    run.queueRun = run.runId + ":read" + run.round;
    for (int i = 0; i < queries.size(); i++) {
      QbRequest read =
          QbRequest.builder()
              .requestId(key(i))
              .body(queries.get(i).apply(conn.pageSize()))
              .iterator(IteratorStep.START)
              .build();
      conn.queue()
          .enqueue(
              conn.companyKey(),
              run.queueRun,
              key(i),
              QbXmlMessage.builder().addRequest(read).build().toXml());
    }
  }

  boolean drained(QbdFlowRun run) {
    return conn.queue().runProgress(run.queueRun).finalAt().isPresent();
  }

  Pages collect(QbdFlowRun run) {
    List<QbRet> rets = new ArrayList<>();
    Map<String, QbResponse> last = new LinkedHashMap<>();
    for (QueuedRequest page : conn.queue().requests(run.queueRun)) {
      if (page.state() != QueuedRequest.State.ANSWERED || page.response().isEmpty()) {
        return new Pages(
            List.of(),
            "read page "
                + page.key()
                + " got no answer "
                + page.status().orElse("")
                + " "
                + page.message().orElse(""));
      }
      QbXmlResponseSet set;
      try {
        set = QbXmlResponses.parse(page.response().get());
      } catch (QbXmlParseException e) {
        return new Pages(List.of(), "read page " + page.key() + " could not be read: " + e);
      }
      for (QbResponse r : set.responses()) {
        // status 1 is "no match": an empty list, not a failure
        if (!r.status().isSuccess() && r.status().code() != 1) {
          return new Pages(List.of(), "read page " + page.key() + ": " + r.status().describe());
        }
        rets.addAll(r.rets());
        last.put(base(page.key()), r);
      }
    }
    if (last.values().stream().anyMatch(QbResponse::hasMore)) {
      return new Pages(List.of(), "the read's iterator was not finished in its session");
    }
    return new Pages(rets, "");
  }
}
