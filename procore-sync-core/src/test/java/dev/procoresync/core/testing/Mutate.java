package dev.procoresync.core.testing;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Mutators of real samples: JSON-aware changes (a value swapped for an extreme number, a hostile
 * string, another type; a member dropped or duplicated) and text-level damage (characters flipped,
 * inserted, deleted, ranges repeated, the text cut short).
 */
public final class Mutate {
  private Mutate() {}

  /** Numbers at and beyond what the JDK and Jackson types hold. */
  public static final List<String> EXTREME_NUMBERS =
      List.of(
          "0",
          "-0",
          "-1",
          "1.5",
          "0.000",
          "9223372036854775807",
          "9223372036854775808",
          "-9223372036854775809",
          "99999999999999999999999999999999999999",
          "1e10",
          "1e400",
          "-1e400",
          "1e999999999",
          "1e-999999999",
          "1e2147483647",
          "1e2147483648",
          "1e-2147483648",
          "1e-2147483649",
          "-1e-2147483649",
          "1E+2147483647",
          "4e-324",
          "31556889864403200",
          "-31557014167219201",
          "253402300800",
          "1.0e19");

  /** Strings that have broken parsers before. */
  public static final List<String> HOSTILE_STRINGS =
      List.of(
          "",
          " ",
          "\\u0000",
          "\\u0001\\u0002",
          "\\u001f",
          "\\t\\n",
          "\\u2028",
          "\\ud800",
          "\\udc00x",
          "\\u00a0",
          "\\ufeff",
          "null",
          "NaN",
          "Infinity",
          "-",
          "+999999999-12-31T23:59:59Z",
          "-999999999-01-01T00:00:00Z",
          "+1000000000-01-01T00:00:00Z",
          "9999-12-31T23:59:59.999999999-18:00",
          "0000-01-01T00:00:00+18:00",
          "2026-02-30",
          "2026-11-02T24:00:00Z",
          "1e999999999",
          "1e-2147483649",
          "<<<<<<<<",
          "%s%n",
          "../../etc/passwd",
          "a.b.c.d.e",
          "--",
          "..",
          ":::");

  /** A JSON value of any kind, sometimes nested. */
  public static String jsonValue(SplittableRandom r, int depth) {
    switch (r.nextInt(depth > 2 ? 4 : 7)) {
      case 0:
        return Seeds.oneOf(r, EXTREME_NUMBERS);
      case 1:
        return "\"" + Seeds.oneOf(r, HOSTILE_STRINGS) + "\"";
      case 2:
        return Seeds.oneOf(r, "null", "true", "false", "\"x\"", "1");
      case 3:
        return "\"" + escape(Seeds.anyString(r, 0, 12)) + "\"";
      case 4:
        return "[" + jsonValue(r, depth + 1) + "," + jsonValue(r, depth + 1) + "]";
      case 5:
        return "{\"a\":" + jsonValue(r, depth + 1) + "}";
      default:
        return Seeds.oneOf(r, "{}", "[]", "[null]", "\"" + "9".repeat(400) + "\"");
    }
  }

  /** One to four mutations of a JSON sample; one input in eight is damaged as text. */
  public static String json(SplittableRandom r, String sample) {
    String s = sample;
    int rounds = Seeds.between(r, 1, 4);
    for (int i = 0; i < rounds; i++) {
      s = r.nextInt(8) == 0 ? text(r, s) : jsonOnce(r, s);
    }
    return s;
  }

  /** Replaces one scalar or container value of a JSON text, or drops or repeats a member. */
  static String jsonOnce(SplittableRandom r, String s) {
    List<int[]> values = JsonSpans.values(s);
    if (values.isEmpty()) {
      return text(r, s);
    }
    int[] span = Seeds.oneOf(r, values);
    switch (r.nextInt(6)) {
      case 0:
        // the value only: drop its member's name too when inside an object (may leave bad JSON)
        return s.substring(0, span[0]) + s.substring(span[1]);
      case 1:
        return s.substring(0, span[1]) + "," + s.substring(span[0], span[1]) + s.substring(span[1]);
      default:
        return s.substring(0, span[0]) + jsonValue(r, 0) + s.substring(span[1]);
    }
  }

  /** Text-level damage. */
  public static String text(SplittableRandom r, String s) {
    if (s.isEmpty()) {
      return Seeds.anyString(r, 0, 4);
    }
    int at = r.nextInt(s.length());
    switch (r.nextInt(6)) {
      case 0:
        return s.substring(0, at)
            + (char) r.nextInt(0x10000)
            + s.substring(Math.min(s.length(), at + 1));
      case 1:
        return s.substring(0, at) + Seeds.anyString(r, 1, 3) + s.substring(at);
      case 2:
        return s.substring(0, at) + s.substring(Math.min(s.length(), at + Seeds.between(r, 1, 8)));
      case 3:
        int to = Math.min(s.length(), at + Seeds.between(r, 1, 40));
        return s.substring(0, to)
            + s.substring(at, to).repeat(Seeds.between(r, 1, 50))
            + s.substring(to);
      case 4:
        return s.substring(0, at);
      default:
        return s.substring(0, at)
            + Seeds.oneOf(r, "{", "}", "[", "]", ",", ":", "\"", "\\")
            + s.substring(at);
    }
  }

  /** Escapes a string for a JSON string literal (lone surrogates kept as escapes). */
  public static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c) || c > 0x7e) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
