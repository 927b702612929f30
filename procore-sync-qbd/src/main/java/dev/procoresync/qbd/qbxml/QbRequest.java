package dev.procoresync.qbd.qbxml;

import dev.procoresync.qbd.qbxml.internal.QbXmlOut;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One request of a {@link QbXmlMessage}: its {@code requestID} (echoed on the answer, at most 50
 * characters), its body and, for a query, the iterator step.
 *
 * <pre>{@code
 * QbRequest.of("cc-0100", ItemServiceAdd.builder().name("01-100").build());
 * QbRequest.builder().requestId("vendors-1").body(ListQuery.builder().type(ListType.VENDOR).maxReturned(500).build())
 *     .iterator(IteratorStep.START).build();
 * }</pre>
 */
@Value.Immutable
public abstract class QbRequest {
  /** The most characters of a {@code requestID} (longer ones get status 1060). */
  public static final int MAX_REQUEST_ID = 50;

  QbRequest() {}

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
   * A request without iterator.
   *
   * @param requestId the id echoed on the answer
   * @param body the request's body
   * @return the request
   * @throws IllegalArgumentException when {@code requestId} is blank or longer than 50 characters
   */
  public static QbRequest of(String requestId, QbRequestBody body) {
    return builder().requestId(requestId).body(body).build();
  }

  /**
   * Returns the id echoed on the answer.
   *
   * @return at most 50 characters, not blank
   */
  public abstract String requestId();

  /**
   * Returns the body.
   *
   * @return the body
   */
  public abstract QbRequestBody body();

  /**
   * Returns the iterator step of a query.
   *
   * @return the step, or empty for no iterator
   */
  public abstract Optional<IteratorStep> iterator();

  /**
   * Returns the iterator to continue or stop.
   *
   * @return the iteratorID, present with {@link IteratorStep#CONTINUE} and {@link
   *     IteratorStep#STOP}
   */
  public abstract Optional<String> iteratorId();

  @Value.Check
  void checkParts() {
    if (requestId().isBlank() || requestId().length() > MAX_REQUEST_ID) {
      throw new IllegalArgumentException(
          "requestId must be 1 to 50 characters (was '" + requestId() + "')");
    }
    if (iterator().isPresent() && body().isWrite()) {
      throw new IllegalArgumentException(
          "only a query takes an iterator (was " + body().requestElement() + ")");
    }
    boolean needsId = iterator().filter(s -> s != IteratorStep.START).isPresent();
    if (needsId != iteratorId().isPresent()) {
      throw new IllegalArgumentException(
          "iteratorId goes with Continue and Stop only (iterator "
              + iterator()
              + ", iteratorId "
              + iteratorId()
              + ")");
    }
  }

  void write(QbXmlOut out) {
    out.start(body().requestElement()).attribute("requestID", requestId(), MAX_REQUEST_ID);
    iterator().ifPresent(s -> out.attribute("iterator", s.wire(), 10));
    iteratorId().ifPresent(id -> out.attribute("iteratorID", id, 100));
    body().writeBody(out);
    out.end();
  }

  /** Builds {@link QbRequest} values. */
  public static final class Builder extends QbRequestBuilder {
    Builder() {}
  }
}
