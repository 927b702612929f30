package dev.procoresync.core.http;

import dev.procoresync.core.error.ServiceException;
import okhttp3.Headers;
import okhttp3.Request;

/**
 * Turns a service's error answer (a non-2xx status) into the typed {@link ServiceException} the
 * caller sees. Each service client supplies one: it knows its service's error body.
 *
 * <pre>{@code
 * ErrorDecoder decoder = (request, status, headers, body) ->
 *     new ServiceException("acme", status, null, headers.get("X-Request-Id"),
 *         status == 429 || status >= 500, request.method() + " failed with " + status, null);
 * }</pre>
 */
@FunctionalInterface
public interface ErrorDecoder {
  /**
   * Decodes one error answer. Never throws: a body it cannot read still gives an exception that
   * names the status.
   *
   * @param request the request that was answered (its URL never carries a secret)
   * @param status the HTTP status, not 2xx
   * @param headers the answer's headers
   * @param body the answer's body as text, possibly empty or truncated
   * @return the exception to throw
   */
  ServiceException decode(Request request, int status, Headers headers, String body);
}
