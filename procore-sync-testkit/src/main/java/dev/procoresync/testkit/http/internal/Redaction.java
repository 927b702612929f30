package dev.procoresync.testkit.http.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides secrets in what the journal prints: header values of credential headers, and values of
 * form, query and JSON fields whose name says secret, password, token, key, code or assertion.
 */
public final class Redaction {
  /** What a hidden value is replaced by. */
  public static final String REDACTED = "<redacted>";

  private static final Pattern SECRET_NAME =
      Pattern.compile(
          "(?i).*(secret|password|passwd|token|api[-_]?key|subscription[-_]?key|assertion|"
              + "authorization|cookie|^code$|^key$|signature).*");

  private static final Pattern JSON_FIELD =
      Pattern.compile("\"([^\"\\\\]{1,100})\"(\\s*:\\s*)\"((?:[^\"\\\\]|\\\\.)*)\"");

  private static final Pattern XML_ELEMENT =
      Pattern.compile("<((?:[\\w.-]+:)?([\\w.-]{1,100}))(\\s[^>]*)?>([^<]*)</\\1>");

  private static final Pattern FORM_FIELD = Pattern.compile("(^|&)([^=&]{1,100})=([^&]*)");

  private Redaction() {}

  /**
   * Tells whether a header, field or parameter name names a secret.
   *
   * @param name the name
   * @return true when its value must not be printed
   */
  public static boolean isSecret(String name) {
    return SECRET_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches();
  }

  /**
   * Returns the headers with secret values replaced, for printing.
   *
   * @param headers the headers
   * @return text such as {@code {Authorization=<redacted>, Accept=[application/json]}}
   */
  public static String headers(Map<String, List<String>> headers) {
    StringBuilder out = new StringBuilder("{");
    headers.forEach(
        (name, values) -> {
          if (out.length() > 1) {
            out.append(", ");
          }
          out.append(name).append('=').append(isSecret(name) ? REDACTED : values.toString());
        });
    return out.append('}').toString();
  }

  /**
   * Returns a form-encoded or query string with secret values replaced.
   *
   * @param encoded e.g. {@code grant_type=refresh_token&refresh_token=abc}
   * @return e.g. {@code grant_type=refresh_token&refresh_token=<redacted>}
   */
  public static String form(String encoded) {
    Matcher m = FORM_FIELD.matcher(encoded);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement =
          isSecret(decodeName(m.group(2))) ? m.group(1) + m.group(2) + "=" + REDACTED : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Returns a body with secret values replaced: JSON string fields by name, and form fields when
   * the body is form-encoded; cut to {@code max} characters.
   *
   * @param body the body text
   * @param max the longest text to return
   * @return the printable body
   */
  public static String body(String body, int max) {
    String text = body.length() > 20_000 ? body.substring(0, 20_000) : body;
    String trimmed = text.stripLeading();
    String redacted;
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      Matcher m = JSON_FIELD.matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String replacement =
            isSecret(m.group(1))
                ? "\"" + m.group(1) + "\"" + m.group(2) + "\"" + REDACTED + "\""
                : m.group();
        m.appendReplacement(out, Matcher.quoteReplacement(replacement));
      }
      m.appendTail(out);
      redacted = out.toString();
    } else if (trimmed.startsWith("<")) {
      Matcher m = XML_ELEMENT.matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String attributes = m.group(3) == null ? "" : m.group(3);
        String replacement =
            isSecret(m.group(2))
                ? "<" + m.group(1) + attributes + ">" + REDACTED + "</" + m.group(1) + ">"
                : m.group();
        m.appendReplacement(out, Matcher.quoteReplacement(replacement));
      }
      m.appendTail(out);
      redacted = out.toString();
    } else if (text.contains("=")) {
      redacted = form(text);
    } else {
      redacted = text;
    }
    return redacted.length() > max ? redacted.substring(0, max) + "..." : redacted;
  }

  private static String decodeName(String name) {
    try {
      return java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return name;
    }
  }
}
