package dev.procoresync.testkit.procore.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the fake answers: status, headers, body, and optionally a socket fault or a delay. */
public final class Reply {
  final int status;
  final Map<String, List<String>> headers = new LinkedHashMap<>();
  @Nullable String body;
  boolean connectionReset;
  long delayMillis;

  private Reply(int status, @Nullable String body) {
    this.status = status;
    this.body = body;
  }

  static Reply json(int status, JsonNode node) {
    try {
      return new Reply(status, Json.MAPPER.writeValueAsString(node))
          .header("Content-Type", "application/json; charset=utf-8");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  static Reply empty(int status) {
    return new Reply(status, null);
  }

  static Reply connectionReset() {
    Reply reply = new Reply(500, null);
    reply.connectionReset = true;
    return reply;
  }

  Reply header(String name, String value) {
    headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    return this;
  }

  Reply delay(long millis) {
    this.delayMillis = millis;
    return this;
  }

  int status() {
    return status;
  }
}
