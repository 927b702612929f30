package dev.procoresync.testkit.echo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The echo service's client in the test: real HTTP on loopback, JDK HttpClient. */
final class EchoClient {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private final String baseUrl;
  private final String key;
  private Duration timeout = Duration.ofSeconds(60);

  EchoClient(String baseUrl, String key) {
    this.baseUrl = baseUrl;
    this.key = key;
  }

  EchoClient timeout(Duration timeout) {
    this.timeout = timeout;
    return this;
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
  }

  HttpResponse<String> post(String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpResponse<String> send(HttpRequest.Builder builder) {
    builder.timeout(timeout);
    if (key != null) {
      builder.header(EchoFake.KEY_HEADER, key);
    }
    try {
      // a fresh HTTP/1.1 client per request: no pooled connection, so no silent retry after a reset
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Reads every word by page/pageSize until the total is reached. */
  List<String> allWords(int pageSize) {
    List<String> out = new ArrayList<>();
    int page = 1;
    while (true) {
      JsonNode body = json(get("/v2/words?page=" + page + "&pageSize=" + pageSize));
      body.get("items").forEach(item -> out.add(item.get("text").asText()));
      if (out.size() >= body.get("total").asInt() || body.get("items").isEmpty()) {
        return out;
      }
      page++;
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }
}
