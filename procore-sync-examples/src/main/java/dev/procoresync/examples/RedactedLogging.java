package dev.procoresync.examples;

import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.client.ProcoreCredentials;
import dev.procoresync.core.client.ProcoreEnvironment;
import java.util.Locale;
import java.util.Set;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The README's recipe for logging the client's requests safely: a host interceptor that runs after
 * authentication and retries (so it sees every attempt) and redacts the headers that carry secrets.
 */
public final class RedactedLogging {
  private static final Logger LOG = LoggerFactory.getLogger("http");

  private RedactedLogging() {}

  /**
   * Builds a Procore client whose host interceptor logs every attempt with secrets redacted.
   *
   * @param clientId the app's client id
   * @param clientSecret the app's client secret
   * @return the client
   */
  public static ProcoreClient client(String clientId, String clientSecret) {
    // [redacted-logging]
    Interceptor logger =
        chain -> {
          Request request = chain.request();
          LOG.info("{} {} {}", request.method(), request.url(), redact(request.headers()));
          Response response = chain.proceed(request);
          LOG.info("{} {} -> {}", request.method(), request.url().encodedPath(), response.code());
          return response;
        };
    OkHttpClient host = new OkHttpClient.Builder().addInterceptor(logger).build();
    ProcoreClient procore =
        ProcoreClient.builder()
            .environment(ProcoreEnvironment.DEVELOPER_SANDBOX)
            .credentials(ProcoreCredentials.clientCredentials(clientId, clientSecret))
            .okHttpClient(host) // shares the host's connection pool
            .hostInterceptorsAfterPipeline(true) // the logger sees each attempt, with its token
            .build();
    // [redacted-logging]
    return procore;
  }

  private static final Set<String> SECRET_HEADERS = Set.of("authorization", "cookie", "set-cookie");

  /**
   * Renders headers with the values of {@code Authorization} and cookies replaced by {@code ██}.
   *
   * @param headers the headers
   * @return the text to log
   */
  public static String redact(Headers headers) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      boolean secret = SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
      sb.append(name).append(": ").append(secret ? "██" : headers.value(i)).append("; ");
    }
    return sb.toString();
  }
}
