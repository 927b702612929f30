package dev.procoresync.core.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.procoresync.core.http.internal.BodyText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Procore's message and detail lines, read from any of the error body shapes Procore sends.
 *
 * <p>Shapes understood: {@code {"error":{"code","message","details":[{"code"|"reason_code",
 * "message","source"}]}}} (v1 OAS default and the v2 standard error), {@code {"errors":[...]}} with
 * strings or objects, {@code {"errors":"..."}}, {@code {"errors":{"field":["msg"]}}}, {@code
 * {"code":"...","message":"...","error":"..."}} (the specific {@code error} is the message, the
 * generic {@code message} a detail; a string {@code fields} and a {@code reason} are kept as
 * details), {@code {"error":"..."}}, {@code {"base":[...],"fields":{ label: msg}}}, OAuth's {@code
 * {"error":"invalid_grant","error_description":"..."}}, and a plain text or HTML body.
 */
public final class ErrorBody {
  private final String message;
  private final String code;
  private final List<String> details;

  private ErrorBody(String message, String code, List<String> details) {
    this.message = message;
    this.code = code;
    this.details = List.copyOf(details);
  }

  /**
   * Returns Procore's main message.
   *
   * @return the message, empty when the body had none
   */
  public String message() {
    return message;
  }

  /**
   * Returns the machine code ({@code "BAD_REQUEST"}, {@code "invalid_grant"}), if any.
   *
   * @return the code, empty when none
   */
  public String code() {
    return code;
  }

  /**
   * Returns the detail lines, such as {@code "name: can't be blank"}.
   *
   * @return the details
   */
  public List<String> details() {
    return details;
  }

  /**
   * Parses a body.
   *
   * @param body the raw body, possibly empty
   * @return what could be read; never throws
   */
  public static ErrorBody parse(String body) {
    String trimmed = body.trim();
    if (trimmed.isEmpty()) {
      return new ErrorBody("", "", List.of());
    }
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      try {
        JsonNode node = WireJson.mapper().readTree(trimmed);
        return fromJson(node);
      } catch (JsonProcessingException | RuntimeException e) {
        // fall through to text
      }
    }
    return new ErrorBody(text(trimmed), "", List.of());
  }

  private static String text(String raw) {
    return BodyText.summary(raw);
  }

  private static ErrorBody fromJson(JsonNode node) {
    String message = "";
    String code = "";
    List<String> details = new ArrayList<>();
    if (node.isArray()) {
      collectList(node, "", details);
      return new ErrorBody(details.isEmpty() ? "" : details.remove(0), "", details);
    }
    JsonNode error = node.get("error");
    if (error != null && error.isObject()) {
      message = str(error.get("message"));
      code = str(error.get("code"));
      JsonNode ds = error.get("details");
      if (ds != null && ds.isArray()) {
        for (JsonNode d : ds) {
          if (d.isObject()) {
            String source = sourceOf(d.get("source"));
            String dm = str(d.get("message"));
            String dc = d.has("reason_code") ? str(d.get("reason_code")) : str(d.get("code"));
            StringBuilder line = new StringBuilder();
            if (!source.isEmpty()) {
              line.append(source).append(": ");
            }
            line.append(dm.isEmpty() ? dc : dm);
            if (!dc.isEmpty() && !dm.isEmpty()) {
              line.append(" (").append(dc).append(')');
            }
            details.add(line.toString());
          } else {
            details.add(str(d));
          }
        }
      }
    } else if (error != null && error.isTextual()) {
      // {"message":"...","error":"..."} or OAuth's {"error":"invalid_grant","error_description":..}
      String desc = str(node.get("error_description"));
      if (!desc.isEmpty()) {
        code = error.asText();
        message = desc;
      } else if (node.has("message")) {
        // Procore's {"code","message","error"}: "error" is the specific text, "message" the generic
        message = error.asText();
        String generic = str(node.get("message"));
        if (!generic.isEmpty() && !generic.equals(message)) {
          details.add(generic);
        }
        code = str(node.get("code"));
      } else {
        message = error.asText();
      }
    }
    if (message.isEmpty() && node.has("message")) {
      message = str(node.get("message"));
    }
    JsonNode errors = node.get("errors");
    if (errors != null) {
      if (errors.isTextual()) {
        if (message.isEmpty()) {
          message = errors.asText();
        } else {
          details.add(errors.asText());
        }
      } else if (errors.isArray()) {
        collectList(errors, "", details);
      } else if (errors.isObject()) {
        collectFields(errors, details);
      }
    }
    JsonNode base = node.get("base");
    if (base != null && base.isArray()) {
      collectList(base, "", details);
    }
    JsonNode fields = node.get("fields");
    if (fields != null && fields.isObject()) {
      collectFields(fields, details);
    } else if (fields != null && fields.isValueNode() && !fields.isNull()) {
      details.add("fields: " + fields.asText());
    }
    JsonNode reason = node.get("reason");
    if (reason != null && reason.isValueNode() && !reason.isNull()) {
      details.add("reason: " + reason.asText());
    }
    if (code.isEmpty() && node.get("code") != null && node.get("code").isValueNode()) {
      code = str(node.get("code"));
    }
    if (message.isEmpty() && !details.isEmpty()) {
      message = details.remove(0);
    }
    return new ErrorBody(message, code, details);
  }

  private static String sourceOf(@org.jspecify.annotations.Nullable JsonNode source) {
    if (source == null || source.isNull()) {
      return "";
    }
    if (source.isObject()) {
      List<String> parts = new ArrayList<>();
      source.properties().forEach(e -> parts.add(str(e.getValue())));
      return String.join(",", parts);
    }
    return str(source);
  }

  private static void collectList(JsonNode array, String prefix, List<String> out) {
    for (JsonNode e : array) {
      if (e.isTextual() || e.isNumber() || e.isBoolean()) {
        out.add(prefix + e.asText());
      } else if (e.isObject()) {
        String m = str(e.get("message"));
        if (!m.isEmpty()) {
          String field = str(e.get("field"));
          out.add(prefix + (field.isEmpty() ? "" : field + ": ") + m);
        } else {
          collectFields(e, out);
        }
      } else if (e.isArray()) {
        collectList(e, prefix, out);
      }
    }
  }

  private static void collectFields(JsonNode object, List<String> out) {
    for (Map.Entry<String, JsonNode> f : object.properties()) {
      JsonNode v = f.getValue();
      if (v.isArray()) {
        collectList(v, f.getKey() + ": ", out);
      } else if (v.isObject()) {
        collectFields(v, out);
      } else if (!v.isNull()) {
        out.add(f.getKey() + ": " + v.asText());
      }
    }
  }

  private static String str(@org.jspecify.annotations.Nullable JsonNode node) {
    return node == null || node.isNull()
        ? ""
        : node.isValueNode() ? node.asText() : node.toString();
  }
}
