package dev.procoresync.core.http;

import java.util.Objects;
import java.util.Optional;
import okhttp3.Request;

/**
 * The typed OkHttp request tags the {@link HttpService} pipeline reads: {@link SafeToResend},
 * {@link PathTemplate} and {@link RequestOptions}.
 *
 * <pre>{@code
 * Request request = RequestTags.markSafeToResend(new Request.Builder().url(url).post(query)).build();
 * }</pre>
 */
public final class RequestTags {
  private RequestTags() {}

  /**
   * Returns the tag that marks a request safe to resend.
   *
   * @return the tag (one shared instance)
   */
  public static SafeToResend safeToResend() {
    return SafeToResend.INSTANCE;
  }

  /**
   * Returns a path-template tag.
   *
   * @param template the template, starting with {@code /}, such as {@code "/items/{id}"}
   * @return the tag
   * @throws IllegalArgumentException when the template does not start with {@code /}
   */
  public static PathTemplate pathTemplate(String template) {
    return new PathTemplate(template);
  }

  /**
   * Marks a request being built as safe to resend.
   *
   * @param builder the request builder
   * @return the same builder
   */
  public static Request.Builder markSafeToResend(Request.Builder builder) {
    return Objects.requireNonNull(builder, "builder")
        .tag(SafeToResend.class, SafeToResend.INSTANCE);
  }

  /**
   * Tells whether a request carries the {@link SafeToResend} tag.
   *
   * @param request the request
   * @return {@code true} when marked
   */
  public static boolean isSafeToResend(Request request) {
    return Objects.requireNonNull(request, "request").tag(SafeToResend.class) != null;
  }

  /**
   * Returns the path template a request was tagged with.
   *
   * @param request the request
   * @return the template, if tagged
   */
  public static Optional<String> pathTemplate(Request request) {
    PathTemplate t = Objects.requireNonNull(request, "request").tag(PathTemplate.class);
    return t == null ? Optional.empty() : Optional.of(t.value());
  }
}
