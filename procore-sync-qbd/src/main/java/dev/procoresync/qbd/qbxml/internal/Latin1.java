package dev.procoresync.qbd.qbxml.internal;

import java.text.Normalizer;
import java.util.Objects;

/** The Latin-1 reduction rule documented on {@code dev.procoresync.qbd.qbxml.QbText}. */
public final class Latin1 {
  private Latin1() {}

  /**
   * Reduces text to Latin-1 by the rule above.
   *
   * @param text any text
   * @return the reduced text, never longer than {@code text} in code points plus two per ellipsis
   */
  public static String reduce(String text) {
    Objects.requireNonNull(text, "text");
    if (isLatin1(text) && noControls(text)) {
      return text;
    }
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    nfc.codePoints().forEach(cp -> append(out, cp));
    return out.toString();
  }

  /**
   * Reduces text and cuts it to at most {@code max} characters (for descriptions and memos, where
   * cutting loses nothing a user relies on; names are shortened by the mappings' own rules).
   *
   * @param text any text
   * @param max the most characters, at least 1
   * @return the reduced text, at most {@code max} characters, without trailing spaces
   * @throws IllegalArgumentException when {@code max} is less than 1
   */
  public static String fit(String text, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1 (was " + max + ")");
    }
    String reduced = reduce(text);
    return reduced.length() <= max ? reduced : reduced.substring(0, max).stripTrailing();
  }

  /**
   * Tells whether every character of {@code text} is in ISO-8859-1.
   *
   * @param text any text
   * @return {@code true} when QuickBooks can store it as it is
   */
  public static boolean isLatin1(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0xFF) {
        return false;
      }
    }
    return true;
  }

  private static boolean noControls(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isDroppedControl(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDroppedControl(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c < 0xA0);
  }

  private static void append(StringBuilder out, int cp) {
    if (isDroppedControl(cp)) {
      return;
    }
    if (cp <= 0xFF) {
      out.append((char) cp);
      return;
    }
    switch (cp) {
      case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032 -> out.append('\'');
      case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033 -> out.append('"');
      case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212 -> out.append('-');
      case 0x2026 -> out.append("...");
      case 0x2022 -> out.append('*');
      default -> {
        if (Character.isSpaceChar(cp)) {
          out.append(' ');
          return;
        }
        String decomposed =
            Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
          char c = decomposed.charAt(i);
          if (c <= 0xFF && !isDroppedControl(c)) {
            kept.append(c);
          }
        }
        out.append(kept.length() == 0 ? "?" : kept);
      }
    }
  }
}
