package dev.procoresync.bc.client;

/**
 * A write met a stale ETag twice: the record was re-read, re-mapped and written again, and changed
 * again in between. Both ETags the client sent are named, so that a user can see that someone else
 * keeps editing the record.
 */
public final class BcEtagConflictException extends BcServiceException {
  private static final long serialVersionUID = 1L;

  /** The ETag sent first. */
  private final String firstEtag;

  /** The ETag read again and sent second. */
  private final String secondEtag;

  /**
   * Creates the exception.
   *
   * @param record what was written, such as {@code jobTasks(4f1c...)}
   * @param firstEtag the ETag sent first
   * @param secondEtag the ETag read again and sent second
   * @param cause the second refusal
   */
  public BcEtagConflictException(
      String record, String firstEtag, String secondEtag, BcServiceException cause) {
    super(
        cause.status(),
        cause.code().orElse(ENTITY_CHANGED),
        cause.requestId().orElse(null),
        false,
        record
            + " changed twice while it was written: sent If-Match "
            + firstEtag
            + ", re-read and sent If-Match "
            + secondEtag
            + ", refused again ("
            + cause.status()
            + ")",
        cause);
    this.firstEtag = firstEtag;
    this.secondEtag = secondEtag;
  }

  /**
   * Returns the ETag sent first.
   *
   * @return the first ETag
   */
  public String firstEtag() {
    return firstEtag;
  }

  /**
   * Returns the ETag read again and sent second.
   *
   * @return the second ETag
   */
  public String secondEtag() {
    return secondEtag;
  }
}
