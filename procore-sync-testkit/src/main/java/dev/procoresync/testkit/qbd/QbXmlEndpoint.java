package dev.procoresync.testkit.qbd;

/**
 * What the Web Connector talks to on the user's machine: QuickBooks with a company file open,
 * answering qbXML request documents with qbXML response documents.
 *
 * <p>A simulated company file implements it; the {@code WebConnectorSimulator} calls {@link
 * #beginSession} once after the service accepted its credentials, then {@link #process} for every
 * request the service sends, then {@link #endSession} when the Web Connector session ends (however
 * it ends). State that QuickBooks keeps only for a session, such as query iterators, ends with it.
 *
 * <p>To make the Web Connector report an error for a request instead of a response (QuickBooks
 * could not parse it, or crashed after committing it), {@link #process} throws {@link
 * QbXmlEndpointException} with the HRESULT and message QuickBooks would give.
 *
 * <pre>{@code
 * QbXmlEndpoint echo = request -> "<?xml version=\"1.0\" ?><QBXML><QBXMLMsgsRs/></QBXML>";
 * }</pre>
 */
@FunctionalInterface
public interface QbXmlEndpoint {

  /**
   * Called when a Web Connector session starts, after the service authenticated it and named the
   * company file to open. Does nothing by default.
   *
   * @param companyFile the company file the service asked for: a path, or {@code ""} for the file
   *     that is open
   */
  default void beginSession(String companyFile) {}

  /**
   * Answers one qbXML request document.
   *
   * @param qbxmlRequest the request, as the service sent it (unescaped)
   * @return the qbXML response document
   * @throws QbXmlEndpointException when QuickBooks gives an error (HRESULT) instead of a response
   */
  String process(String qbxmlRequest);

  /**
   * Called when the Web Connector session ends (closed normally or after an error). Does nothing by
   * default.
   */
  default void endSession() {}
}
