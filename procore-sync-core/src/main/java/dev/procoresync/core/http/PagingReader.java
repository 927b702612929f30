package dev.procoresync.core.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.procoresync.core.error.DecodingException;
import dev.procoresync.core.error.ProcoreSyncException;
import dev.procoresync.core.error.TransportException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.Call;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches one page and reads its answer as a stream: the item array at a pointer straight into the
 * item type, and the few body values the paging asked for; everything else is skipped unread.
 */
final class PagingReader<T> {
  private static final Logger LOG = LoggerFactory.getLogger(PagingReader.class);
  private static final long MAX_ERROR_BODY = 1L << 20;

  private final String service;
  private final Call.Factory http;
  private final ObjectMapper mapper;
  private final ObjectReader reader;
  private final ErrorDecoder errors;
  private final JavaType itemType;
  private final String itemsAt;
  private final List<String> wanted;
  private final @Nullable String itemField;
  private final Paging paging;

  PagingReader(
      String service,
      Call.Factory http,
      ObjectMapper mapper,
      ErrorDecoder errors,
      JavaType itemType,
      String itemsAt,
      Paging paging) {
    this.service = service;
    this.http = http;
    this.mapper = mapper;
    this.reader = mapper.readerFor(itemType);
    this.errors = errors;
    this.itemType = itemType;
    this.itemsAt = itemsAt;
    this.wanted = List.copyOf(paging.bodyValues());
    this.itemField = paging.itemField().orElse(null);
    this.paging = paging;
  }

  String service() {
    return service;
  }

  /** One page as read, with what the paging needs to go on. */
  static final class Read<T> {
    final Page<T> page;
    final PagingResponse response;

    Read(Page<T> page, PagingResponse response) {
      this.page = page;
      this.response = response;
    }
  }

  Read<T> read(Request request, @Nullable PagePosition position) {
    Response response;
    try {
      response = http.newCall(request).execute();
    } catch (IOException e) {
      throw noAnswer(request, e);
    }
    try (Response r = response) {
      if (!r.isSuccessful()) {
        String body;
        try {
          body = r.peekBody(MAX_ERROR_BODY).string();
        } catch (IOException e) {
          body = "";
        }
        throw errors.decode(request, r.code(), r.headers(), body);
      }
      State<T> state = new State<>();
      ResponseBody body = r.body();
      if (body != null) {
        parse(request, body, state);
      }
      if (state.nulls > 0) {
        LOG.warn(
            "{} {} {}: skipped {} null item(s) of {}",
            service,
            request.method(),
            request.url().encodedPath(),
            state.nulls,
            state.count);
      }
      PagingResponse pr =
          PagingResponse.of(
              service, request, position, r.headers(), state.values, state.count, state.last);
      Optional<PagePosition> next = paging.next(pr);
      Page<T> page =
          Page.of(state.items, next.orElse(null), paging.total(pr).orElse(-1), state.nulls);
      return new Read<>(page, pr);
    }
  }

  private void parse(Request request, ResponseBody body, State<T> state) {
    try (JsonParser p = mapper.createParser(body.byteStream())) {
      if (p.nextToken() == null) {
        return; // an empty body is an empty page
      }
      walk(p, "", request, state);
    } catch (ProcoreSyncException e) {
      throw e;
    } catch (JsonProcessingException e) {
      throw unreadable(request, e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw noAnswer(request, e);
    } catch (RuntimeException e) {
      throw unreadable(request, String.valueOf(e.getMessage()), e);
    }
  }

  private void walk(JsonParser p, String here, Request request, State<T> state) throws IOException {
    JsonToken t = p.currentToken();
    if (here.equals(itemsAt)) {
      if (t == JsonToken.START_ARRAY) {
        readItems(p, state);
      } else if (t != JsonToken.VALUE_NULL) {
        throw unreadable(request, "the items at '" + itemsAt + "' are not an array", null);
      }
      return;
    }
    if (wanted.contains(here)) {
      if (t.isScalarValue()) {
        if (t != JsonToken.VALUE_NULL) {
          state.values.put(here, p.readValueAsTree());
        }
      } else {
        p.skipChildren();
      }
      return;
    }
    if (!leadsToTarget(here)) {
      p.skipChildren();
      return;
    }
    if (t == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        walk(p, here + "/" + name.replace("~", "~0").replace("/", "~1"), request, state);
      }
    } else if (t == JsonToken.START_ARRAY) {
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        walk(p, here + "/" + i++, request, state);
      }
    }
  }

  private boolean leadsToTarget(String here) {
    String prefix = here + "/";
    if (itemsAt.startsWith(prefix)) {
      return true;
    }
    for (String w : wanted) {
      if (w.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private void readItems(JsonParser p, State<T> state) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw new JsonParseEnd(p);
      }
      state.count++;
      if (t == JsonToken.VALUE_NULL) {
        state.nulls++;
        continue;
      }
      T item;
      if (itemField != null) {
        JsonNode node = p.readValueAsTree();
        JsonNode field = node.get(itemField);
        if (field != null && field.isValueNode() && !field.isNull()) {
          state.last = field.asText();
        }
        item = reader.readValue(node);
      } else {
        item = reader.readValue(p);
      }
      if (item == null) {
        state.nulls++;
      } else {
        state.items.add(item);
      }
    }
  }

  /** The body ended inside the item array. */
  private static final class JsonParseEnd extends JsonProcessingException {
    private static final long serialVersionUID = 1L;

    JsonParseEnd(JsonParser p) {
      super("the answer ends inside the item array", p.currentLocation());
    }
  }

  private DecodingException unreadable(Request request, String what, @Nullable Throwable cause) {
    return new DecodingException(
        service,
        request.method()
            + " "
            + request.url().encodedPath()
            + ": answer does not match a list of "
            + itemType.toCanonical()
            + ": "
            + what,
        cause);
  }

  private TransportException noAnswer(Request request, IOException e) {
    return new TransportException(service, NoAnswer.message(request, e), e);
  }

  private static final class State<T> {
    final List<T> items = new ArrayList<>();
    final Map<String, JsonNode> values = new HashMap<>();
    int count;
    int nulls;
    @Nullable String last;
  }
}
