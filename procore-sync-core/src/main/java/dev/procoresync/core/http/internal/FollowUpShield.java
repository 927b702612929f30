package dev.procoresync.core.http.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * A network interceptor that hides {@code Retry-After} on 408 and 503 answers from OkHttp's own
 * follow-up handling (which would resend the request by itself, unseen by the pipeline, and throws
 * {@code NumberFormatException} on a huge value). The pipeline restores the header.
 */
public final class FollowUpShield implements Interceptor {
  /** The header {@code Retry-After} travels under between this shield and the pipeline. */
  public static final String HIDDEN = "X-Procore-Sync-Hidden-Retry-After";

  /** The one instance. */
  public static final FollowUpShield INSTANCE = new FollowUpShield();

  private FollowUpShield() {}

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    int code = response.code();
    if (code != 408 && code != 503) {
      return response;
    }
    String retryAfter = response.header("Retry-After");
    Response.Builder b = response.newBuilder().removeHeader("Retry-After");
    if (retryAfter != null) {
      b.header(HIDDEN, retryAfter);
    }
    return b.build();
  }

  /**
   * Puts a hidden {@code Retry-After} back under its own name.
   *
   * @param response the answer the chain returned
   * @return the answer as the service sent it
   */
  public static Response restore(Response response) {
    String hidden = response.header(HIDDEN);
    if (hidden == null) {
      return response;
    }
    return response.newBuilder().removeHeader(HIDDEN).header("Retry-After", hidden).build();
  }
}
