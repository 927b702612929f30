package dev.procoresync.core.error;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An OAuth 2.0 token endpoint refused to issue a token. {@link #error()} keeps the RFC 6749 error
 * code, so a host can tell the cases apart:
 *
 * <ul>
 *   <li>{@code invalid_grant}: the refresh token or authorization code is spent, expired or
 *       revoked; the user must authorise the app again ({@link #requiresReauthorization()}).
 *   <li>{@code invalid_client}: the client id or secret is wrong.
 *   <li>{@code invalid_request}, {@code unauthorized_client}, {@code unsupported_grant_type},
 *       {@code invalid_scope}: the token request itself is wrong for this client.
 * </ul>
 *
 * <p>The message carries the endpoint's {@code error_description} when it sent one; never a secret.
 *
 * <pre>{@code
 * try {
 *   company.vendors().list().iterator().hasNext();
 * } catch (OAuthException e) {
 *   if (e.requiresReauthorization()) {
 *     askTheUserToConnectAgain();
 *   }
 * }
 * }</pre>
 */
public class OAuthException extends ServiceException {
  private static final long serialVersionUID = 1L;

  /** The RFC 6749 error code, or empty. */
  private final String error;

  /**
   * Creates a token refusal.
   *
   * @param service the service whose token endpoint refused, such as {@code "procore"}
   * @param status the HTTP status of the refusal (usually 400 or 401)
   * @param error the RFC 6749 {@code error} code, or empty when the body carried none
   * @param requestId the endpoint's request id, or {@code null}
   * @param message what was refused and why (the {@code error_description}), never a secret
   */
  public OAuthException(
      String service, int status, String error, @Nullable String requestId, String message) {
    super(
        service,
        status,
        Objects.requireNonNull(error, "error").isEmpty() ? null : error,
        requestId,
        status >= 500 || status == 429,
        message,
        null);
    this.error = error;
  }

  /**
   * Returns the RFC 6749 error code of the refusal.
   *
   * @return the code, such as {@code "invalid_grant"}; empty when the endpoint sent none
   */
  public String error() {
    return error;
  }

  /**
   * Tells whether the user must authorise the app again ({@code invalid_grant}: the refresh token
   * or code is spent, expired or revoked).
   *
   * @return {@code true} for {@code invalid_grant}
   */
  public boolean requiresReauthorization() {
    return "invalid_grant".equals(error);
  }
}
