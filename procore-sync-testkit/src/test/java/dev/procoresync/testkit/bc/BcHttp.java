package dev.procoresync.testkit.bc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.procoresync.testkit.bc.contract.BcApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Plain OkHttp against the fake over real HTTP (no procore-sync-bc types). */
final class BcHttp {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final MediaType JSON = MediaType.get("application/json");
  private static final OkHttpClient CLIENT =
      new OkHttpClient.Builder().readTimeout(30, TimeUnit.SECONDS).build();

  private final FakeBusinessCentral bc;
  private final String token;
  private final Map<String, String> headers = new LinkedHashMap<>();

  BcHttp(FakeBusinessCentral bc) {
    this.bc = bc;
    this.token = bc.accessToken();
  }

  BcHttp header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** A URL below the default company of a root: {@code url(CUSTOM, "jobTasks?$filter=...")}. */
  String url(BcApi api, String rest) {
    return bc.apiUrl(api) + "/companies(" + bc.companyId() + ")/" + rest;
  }

  Answer get(String url) {
    return send(new Request.Builder().url(url).get());
  }

  Answer post(String url, String json) {
    return send(new Request.Builder().url(url).post(RequestBody.create(json, JSON)));
  }

  Answer patch(String url, String json, String ifMatch) {
    Request.Builder b = new Request.Builder().url(url).patch(RequestBody.create(json, JSON));
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return send(b);
  }

  Answer delete(String url, String ifMatch) {
    Request.Builder b = new Request.Builder().url(url).delete();
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return send(b);
  }

  static Answer token(FakeBusinessCentral bc, String clientId, String secret, String scope) {
    FormBody form =
        new FormBody.Builder()
            .add("grant_type", "client_credentials")
            .add("client_id", clientId)
            .add("client_secret", secret)
            .add("scope", scope)
            .build();
    return raw(new Request.Builder().url(bc.tokenUrl()).post(form).build());
  }

  private Answer send(Request.Builder b) {
    b.header("Authorization", "Bearer " + token);
    headers.forEach(b::header);
    return raw(b.build());
  }

  static Answer raw(Request request) {
    try (Response r = CLIENT.newCall(request).execute()) {
      String body = r.body() == null ? "" : r.body().string();
      Map<String, String> h = new LinkedHashMap<>();
      r.headers()
          .forEach(p -> h.put(p.getFirst().toLowerCase(java.util.Locale.ROOT), p.getSecond()));
      return new Answer(r.code(), h, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record Answer(int status, Map<String, String> headers, String body) {
    JsonNode json() {
      try {
        return MAPPER.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    String errorCode() {
      return json().path("error").path("code").asText();
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
