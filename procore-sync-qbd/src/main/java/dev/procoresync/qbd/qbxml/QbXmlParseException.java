package dev.procoresync.qbd.qbxml;

import dev.procoresync.core.error.DecodingException;
import org.jspecify.annotations.Nullable;

/**
 * A qbXML answer could not be read: not well-formed, a DOCTYPE or entity (refused, never resolved),
 * larger than the bound, or not a {@code QBXML} document.
 */
public class QbXmlParseException extends DecodingException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was wrong, without the document's content
   * @param cause the underlying failure, or {@code null}
   */
  public QbXmlParseException(String message, @Nullable Throwable cause) {
    super("qbxml", message, cause);
  }
}
