package dev.procoresync.qbd.qbxml;

import dev.procoresync.qbd.qbxml.internal.Latin1;

/**
 * The rule that reduces text to what QuickBooks Desktop stores: ISO-8859-1 (Latin-1) characters
 * only, since anything else makes QuickBooks refuse the whole message (hresult 0x80040400).
 *
 * <p>The rule, applied to every text the library writes: (1) Unicode NFC normalisation; (2)
 * typographic punctuation becomes its ASCII form (curly quotes become straight quotes, en and em
 * dashes and the minus sign become {@code -}, the ellipsis becomes {@code ...}, non-breaking and
 * other Unicode spaces become a space); (3) any other character outside Latin-1 is decomposed
 * (NFKD) and its Latin-1 base letters kept ({@code Ł} has none and becomes {@code ?}, {@code ź}
 * becomes {@code z}); (4) control characters other than tab, line feed and carriage return are
 * dropped. A character that survives none of these becomes {@code ?}. Length limits count
 * characters after this reduction (see decision 0401).
 *
 * <pre>{@code
 * QbText.reduce("Müller – “Bau” Łódź"); // "Müller - \"Bau\" ?ódz"
 * QbText.fit("General Conditions and Requirements", 31); // "General Conditions and Requirem"
 * }</pre>
 */
public final class QbText {
  private QbText() {}

  /**
   * Reduces text to Latin-1 by the rule above.
   *
   * @param text any text
   * @return the reduced text
   */
  public static String reduce(String text) {
    return Latin1.reduce(text);
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
    return Latin1.fit(text, max);
  }

  /**
   * Tells whether every character of {@code text} is in ISO-8859-1.
   *
   * @param text any text
   * @return {@code true} when QuickBooks can store it as it is
   */
  public static boolean isLatin1(String text) {
    return Latin1.isLatin1(text);
  }
}
