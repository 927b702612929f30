package dev.procoresync.core.client;

import dev.procoresync.core.http.RetryPolicy;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * A network boundary for pure facade tests: an OkHttp interceptor that answers every request from
 * canned answers keyed by {@code "METHOD /path"} and records what was sent. It runs first in the
 * chain, so the facades' paths, queries and bodies are checked without a server.
 */
final class CannedProcore implements Interceptor {

  /** One request as sent. */
  record Sent(String method, HttpUrl url, String body) {
    String path() {
      return url.encodedPath();
    }

    String query(String name) {
      return url.queryParameter(name);
    }
  }

  private static final MediaType JSON = MediaType.get("application/json");

  private final Map<String, Deque<Answer>> answers = new LinkedHashMap<>();
  final List<Sent> sent = new ArrayList<>();

  private record Answer(int status, String body) {}

  CannedProcore answer(String methodAndPath, String json) {
    return answer(methodAndPath, 200, json);
  }

  CannedProcore answer(String methodAndPath, int status, String json) {
    answers.computeIfAbsent(methodAndPath, k -> new ArrayDeque<>()).add(new Answer(status, json));
    return this;
  }

  Sent last() {
    return sent.get(sent.size() - 1);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String body = "";
    if (request.body() != null) {
      Buffer buffer = new Buffer();
      request.body().writeTo(buffer);
      body = buffer.readUtf8();
    }
    String key = request.method() + " " + request.url().encodedPath();
    if (key.endsWith("/oauth/token")) {
      return respond(
          request,
          200,
          "{\"access_token\":\"t\",\"token_type\":\"bearer\",\"expires_in\":5400,"
              + "\"created_at\":1793000000}");
    }
    sent.add(new Sent(request.method(), request.url(), body));
    Deque<Answer> queue = answers.get(key);
    if (queue == null || queue.isEmpty()) {
      return respond(request, 404, "{\"error\":\"no canned answer for " + key + "\"}");
    }
    Answer answer = queue.size() > 1 ? queue.poll() : queue.peek();
    return respond(request, answer.status(), answer.body());
  }

  private static Response respond(Request request, int status, String json) {
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(status)
        .message("canned")
        .body(ResponseBody.create(json, JSON))
        .build();
  }

  /** A company-scoped client whose every exchange goes through this interceptor. */
  CompanyClient client(long companyId) {
    return client(companyId, 1000);
  }

  /** The same, with the client's {@code syncChunkSize}. */
  CompanyClient client(long companyId, int syncChunkSize) {
    Clock clock = Clock.fixed(Instant.parse("2026-11-02T12:00:00Z"), ZoneOffset.UTC);
    return ProcoreClient.builder()
        .environment(ProcoreEnvironment.custom("http://127.0.0.1:9", "http://127.0.0.1:9"))
        .credentials(ProcoreCredentials.clientCredentials("id", "secret"))
        .okHttpClient(new OkHttpClient.Builder().addInterceptor(this).build())
        .clock(clock)
        .sleeper(d -> {})
        .retryPolicy(RetryPolicy.defaults().withJitter(0))
        .readTimeout(Duration.ofSeconds(5))
        .syncChunkSize(syncChunkSize)
        .build()
        .forCompany(companyId);
  }
}
