package dev.procoresync.testkit.procore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** A tiny JDK HttpClient wrapper for talking to the fake over real HTTP in tests. */
final class Http {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final FakeProcore fake;
  private String token;
  private String company;
  private Duration timeout = Duration.ofSeconds(60);
  private boolean addCompanyId = true;

  Http(FakeProcore fake) {
    this.fake = fake;
    this.token = fake.accessToken();
    this.company = Long.toString(fake.companyId());
  }

  Http token(String token) {
    this.token = token;
    return this;
  }

  Http company(String company) {
    this.company = company;
    return this;
  }

  /** Turns off appending company_id to vendor/project URLs (as a careless client would). */
  Http withoutCompanyIdParam() {
    this.addCompanyId = false;
    return this;
  }

  Http timeout(Duration timeout) {
    this.timeout = timeout;
    return this;
  }

  Response get(String pathAndQuery) {
    return send("GET", pathAndQuery, null);
  }

  Response post(String path, String json) {
    return send("POST", path, json);
  }

  Response patch(String path, String json) {
    return send("PATCH", path, json);
  }

  Response put(String path, String json) {
    return send("PUT", path, json);
  }

  Response delete(String path) {
    return send("DELETE", path, null);
  }

  Response send(String method, String pathAndQuery, String json) {
    String url =
        pathAndQuery.startsWith("http")
            ? pathAndQuery
            : fake.apiBaseUrl() + withCompany(pathAndQuery);
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(timeout)
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      builder.header("Content-Type", "application/json");
    }
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    if (company != null) {
      builder.header("Procore-Company-Id", company);
    }
    return execute(builder.build());
  }

  /**
   * Procore documents company_id as required on vendors and projects: like a well-behaved client,
   * append it unless already present.
   */
  private String withCompany(String pathAndQuery) {
    String path =
        pathAndQuery.contains("?")
            ? pathAndQuery.substring(0, pathAndQuery.indexOf('?'))
            : pathAndQuery;
    if (!addCompanyId
        || !path.matches("/rest/v1\\.0/(vendors|projects)(/(sync|\\d+))?")
        || pathAndQuery.contains("company_id=")) {
      return pathAndQuery;
    }
    return pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + "company_id=" + company;
  }

  Response postForm(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(fake.loginBaseUrl() + path))
            .timeout(timeout)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return execute(request);
  }

  private static Response execute(HttpRequest request) {
    try {
      return new Response(CLIENT.send(request, HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response with its JSON. */
  static final class Response {
    final HttpResponse<String> raw;

    Response(HttpResponse<String> raw) {
      this.raw = raw;
    }

    int status() {
      return raw.statusCode();
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    JsonNode json() {
      try {
        return MAPPER.readTree(raw.body());
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + raw.body(), e);
      }
    }

    String body() {
      return raw.body();
    }
  }
}
