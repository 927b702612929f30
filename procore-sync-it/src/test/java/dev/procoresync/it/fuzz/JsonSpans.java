package dev.procoresync.it.fuzz;

import java.util.ArrayList;
import java.util.List;

/** Finds the spans of JSON values in a JSON text, without a parser (tolerates damaged text). */
final class JsonSpans {
  private JsonSpans() {}

  /** [start, end) of every value that follows a ':' or sits in an array, nested ones included. */
  static List<int[]> values(String s) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        i = endOfString(s, i) - 1;
        continue;
      }
      if (c == ':' || c == '[' || c == ',') {
        int start = i + 1;
        while (start < s.length() && s.charAt(start) == ' ') {
          start++;
        }
        int end = endOfValue(s, start);
        if (end > start) {
          out.add(new int[] {start, end});
        }
      }
    }
    return out;
  }

  private static int endOfString(String s, int quote) {
    int i = quote + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '"') {
        return i + 1;
      } else {
        i++;
      }
    }
    return s.length();
  }

  private static int endOfValue(String s, int start) {
    if (start >= s.length()) {
      return start;
    }
    char c = s.charAt(start);
    if (c == '"') {
      return endOfString(s, start);
    }
    if (c == '{' || c == '[') {
      int depth = 0;
      int i = start;
      while (i < s.length()) {
        char d = s.charAt(i);
        if (d == '"') {
          i = endOfString(s, i);
          continue;
        }
        if (d == '{' || d == '[') {
          depth++;
        } else if (d == '}' || d == ']') {
          depth--;
          if (depth == 0) {
            return i + 1;
          }
        }
        i++;
      }
      return s.length();
    }
    int i = start;
    while (i < s.length() && ",}] \n".indexOf(s.charAt(i)) < 0) {
      i++;
    }
    return i;
  }
}
