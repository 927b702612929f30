package dev.procoresync.core.mapping.reconcile;

import java.text.Normalizer.Form;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a raw key value into the form that is compared. A normalizer that returns {@code null} or
 * an empty string means "no key": the record does not take part in matching on that key.
 *
 * <pre>{@code
 * Normalizer.personName().normalize("  José   GARCÍA ");  // "jose garcia"
 * Normalizer.email().normalize(" Ann@Example.COM ");      // "ann@example.com"
 * Normalizer.caseInsensitive().normalize(" p-100 ");     // "P-100"
 * }</pre>
 */
@FunctionalInterface
public interface Normalizer {

  /**
   * Normalizes one value.
   *
   * @param raw the raw value, or {@code null}
   * @return the comparable form; {@code null} or empty when the value is absent
   */
  @Nullable String normalize(@Nullable String raw);

  /**
   * Compares values exactly as given.
   *
   * @return the normalizer
   */
  static Normalizer exact() {
    return raw -> raw;
  }

  /**
   * Trims surrounding whitespace (employee ids, project numbers, cost codes).
   *
   * @return the normalizer
   */
  static Normalizer trimmed() {
    return raw -> raw == null ? null : raw.strip();
  }

  /**
   * Trims and ignores case (upper-cased with the root locale).
   *
   * @return the normalizer
   */
  static Normalizer caseInsensitive() {
    return raw -> raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
  }

  /**
   * Trims and lower-cases an e-mail address (the whole address, a common practical rule).
   *
   * @return the normalizer
   */
  static Normalizer email() {
    return raw -> raw == null ? null : raw.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Normalizes a person's or project's name: Unicode compatibility decomposition, accents removed,
   * lower case (root locale), every run of whitespace collapsed to one space, trimmed.
   *
   * @return the normalizer
   */
  static Normalizer personName() {
    Pattern marks = Pattern.compile("\\p{M}+");
    Pattern spaces = Pattern.compile("[\\s\\p{Z}]+");
    return raw -> {
      if (raw == null) {
        return null;
      }
      String decomposed = java.text.Normalizer.normalize(raw, Form.NFKD);
      String plain = marks.matcher(decomposed).replaceAll("");
      return spaces.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    };
  }
}
