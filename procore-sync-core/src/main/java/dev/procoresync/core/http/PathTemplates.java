package dev.procoresync.core.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import retrofit2.Invocation;

/**
 * The low-cardinality path template of a request: Retrofit's annotation, else the caller's {@link
 * PathTemplate} tag, else the path with numeric and UUID segments replaced by {@code {id}}.
 */
final class PathTemplates {
  private static final Pattern ID =
      Pattern.compile(
          "\\d+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Map<Method, String> ANNOTATED = new ConcurrentHashMap<>();

  private PathTemplates() {}

  /**
   * Returns the template of a request.
   *
   * @param request the request
   * @return the template, starting with {@code /}
   */
  public static String of(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    if (invocation != null) {
      String annotated = ANNOTATED.computeIfAbsent(invocation.method(), PathTemplates::annotated);
      if (!annotated.isEmpty()) {
        return join(request.url(), annotated);
      }
    }
    PathTemplate tag = request.tag(PathTemplate.class);
    if (tag != null) {
      return tag.value();
    }
    return generic(request.url());
  }

  /**
   * Replaces numeric and UUID segments of a URL's path by {@code {id}}.
   *
   * @param url the URL
   * @return the template
   */
  public static String generic(HttpUrl url) {
    List<String> segments = url.encodedPathSegments();
    StringBuilder sb = new StringBuilder();
    for (String s : segments) {
      sb.append('/');
      sb.append(ID.matcher(s).matches() ? "{id}" : s);
    }
    return sb.length() == 0 ? "/" : sb.toString();
  }

  private static String annotated(Method method) {
    for (Annotation a : method.getAnnotations()) {
      String value = valueOf(a);
      if (value != null) {
        return value;
      }
    }
    return "";
  }

  private static @Nullable String valueOf(Annotation a) {
    if (a instanceof retrofit2.http.GET) {
      return ((retrofit2.http.GET) a).value();
    } else if (a instanceof retrofit2.http.POST) {
      return ((retrofit2.http.POST) a).value();
    } else if (a instanceof retrofit2.http.PUT) {
      return ((retrofit2.http.PUT) a).value();
    } else if (a instanceof retrofit2.http.PATCH) {
      return ((retrofit2.http.PATCH) a).value();
    } else if (a instanceof retrofit2.http.DELETE) {
      return ((retrofit2.http.DELETE) a).value();
    } else if (a instanceof retrofit2.http.HEAD) {
      return ((retrofit2.http.HEAD) a).value();
    } else if (a instanceof retrofit2.http.OPTIONS) {
      return ((retrofit2.http.OPTIONS) a).value();
    } else if (a instanceof retrofit2.http.HTTP) {
      return ((retrofit2.http.HTTP) a).path();
    }
    return null;
  }

  /** Joins a relative annotation path to the part of the request path it replaced. */
  private static String join(HttpUrl url, String annotated) {
    String template = annotated;
    int query = template.indexOf('?');
    if (query >= 0) {
      template = template.substring(0, query);
    }
    if (template.startsWith("/")) {
      return template;
    }
    if (template.contains("://")) {
      return generic(url);
    }
    // the annotation is relative to the base URL: keep the request path's leading segments
    int templateSegments = template.isEmpty() ? 0 : template.split("/", -1).length;
    List<String> segments = url.encodedPathSegments();
    int keep = Math.max(0, segments.size() - templateSegments);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < keep; i++) {
      sb.append('/').append(segments.get(i));
    }
    sb.append('/').append(template);
    return sb.toString();
  }
}
