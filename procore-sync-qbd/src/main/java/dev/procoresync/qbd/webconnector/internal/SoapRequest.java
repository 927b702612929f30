package dev.procoresync.qbd.webconnector.internal;

import java.util.Map;
import java.util.Optional;

/**
 * A parsed SOAP request: the operation (the local name of the body's first element) and the text of
 * each of its child elements, by local name (escaped qbXML already unescaped).
 *
 * @param operation the operation, such as {@code "authenticate"}
 * @param parameters the child elements' text by local name
 */
public record SoapRequest(String operation, Map<String, String> parameters) {

  /** Copies the parameters. */
  public SoapRequest {
    parameters = Map.copyOf(parameters);
  }

  /**
   * Returns a parameter's text, or {@code ""} when the element was absent.
   *
   * @param name the parameter's local name
   * @return the text
   */
  public String text(String name) {
    return parameters.getOrDefault(name, "");
  }

  /**
   * Returns a parameter's text when the element was present.
   *
   * @param name the parameter's local name
   * @return the text, if present
   */
  public Optional<String> optional(String name) {
    return Optional.ofNullable(parameters.get(name));
  }
}
