package dev.procoresync.core.http;

/**
 * A request tag that marks a request as safe to send again when its outcome is unknown (no answer
 * came, or a 5xx/408 answer), although its method is not one that is resent by default.
 *
 * <p>Mark a POST with it only when sending it twice has the effect of sending it once: a GraphQL
 * query, a search, a batch upsert matched by keys, a create the service de-duplicates by an
 * idempotency key it documents. A POST without this tag is never resent after its request left
 * (only a 429, which the service refused before doing anything, is waited out and sent again).
 *
 * <pre>{@code
 * Request request = new Request.Builder().url(url).post(body)
 *     .tag(SafeToResend.class, RequestTags.safeToResend())
 *     .build();
 * // or, in a Retrofit interface: Call<ResponseBody> query(@Body Query q, @Tag SafeToResend safe);
 * }</pre>
 */
public final class SafeToResend {
  static final SafeToResend INSTANCE = new SafeToResend();

  private SafeToResend() {}

  @Override
  public String toString() {
    return "SafeToResend";
  }
}
