package dev.procoresync.testkit.procore.internal;

/** What an injected fault does. */
public enum FaultKind {
  /** Answer with a status (500, 503, 429, ...) without applying the request. */
  STATUS,
  /** Reset the connection without an answer; the request is not applied. */
  CONNECTION_RESET,
  /** Hold the answer (real time), then 504; the request is not applied. */
  DELAY,
  /** Apply the request, then hold the answer (real time) so that the client times out. */
  TIMEOUT_AFTER_WRITE
}
