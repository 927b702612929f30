package dev.procoresync.testkit.procore.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Faults waiting for the next N requests that match their pattern; first registered first. */
final class FaultQueue {
  private final List<Pending> pending = new ArrayList<>();

  synchronized void add(
      int times, RequestPattern pattern, FaultKind kind, int status, long retryAfter, long millis) {
    pending.add(new Pending(times, pattern, kind, status, retryAfter, millis));
  }

  synchronized @Nullable Pending take(String method, String path) {
    Iterator<Pending> it = pending.iterator();
    while (it.hasNext()) {
      Pending p = it.next();
      if (p.pattern.matches(method, path)) {
        p.remaining--;
        if (p.remaining <= 0) {
          it.remove();
        }
        return p;
      }
    }
    return null;
  }

  synchronized int size() {
    return pending.stream().mapToInt(p -> p.remaining).sum();
  }

  synchronized void clear() {
    pending.clear();
  }

  /** One registered fault. */
  static final class Pending {
    int remaining;
    final RequestPattern pattern;
    final FaultKind kind;
    final int status;
    final long retryAfterSeconds;
    final long millis;

    Pending(
        int remaining,
        RequestPattern pattern,
        FaultKind kind,
        int status,
        long retryAfterSeconds,
        long millis) {
      this.remaining = remaining;
      this.pattern = pattern;
      this.kind = kind;
      this.status = status;
      this.retryAfterSeconds = retryAfterSeconds;
      this.millis = millis;
    }

    Reply reply() {
      switch (kind) {
        case CONNECTION_RESET:
          return Reply.connectionReset();
        case DELAY:
          return ProcoreErrors.gatewayTimeout().delay(millis);
        default:
          Reply reply;
          if (status == 429) {
            reply = ProcoreErrors.rateLimited();
          } else if (status == 503) {
            reply = ProcoreErrors.serviceUnavailable();
          } else if (status == 500) {
            reply = ProcoreErrors.internalServerError();
          } else {
            reply = Reply.json(status, Json.object().put("errors", "Injected fault " + status));
          }
          if (retryAfterSeconds >= 0) {
            reply.header("Retry-After", Long.toString(retryAfterSeconds));
          }
          return reply;
      }
    }
  }
}
