package dev.procoresync.qbd.qbxml;

import dev.procoresync.qbd.qbxml.internal.QbXmlOut;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A qbXML request message: several requests in one {@code QBXMLMsgsRq}, with what QuickBooks does
 * when one fails. {@link #toXml()} writes it (qbXML version 13.0 unless set).
 *
 * <pre>{@code
 * String xml = QbXmlMessage.builder().onError(OnError.CONTINUE_ON_ERROR)
 *     .addRequest(QbRequest.of("v-1", VendorAdd.builder().name("Smith Plumbing LLC").build()))
 *     .build().toXml();
 * }</pre>
 */
@Value.Immutable
public abstract class QbXmlMessage {
  /** The qbXML version the library writes: QuickBooks 2014 and later accept it. */
  public static final String VERSION = "13.0";

  QbXmlMessage() {}

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
   * Returns what QuickBooks does when a request fails. Default {@link OnError#CONTINUE_ON_ERROR},
   * so every request gets its own answer.
   *
   * @return the policy
   */
  @Value.Default
  public OnError onError() {
    return OnError.CONTINUE_ON_ERROR;
  }

  /**
   * Returns the requests, in the order QuickBooks runs them.
   *
   * @return at least one request, each requestId once
   */
  public abstract List<QbRequest> requests();

  @Value.Check
  void checkRequests() {
    if (requests().isEmpty()) {
      throw new IllegalArgumentException("a QbXmlMessage needs at least one request (was none)");
    }
    Set<String> ids = new HashSet<>();
    for (QbRequest r : requests()) {
      if (!ids.add(r.requestId())) {
        throw new IllegalArgumentException(
            "requestId '" + r.requestId() + "' appears more than once in the message");
      }
    }
  }

  /**
   * Writes the message.
   *
   * @return the qbXML document, starting with the XML declaration and {@code <?qbxml
   *     version="13.0"?>}
   */
  public String toXml() {
    QbXmlOut out = QbXmlOut.toText().prolog(VERSION);
    out.start("QBXML").start("QBXMLMsgsRq").attribute("onError", onError().wire(), 20);
    requests().forEach(r -> r.write(out));
    out.end().end();
    return out.result();
  }

  /** Builds {@link QbXmlMessage} values. */
  public static final class Builder extends QbXmlMessageBuilder {
    Builder() {}
  }
}
