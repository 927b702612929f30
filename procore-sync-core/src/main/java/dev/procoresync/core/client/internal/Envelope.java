package dev.procoresync.core.client.internal;

/** How an endpoint wraps its answer. */
public enum Envelope {
  /** The answer is the resource or the array itself (most v1 endpoints). */
  NONE,
  /**
   * The answer is {@code {"data": ...}} (v2 endpoints and some v1.0 ones, such as budget changes).
   */
  DATA
}
