package dev.procoresync.qbd.qbxml;

/** What a flow does next after a qbXML status (see {@link QbStatusKind}). */
public enum NextStep {
  /** The request did what was asked: record the result. */
  PROCEED,
  /** A query found nothing: for find-or-create, go on to the Add. */
  NOTHING_FOUND,
  /**
   * The name is taken: query it by full name (all statuses) and link the record, or report the
   * clash when it is in another list.
   */
  FIND_AND_LINK,
  /**
   * A referenced record (item, job, vendor, account) is missing: send it first, then this again.
   */
  SEND_DEPENDENCY_FIRST,
  /**
   * The record changed or is gone since it was read: query it again, rebuild the request, resend
   * once.
   */
  REQUERY_AND_RETRY,
  /** QuickBooks or a user holds the record: leave it queued for the next session. */
  RETRY_NEXT_SESSION,
  /** The iterator died with its session: start the query again. */
  RESTART_ITERATOR,
  /** The library built a request QuickBooks refuses: a defect to fix, the record FAILED. */
  FIX_REQUEST,
  /**
   * Only a person can fix it (closing date, permissions, edition, data): the record FAILED with the
   * message.
   */
  REPORT_TO_USER
}
