package dev.procoresync.core.http.internal;

/** A short, readable summary of a text or HTML body, computed in linear time. */
public final class BodyText {
  /** The longest summary returned, before the ellipsis. */
  public static final int MAX_TEXT = 300;

  private BodyText() {}

  /**
   * Summarizes a body: tags removed (with the content of {@code script} and {@code style}),
   * whitespace collapsed, cut at {@link #MAX_TEXT} characters.
   *
   * @param raw the body
   * @return the summary, possibly empty
   */
  public static String summary(String raw) {
    String t = raw.trim();
    t = t.startsWith("<") ? stripTags(t) : t.substring(0, Math.min(t.length(), MAX_TEXT * 4));
    t = collapse(t);
    return t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) + "..." : t;
  }

  private static String collapse(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Removes tags, and the content of {@code script} and {@code style} elements, in one pass: every
   * character is looked at a bounded number of times, so a body full of {@code <} costs linear
   * time. Stops once enough text for a summary is collected.
   *
   * @param s the HTML
   * @return the text
   */
  public static String stripTags(String s) {
    StringBuilder out = new StringBuilder();
    int n = s.length();
    int i = 0;
    while (i < n && out.length() <= MAX_TEXT * 4) {
      char c = s.charAt(i);
      if (c != '<') {
        out.append(c);
        i++;
        continue;
      }
      int close = s.indexOf('>', i + 1);
      if (close < 0) {
        break; // no tag ends after this point: nothing readable is left
      }
      String skipTo = null;
      if (s.regionMatches(true, i + 1, "script", 0, 6)) {
        skipTo = "</script";
      } else if (s.regionMatches(true, i + 1, "style", 0, 5)) {
        skipTo = "</style";
      }
      i = close + 1;
      if (skipTo != null) {
        int end = indexOfTag(s, skipTo, i);
        if (end < 0) {
          break;
        }
        int endClose = s.indexOf('>', end);
        if (endClose < 0) {
          break;
        }
        i = endClose + 1;
      }
      out.append(' ');
    }
    return out.toString();
  }

  private static int indexOfTag(String s, String needle, int from) {
    int j = from;
    while (true) {
      int lt = s.indexOf('<', j);
      if (lt < 0 || lt + needle.length() > s.length()) {
        return -1;
      }
      if (s.regionMatches(true, lt, needle, 0, needle.length())) {
        return lt;
      }
      j = lt + 1;
    }
  }
}
