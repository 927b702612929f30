package dev.procoresync.qbd.qbxml;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * QuickBooks' answer to one request: the echoed {@code requestID}, the status, the iterator's state
 * for a query, and the records.
 *
 * <pre>{@code
 * QbResponse r = set.byRequestId("cc-0100").orElseThrow();
 * if (r.status().isSuccess()) { r.rets().get(0).id(); }
 * }</pre>
 */
@Value.Immutable
public abstract class QbResponse {
  QbResponse() {}

  /**
   * Returns a new, empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this value's attributes.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Returns the answer's element name.
   *
   * @return such as {@code "CustomerAddRs"}
   */
  public abstract String element();

  /**
   * Returns the echoed {@code requestID}.
   *
   * @return the id, or empty when QuickBooks sent none
   */
  public abstract Optional<String> requestId();

  /**
   * Returns the status.
   *
   * @return the status
   */
  public abstract QbStatus status();

  /**
   * Returns the iterator's id, for a query that started or continued one.
   *
   * @return the iteratorID, or empty
   */
  public abstract Optional<String> iteratorId();

  /**
   * Returns how many records the iterator still holds.
   *
   * @return the count, or empty when not sent or not a number
   */
  public abstract Optional<Integer> iteratorRemainingCount();

  /**
   * Returns the records.
   *
   * @return the records in document order, possibly none
   */
  public abstract List<QbRet> rets();

  /**
   * Tells whether an iterator has more pages.
   *
   * @return {@code true} when {@code iteratorRemainingCount} is above zero
   */
  public boolean hasMore() {
    return iteratorRemainingCount().filter(n -> n > 0).isPresent();
  }

  /** Builds {@link QbResponse} values. */
  public static final class Builder extends QbResponseBuilder {
    Builder() {}
  }
}
