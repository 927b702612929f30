package dev.procoresync.testkit.http.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A route's path template: segments of literal text and placeholders {@code {name}} (any non-empty
 * text inside one segment) or {@code {name:regex}} (text matching the regex), several per segment
 * allowed ({@code /companies({id})/items}). Literal segments make a template more specific.
 */
public final class Template {
  private final String display;
  private final List<Segment> segments;
  private final int literalCount;

  private Template(String display, List<Segment> segments) {
    this.display = display;
    this.segments = segments;
    this.literalCount = (int) segments.stream().filter(s -> s.names.isEmpty()).count();
  }

  /**
   * Parses a template.
   *
   * @param template e.g. {@code /rest/v1.0/vendors/{id:\d+}}
   * @return the template
   * @throws IllegalArgumentException when it does not start with {@code /}, a brace is unbalanced
   *     or a regex is malformed
   */
  public static Template parse(String template) {
    if (!template.startsWith("/")) {
      throw new IllegalArgumentException("template must start with /, got: " + template);
    }
    List<Segment> segments = new ArrayList<>();
    StringBuilder display = new StringBuilder();
    for (String raw : template.substring(1).split("/", -1)) {
      display.append('/');
      StringBuilder regex = new StringBuilder();
      List<String> names = new ArrayList<>();
      int i = 0;
      while (i < raw.length()) {
        int open = raw.indexOf('{', i);
        if (open < 0) {
          regex.append(Pattern.quote(raw.substring(i)));
          display.append(raw, i, raw.length());
          break;
        }
        if (open > i) {
          regex.append(Pattern.quote(raw.substring(i, open)));
          display.append(raw, i, open);
        }
        int close = closing(raw, open, template);
        String inside = raw.substring(open + 1, close);
        int colon = inside.indexOf(':');
        String name = colon < 0 ? inside : inside.substring(0, colon);
        String constraint = colon < 0 ? "[^/]+?" : inside.substring(colon + 1);
        if (name.isEmpty()) {
          throw new IllegalArgumentException("placeholder without a name in: " + template);
        }
        regex.append("(?<p").append(names.size()).append('>').append(constraint).append(')');
        names.add(name);
        display.append('{').append(name).append('}');
        i = close + 1;
      }
      try {
        segments.add(new Segment(raw, Pattern.compile(regex.toString()), names));
      } catch (java.util.regex.PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "bad placeholder regex in " + template + ": " + e.getDescription(), e);
      }
    }
    return new Template(display.toString(), List.copyOf(segments));
  }

  private static int closing(String raw, int open, String template) {
    int depth = 0;
    for (int j = open; j < raw.length(); j++) {
      char c = raw.charAt(j);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
        if (depth == 0) {
          return j;
        }
      }
    }
    throw new IllegalArgumentException("unbalanced { in: " + template);
  }

  /**
   * Returns the template as shown in route lists: placeholders without their regex.
   *
   * @return e.g. {@code /rest/v1.0/vendors/{id}}
   */
  public String display() {
    return display;
  }

  /**
   * Returns how many segments hold no placeholder.
   *
   * @return the count
   */
  public int literalCount() {
    return literalCount;
  }

  /**
   * Matches a path.
   *
   * @param path the path without the query
   * @return the placeholders' values, or null when the path does not fit
   */
  public @Nullable Map<String, String> match(String path) {
    if (!path.startsWith("/")) {
      return null;
    }
    String[] actual = path.substring(1).split("/", -1);
    if (actual.length != segments.size()) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < actual.length; i++) {
      Segment segment = segments.get(i);
      if (segment.names.isEmpty()) {
        if (!segment.raw.equals(actual[i])) {
          return null;
        }
        continue;
      }
      Matcher m = segment.regex.matcher(actual[i]);
      if (!m.matches()) {
        return null;
      }
      for (int g = 0; g < segment.names.size(); g++) {
        params.put(segment.names.get(g), m.group("p" + g));
      }
    }
    return params;
  }

  @Override
  public String toString() {
    return display;
  }

  private static final class Segment {
    final String raw;
    final Pattern regex;
    final List<String> names;

    Segment(String raw, Pattern regex, List<String> names) {
      this.raw = raw;
      this.regex = regex;
      this.names = List.copyOf(names);
    }
  }
}
