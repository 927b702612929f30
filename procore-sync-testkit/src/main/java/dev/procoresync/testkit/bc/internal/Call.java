package dev.procoresync.testkit.bc.internal;

import dev.procoresync.testkit.bc.contract.BcApi;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One OData request below {@code companies({id})/}, from a route or from a {@code $batch}
 * operation.
 *
 * @param method the HTTP method
 * @param api the API root
 * @param company the company id (lower case)
 * @param segments the path segments after {@code companies({id})}, decoded
 * @param query the decoded query parameters
 * @param headers the headers, names in lower case
 * @param body the body text
 * @param rootUrl the absolute URL of the API root (for {@code @odata.context})
 * @param selfUrl the absolute URL of the request (for {@code @odata.nextLink})
 */
public record Call(
    String method,
    BcApi api,
    String company,
    List<String> segments,
    Map<String, List<String>> query,
    Map<String, String> headers,
    String body,
    String rootUrl,
    String selfUrl) {

  /**
   * Returns a header.
   *
   * @param name the name, any case
   * @return the value, or empty
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
  }

  /**
   * Returns the first value of a query parameter.
   *
   * @param name e.g. {@code $filter}
   * @return the value, or null
   */
  public @Nullable String param(String name) {
    List<String> v = query.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }
}
