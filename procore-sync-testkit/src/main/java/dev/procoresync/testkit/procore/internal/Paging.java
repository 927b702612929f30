package dev.procoresync.testkit.procore.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.testkit.http.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code page}/{@code per_page} with {@code Link}, {@code Total} and {@code Per-Page}. */
final class Paging {
  /** Page size when the request names none. */
  static final int DEFAULT_PER_PAGE = 100;

  /** Largest page size served (larger requests are clamped). */
  static final int MAX_PER_PAGE = 1000;

  private Paging() {}

  static Reply page(Exchange ex, List<ObjectNode> all, boolean envelope) {
    return page(ex, all, envelope, node -> node);
  }

  /** Pages {@code all}, applying {@code present} to the records of the page only. */
  static Reply page(
      Exchange ex,
      List<ObjectNode> all,
      boolean envelope,
      java.util.function.Function<ObjectNode, ObjectNode> present) {
    int perPage = intParam(ex, "per_page", DEFAULT_PER_PAGE);
    perPage = Math.max(1, Math.min(MAX_PER_PAGE, perPage));
    int page = Math.max(1, intParam(ex, "page", 1));
    int total = all.size();
    int last = Math.max(1, (total + perPage - 1) / perPage);
    ArrayNode array = Json.array();
    int from = (page - 1) * perPage;
    for (int i = from; i < Math.min(total, from + perPage); i++) {
      array.add(present.apply(all.get(i)));
    }
    Reply reply =
        envelope ? Reply.json(200, Json.object().set("data", array)) : Reply.json(200, array);
    List<String> links = new ArrayList<>();
    links.add(link(ex, 1, perPage, "first"));
    if (page > 1) {
      links.add(link(ex, Math.min(page - 1, last), perPage, "prev"));
    }
    if (page < last) {
      links.add(link(ex, page + 1, perPage, "next"));
    }
    links.add(link(ex, last, perPage, "last"));
    return reply
        .withHeader("Link", String.join(", ", links))
        .withHeader("Total", Integer.toString(total))
        .withHeader("Per-Page", Integer.toString(perPage));
  }

  private static int intParam(Exchange ex, String name, int fallback) {
    String value = ex.param(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new Exchange.BadRequest(name + " must be an integer, got: " + value);
    }
  }

  private static String link(Exchange ex, int page, int perPage, String rel) {
    StringBuilder url = new StringBuilder(ex.baseUrl).append(ex.path).append('?');
    for (Map.Entry<String, List<String>> entry : ex.query.entrySet()) {
      if (entry.getKey().equals("page") || entry.getKey().equals("per_page")) {
        continue;
      }
      for (String value : entry.getValue()) {
        url.append(encode(entry.getKey())).append('=').append(encode(value)).append('&');
      }
    }
    url.append("page=").append(page).append("&per_page=").append(perPage);
    return "<" + url + ">; rel=\"" + rel + "\"";
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
