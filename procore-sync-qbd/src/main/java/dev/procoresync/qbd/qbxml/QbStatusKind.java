package dev.procoresync.qbd.qbxml;

/**
 * The kinds of qbXML status code (Intuit's table: 0-499 information, 500-999 warning, 1000 and up
 * error), each with {@link #next() what a flow does next}. Codes the table does not name fall in
 * {@link #OTHER_INFO}, {@link #OTHER_WARNING} or {@link #OTHER_ERROR} by their range.
 */
public enum QbStatusKind {
  /** 0: done. */
  OK(NextStep.PROCEED),
  /** 1: a query matched nothing. */
  NO_MATCH(NextStep.NOTHING_FOUND),
  /** 500: some of the objects asked for by id were not found. */
  PARTIAL_MATCH(NextStep.NOTHING_FOUND),
  /** 530, 531: a field or enum value the edition does not support was ignored. */
  UNSUPPORTED_FIELD(NextStep.FIX_REQUEST),
  /** 560: a deprecated field was used. */
  DEPRECATED_FIELD(NextStep.PROCEED),
  /** 570: cannot link to a closed transaction. */
  CANNOT_LINK(NextStep.REPORT_TO_USER),
  /** 1000: QuickBooks' internal error. */
  INTERNAL_ERROR(NextStep.RETRY_NEXT_SESSION),
  /** 1060: the requestID is invalid (longer than 50 characters). */
  INVALID_REQUEST_ID(NextStep.FIX_REQUEST),
  /** 3000: the given ListID or TxnID is invalid. */
  INVALID_ID(NextStep.REQUERY_AND_RETRY),
  /**
   * 3100: the name is already in use (in this list or another: customers, vendors, employees and
   * other names share one).
   */
  NAME_IN_USE(NextStep.FIND_AND_LINK),
  /** 3120: the object named in the request cannot be found. */
  OBJECT_NOT_FOUND(NextStep.REQUERY_AND_RETRY),
  /** 3140: an invalid reference to another record (missing item, job, vendor, account). */
  INVALID_REFERENCE(NextStep.SEND_DEPENDENCY_FIRST),
  /** 3150: a required element is missing. */
  MISSING_ELEMENT(NextStep.FIX_REQUEST),
  /** 3170, 3175, 3176, 3180: the record is in use or could not be saved now. */
  RECORD_BUSY(NextStep.RETRY_NEXT_SESSION),
  /** 3171: the date is on or before the closing date. */
  CLOSING_DATE(NextStep.REPORT_TO_USER),
  /** 3200: the EditSequence is out of date. */
  STALE_EDIT_SEQUENCE(NextStep.REQUERY_AND_RETRY),
  /** 3210: a field has a value QuickBooks refuses. */
  INVALID_VALUE(NextStep.REPORT_TO_USER),
  /** 3250: the feature is not enabled or not in this edition. */
  FEATURE_NOT_ENABLED(NextStep.REPORT_TO_USER),
  /** 3260, 3261: the QuickBooks user or the application lacks permission. */
  NO_PERMISSION(NextStep.REPORT_TO_USER),
  /** 3391: the iteratorID is not valid (it crossed a session or expired). */
  ITERATOR_EXPIRED(NextStep.RESTART_ITERATOR),
  /** Another code from 2 to 499. */
  OTHER_INFO(NextStep.PROCEED),
  /** Another code from 500 to 999. */
  OTHER_WARNING(NextStep.PROCEED),
  /** Another code from 1000 up. */
  OTHER_ERROR(NextStep.REPORT_TO_USER);

  private final NextStep next;

  QbStatusKind(NextStep next) {
    this.next = next;
  }

  /**
   * Returns what a flow does next.
   *
   * @return the step
   */
  public NextStep next() {
    return next;
  }

  /**
   * Tells whether the request did what was asked (information and warnings: its answer holds the
   * record; {@link #NO_MATCH} and {@link #PARTIAL_MATCH} are successful queries that found
   * nothing).
   *
   * @return {@code true} below 1000
   */
  public boolean isSuccess() {
    return switch (this) {
      case OK,
          NO_MATCH,
          PARTIAL_MATCH,
          UNSUPPORTED_FIELD,
          DEPRECATED_FIELD,
          OTHER_INFO,
          OTHER_WARNING ->
          true;
      default -> false;
    };
  }

  /**
   * The kind of a status code.
   *
   * @param code the code QuickBooks sent
   * @return its kind; codes outside the table by their range (negative ones are errors)
   */
  public static QbStatusKind of(int code) {
    return switch (code) {
      case 0 -> OK;
      case 1 -> NO_MATCH;
      case 500 -> PARTIAL_MATCH;
      case 530, 531 -> UNSUPPORTED_FIELD;
      case 560 -> DEPRECATED_FIELD;
      case 570 -> CANNOT_LINK;
      case 1000 -> INTERNAL_ERROR;
      case 1060 -> INVALID_REQUEST_ID;
      case 3000 -> INVALID_ID;
      case 3100 -> NAME_IN_USE;
      case 3120 -> OBJECT_NOT_FOUND;
      case 3140 -> INVALID_REFERENCE;
      case 3150 -> MISSING_ELEMENT;
      case 3170, 3175, 3176, 3180 -> RECORD_BUSY;
      case 3171 -> CLOSING_DATE;
      case 3200 -> STALE_EDIT_SEQUENCE;
      case 3210 -> INVALID_VALUE;
      case 3250 -> FEATURE_NOT_ENABLED;
      case 3260, 3261 -> NO_PERMISSION;
      case 3391 -> ITERATOR_EXPIRED;
      default ->
          code > 1 && code < 500
              ? OTHER_INFO
              : code >= 500 && code < 1000 ? OTHER_WARNING : OTHER_ERROR;
    };
  }
}
