package dev.procoresync.qbd.qbxml;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * QuickBooks' answer to a {@link QbXmlMessage}: one {@link QbResponse} per request it ran. With
 * {@link OnError#STOP_ON_ERROR} the requests after a failing one have no answer: look them up by
 * {@link #byRequestId} and send them again when empty.
 *
 * <pre>{@code
 * QbXmlResponseSet set = QbXmlResponses.parse(xml);
 * set.byRequestId("v-1").map(r -> r.status().next());
 * }</pre>
 */
@Value.Immutable
public abstract class QbXmlResponseSet {
  QbXmlResponseSet() {}

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
   * Returns the answers in document order.
   *
   * @return the answers
   */
  public abstract List<QbResponse> responses();

  /**
   * Returns the answer to one request.
   *
   * @param requestId the request's id
   * @return the first answer echoing it, or empty
   */
  public Optional<QbResponse> byRequestId(String requestId) {
    return responses().stream()
        .filter(r -> r.requestId().filter(requestId::equals).isPresent())
        .findFirst();
  }

  /** Builds {@link QbXmlResponseSet} values. */
  public static final class Builder extends QbXmlResponseSetBuilder {
    Builder() {}
  }
}
