package dev.procoresync.core.state;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The default {@link WebConnectorQueue}: thread safe (every method is synchronized), held in
 * memory, gone when the process ends.
 *
 * <p>Fine for tests, the demo and a host that keeps the Web Connector session and the flow in one
 * process lifetime; a host whose Web Connector may poll after a restart plugs in a durable queue.
 * It keeps every request until the process ends (settled ones included, as their answers are the
 * outcomes the flows read).
 *
 * <pre>{@code
 * WebConnectorQueue queue = InMemoryWebConnectorQueue.create(clock);
 * }</pre>
 */
public final class InMemoryWebConnectorQueue implements WebConnectorQueue {
  private static final String SESSION_CLOSED = "session.closed";

  private final Clock clock;
  private final TreeMap<Long, QueuedRequest> byId = new TreeMap<>();
  private final Map<String, String> companyOfRun = new HashMap<>();
  private final Map<RunKey, Long> idOfKey = new HashMap<>();
  private final Map<String, Set<String>> runsOfSession = new HashMap<>();
  private final Set<String> closedSessions = new HashSet<>();
  private final Map<String, Instant> finalRuns = new HashMap<>();
  private long lastId;

  private record RunKey(String runId, String key) {}

  private InMemoryWebConnectorQueue(Clock clock) {
    this.clock = clock;
  }

  /**
   * Creates an empty queue on the system clock.
   *
   * @return a new empty queue
   */
  public static InMemoryWebConnectorQueue create() {
    return new InMemoryWebConnectorQueue(Clock.systemUTC());
  }

  /**
   * Creates an empty queue that stamps enqueue, claim and settle times from {@code clock}.
   *
   * @param clock the clock
   * @return a new empty queue
   * @throws NullPointerException when {@code clock} is {@code null}
   */
  public static InMemoryWebConnectorQueue create(Clock clock) {
    return new InMemoryWebConnectorQueue(Objects.requireNonNull(clock, "clock"));
  }

  @Override
  public synchronized QueuedRequest enqueue(
      String companyKey, String runId, String key, String qbxmlRequest) {
    return add(companyKey, runId, key, qbxmlRequest, Optional.empty());
  }

  @Override
  public synchronized QueuedRequest enqueueContinuation(
      long previousId, String key, String qbxmlRequest) {
    QueuedRequest previous = byId.get(previousId);
    if (previous == null) {
      throw new IllegalArgumentException("previousId " + previousId + " is not in the queue");
    }
    String session =
        previous
            .sessionId()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "previousId " + previousId + " was never claimed by a session"));
    if (closedSessions.contains(session)) {
      throw new IllegalArgumentException(
          "the session that claimed previousId " + previousId + " is closed");
    }
    return add(previous.companyKey(), previous.runId(), key, qbxmlRequest, Optional.of(session));
  }

  private QueuedRequest add(
      String companyKey,
      String runId,
      String key,
      String qbxmlRequest,
      Optional<String> boundSession) {
    requireText("companyKey", companyKey);
    requireText("runId", runId);
    requireText("key", key);
    Objects.requireNonNull(qbxmlRequest, "qbxmlRequest");
    if (qbxmlRequest.isEmpty()) {
      throw new IllegalArgumentException("qbxmlRequest must not be empty");
    }
    String owner = companyOfRun.get(runId);
    if (owner != null && !owner.equals(companyKey)) {
      throw new IllegalArgumentException(
          "runId " + runId + " belongs to company key " + owner + ", not " + companyKey);
    }
    Long existing = idOfKey.get(new RunKey(runId, key));
    if (existing != null) {
      QueuedRequest stored = byId.get(existing);
      if (!stored.request().equals(qbxmlRequest)) {
        throw new IllegalArgumentException(
            "runId " + runId + " already holds key " + key + " with another request");
      }
      return stored;
    }
    if (finalRuns.containsKey(runId)) {
      throw new IllegalArgumentException("runId " + runId + " is final: start a new run");
    }
    QueuedRequest request =
        QueuedRequest.builder()
            .id(++lastId)
            .companyKey(companyKey)
            .runId(runId)
            .key(key)
            .request(qbxmlRequest)
            .boundSession(boundSession)
            .state(QueuedRequest.State.PENDING)
            .enqueuedAt(clock.instant())
            .build();
    byId.put(request.id(), request);
    companyOfRun.put(runId, companyKey);
    idOfKey.put(new RunKey(runId, key), request.id());
    return request;
  }

  @Override
  public synchronized long pendingCount(String companyKey) {
    Objects.requireNonNull(companyKey, "companyKey");
    return byId.values().stream()
        .filter(r -> r.companyKey().equals(companyKey))
        .filter(r -> r.state() == QueuedRequest.State.PENDING && r.boundSession().isEmpty())
        .count();
  }

  @Override
  public synchronized Optional<QueuedRequest> claimNext(String companyKey, String sessionId) {
    Objects.requireNonNull(companyKey, "companyKey");
    requireText("sessionId", sessionId);
    if (closedSessions.contains(sessionId)) {
      throw new IllegalArgumentException("the session is closed");
    }
    QueuedRequest held = null;
    QueuedRequest bound = null;
    QueuedRequest unbound = null;
    for (QueuedRequest r : byId.values()) {
      if (r.state() == QueuedRequest.State.CLAIMED
          && r.sessionId().orElseThrow().equals(sessionId)) {
        held = r;
        break;
      }
      if (r.state() != QueuedRequest.State.PENDING) {
        continue;
      }
      if (r.boundSession().isPresent()) {
        if (bound == null && r.boundSession().get().equals(sessionId)) {
          bound = r;
        }
      } else if (unbound == null && r.companyKey().equals(companyKey)) {
        unbound = r;
      }
    }
    if (held != null) {
      return Optional.of(held);
    }
    QueuedRequest next = bound != null ? bound : unbound;
    if (next == null) {
      return Optional.empty();
    }
    QueuedRequest claimed =
        next.toBuilder()
            .state(QueuedRequest.State.CLAIMED)
            .sessionId(sessionId)
            .claimedAt(clock.instant())
            .build();
    byId.put(claimed.id(), claimed);
    runsOfSession.computeIfAbsent(sessionId, s -> new HashSet<>()).add(claimed.runId());
    return Optional.of(claimed);
  }

  @Override
  public synchronized QueuedRequest recordResponse(
      long id, String sessionId, String qbxmlResponse) {
    Objects.requireNonNull(qbxmlResponse, "qbxmlResponse");
    QueuedRequest claimed = claimedBy(id, sessionId);
    QueuedRequest answered =
        claimed.toBuilder()
            .state(QueuedRequest.State.ANSWERED)
            .response(qbxmlResponse)
            .settledAt(clock.instant())
            .build();
    byId.put(id, answered);
    return answered;
  }

  @Override
  public synchronized QueuedRequest recordFailure(
      long id, String sessionId, String status, String message) {
    requireText("status", status);
    Objects.requireNonNull(message, "message");
    QueuedRequest failed = fail(claimedBy(id, sessionId), status, message);
    byId.put(id, failed);
    return failed;
  }

  private QueuedRequest fail(QueuedRequest request, String status, String message) {
    return request.toBuilder()
        .state(QueuedRequest.State.FAILED)
        .status(status)
        .message(message)
        .settledAt(clock.instant())
        .build();
  }

  private QueuedRequest claimedBy(long id, String sessionId) {
    Objects.requireNonNull(sessionId, "sessionId");
    QueuedRequest r = byId.get(id);
    if (r == null
        || r.state() != QueuedRequest.State.CLAIMED
        || !r.sessionId().orElseThrow().equals(sessionId)) {
      throw new IllegalArgumentException(
          "request " + id + " is not claimed by this session (it is unknown, pending or settled)");
    }
    return r;
  }

  @Override
  public synchronized List<String> closeSession(String sessionId) {
    Objects.requireNonNull(sessionId, "sessionId");
    if (!closedSessions.add(sessionId)) {
      return List.of();
    }
    for (QueuedRequest r : List.copyOf(byId.values())) {
      boolean held =
          r.state() == QueuedRequest.State.CLAIMED && r.sessionId().orElseThrow().equals(sessionId);
      boolean bound =
          r.state() == QueuedRequest.State.PENDING
              && r.boundSession().map(sessionId::equals).orElse(false);
      if (held || bound) {
        byId.put(
            r.id(),
            fail(
                r,
                SESSION_CLOSED,
                "the Web Connector session closed before the request was answered"));
      }
    }
    Set<String> runs = runsOfSession.getOrDefault(sessionId, Set.of());
    runsOfSession.remove(sessionId);
    List<String> madeFinal = new ArrayList<>();
    Instant now = clock.instant();
    for (String runId : runs) {
      if (!finalRuns.containsKey(runId) && runProgress(runId).remaining() == 0) {
        finalRuns.put(runId, now);
        madeFinal.add(runId);
      }
    }
    return List.copyOf(madeFinal);
  }

  @Override
  public synchronized Optional<QueuedRequest> request(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized List<QueuedRequest> requests(String runId) {
    Objects.requireNonNull(runId, "runId");
    return byId.values().stream().filter(r -> r.runId().equals(runId)).toList();
  }

  @Override
  public synchronized QueueProgress runProgress(String runId) {
    Objects.requireNonNull(runId, "runId");
    long[] counts = new long[QueuedRequest.State.values().length];
    for (QueuedRequest r : byId.values()) {
      if (r.runId().equals(runId)) {
        counts[r.state().ordinal()]++;
      }
    }
    return progress(counts).finalAt(Optional.ofNullable(finalRuns.get(runId))).build();
  }

  @Override
  public synchronized QueueProgress sessionProgress(String companyKey, String sessionId) {
    Objects.requireNonNull(companyKey, "companyKey");
    Objects.requireNonNull(sessionId, "sessionId");
    long[] counts = new long[QueuedRequest.State.values().length];
    for (QueuedRequest r : byId.values()) {
      boolean mine = r.sessionId().map(sessionId::equals).orElse(false);
      boolean claimable =
          r.state() == QueuedRequest.State.PENDING
              && r.boundSession().map(sessionId::equals).orElse(r.companyKey().equals(companyKey));
      if (mine || claimable) {
        counts[r.state().ordinal()]++;
      }
    }
    return progress(counts).build();
  }

  private static QueueProgress.Builder progress(long[] counts) {
    return QueueProgress.builder()
        .pending(counts[QueuedRequest.State.PENDING.ordinal()])
        .claimed(counts[QueuedRequest.State.CLAIMED.ordinal()])
        .answered(counts[QueuedRequest.State.ANSWERED.ordinal()])
        .failed(counts[QueuedRequest.State.FAILED.ordinal()]);
  }

  private static void requireText(String name, String value) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
