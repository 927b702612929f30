package dev.procoresync.core.origin;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.procoresync.core.validation.Validated;
import dev.procoresync.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The key of another system's record, as procore-sync writes it into Procore's {@code origin_id}:
 * {@code system:entity:key}.
 *
 * <ul>
 *   <li>{@code system}: the other system, lower-case letters, digits, {@code _} or {@code -}, such
 *       as {@code bc}, {@code busybusy}, {@code qbd}.
 *   <li>{@code entity}: the kind of record there, same characters, such as {@code job}, {@code
 *       vendor}, {@code time_entry}.
 *   <li>{@code key}: the record's key there, kept exactly as given: any text that is not blank and
 *       holds no control character (Unicode Cc, such as a line break), no format character (Cf,
 *       such as a zero-width space or a byte-order mark), no line or paragraph separator (U+2028,
 *       U+2029), no noncharacter (U+FFFE, U+FFFF, U+FDD0 to U+FDEF) and no lone surrogate; it may
 *       itself contain {@code ':'} (only the first two separate the parts).
 * </ul>
 *
 * <p>The formatted id is at most {@value #MAX_LENGTH} UTF-16 characters (decision records 0010 and
 * 0120): a target may store such characters altered or not at all, and the key would then never
 * match again, so that every run would rewrite (or duplicate) the record. Violation messages quote
 * at most the first 60 characters of a rejected value. Two ids are equal when their three parts
 * are; the JSON form is the formatted string.
 *
 * <pre>{@code
 * OriginId job = OriginId.of("bc", "job", "JOB000042");
 * job.format();                                   // "bc:job:JOB000042"
 * OriginId.parse("qbd:vendor:80000001-1234567890:X").value().key(); // "80000001-1234567890:X"
 * OriginId.parse("BC:job:1").violations();        // system 'BC' must be lower-case ...
 * }</pre>
 */
public final class OriginId {
  /** The longest formatted origin id accepted, in characters (decision record 0010). */
  public static final int MAX_LENGTH = 255;

  private static final Pattern NAME = Pattern.compile("[a-z0-9_-]+");
  private static final String FORM = "system:entity:key, such as bc:job:JOB000042";

  private final String system;
  private final String entity;
  private final String key;

  private OriginId(String system, String entity, String key) {
    this.system = system;
    this.entity = entity;
    this.key = key;
  }

  /**
   * Creates an origin id from parts known to be valid (constants, or values already validated).
   *
   * @param system the other system, such as {@code "bc"}
   * @param entity the kind of record, such as {@code "job"}
   * @param key the record's key in that system
   * @return the origin id
   * @throws IllegalArgumentException when a part is invalid; the message lists every violation
   * @throws NullPointerException when a part is {@code null}
   */
  public static OriginId of(String system, String entity, String key) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(key, "key");
    Validated<OriginId> id = validate(system, entity, key);
    if (!id.isValid()) {
      throw new IllegalArgumentException(messages(id.violations()));
    }
    return id.value();
  }

  /**
   * Validates parts that come from data (such as a key read from the other system).
   *
   * @param system the other system
   * @param entity the kind of record
   * @param key the record's key
   * @return the origin id, or a violation for every invalid part, each naming the field ({@code
   *     system}, {@code entity}, {@code key} or {@code originId}) and the rejected value
   */
  public static Validated<OriginId> validate(
      @Nullable String system, @Nullable String entity, @Nullable String key) {
    List<Violation> found = new ArrayList<>(3);
    checkName("system", system, "bc", found);
    checkName("entity", entity, "job", found);
    if (key == null || key.isBlank()) {
      found.add(
          Violation.of(
              "origin_id.key.blank",
              "key",
              key,
              "key "
                  + quote(key)
                  + " of an origin id is blank; give the record's key in the other system"));
    } else {
      int bad = firstUnsafe(key);
      if (bad >= 0) {
        char c = key.charAt(bad);
        boolean control = Character.isISOControl(c);
        found.add(
            Violation.of(
                control ? "origin_id.key.control" : "origin_id.key.character",
                "key",
                key,
                "key "
                    + quote(key)
                    + " of an origin id contains "
                    + (control ? "a control character (such as a line break)" : describe(key, bad))
                    + String.format(java.util.Locale.ROOT, " at index %d (U+%04X)", bad, (int) c)
                    + "; remove it, a target may not store it as given"));
      }
    }
    if (!found.isEmpty()) {
      return Validated.invalid(found);
    }
    String formatted = system + ':' + entity + ':' + key;
    if (formatted.length() > MAX_LENGTH) {
      return Validated.invalid(
          Violation.of(
              "origin_id.too_long",
              "originId",
              formatted,
              "origin id "
                  + quote(formatted)
                  + " is "
                  + formatted.length()
                  + " characters; at most "
                  + MAX_LENGTH
                  + " are accepted: shorten the key"));
    }
    return Validated.valid(new OriginId(system, entity, key));
  }

  /**
   * Reads the documented form {@code system:entity:key}.
   *
   * @param text the text, such as {@code "bc:job:JOB000042"}
   * @return the origin id, or violations naming the field and the rejected value: {@code originId}
   *     when the text is absent or lacks the two separators, {@code system}, {@code entity} or
   *     {@code key} when a part is invalid
   */
  public static Validated<OriginId> parse(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return Validated.invalid(
          Violation.of(
              "origin_id.blank",
              "originId",
              text,
              "origin id " + quote(text) + " is blank; expected " + FORM));
    }
    int first = text.indexOf(':');
    int second = first < 0 ? -1 : text.indexOf(':', first + 1);
    if (second < 0) {
      return Validated.invalid(
          Violation.of(
              "origin_id.format",
              "originId",
              text,
              "origin id " + quote(text) + " does not have three parts; expected " + FORM));
    }
    return validate(
        text.substring(0, first), text.substring(first + 1, second), text.substring(second + 1));
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static OriginId fromJson(String text) {
    Validated<OriginId> id = parse(text);
    if (!id.isValid()) {
      throw new IllegalArgumentException(messages(id.violations()));
    }
    return id.value();
  }

  /**
   * Returns the other system, such as {@code "bc"}.
   *
   * @return the system
   */
  public String system() {
    return system;
  }

  /**
   * Returns the kind of record, such as {@code "job"}.
   *
   * @return the entity
   */
  public String entity() {
    return entity;
  }

  /**
   * Returns the record's key in the other system, exactly as given.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the documented form, the value written to Procore's {@code origin_id}.
   *
   * @return {@code system:entity:key}; {@link #parse} reads it back into an equal id
   */
  @JsonValue
  public String format() {
    return system + ':' + entity + ':' + key;
  }

  private static void checkName(
      String field, @Nullable String value, String example, List<Violation> found) {
    if (value == null || !NAME.matcher(value).matches()) {
      found.add(
          Violation.of(
              "origin_id." + field + ".invalid",
              field,
              value,
              field
                  + " "
                  + quote(value)
                  + " of an origin id must be one or more lower-case letters, digits, '_' or '-',"
                  + " such as '"
                  + example
                  + "'"));
    }
  }

  private static String quote(@Nullable String value) {
    if (value == null) {
      return "(absent)";
    }
    if (value.length() <= 60) {
      return "'" + value + "'";
    }
    int cut = Character.isHighSurrogate(value.charAt(59)) ? 59 : 60;
    return "'" + value.substring(0, cut) + "…' (" + value.length() + " characters)";
  }

  /** Returns the index of the first character a key may not hold, or -1. */
  private static int firstUnsafe(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < key.length() && Character.isLowSurrogate(key.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, key.charAt(i + 1));
          if (Character.getType(cp) == Character.FORMAT || isNonCharacter(cp)) {
            return i;
          }
          i++;
          continue;
        }
        return i;
      }
      if (Character.isLowSurrogate(c)) {
        return i;
      }
      int type = Character.getType(c);
      if (type == Character.CONTROL
          || type == Character.FORMAT
          || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR
          || isNonCharacter(c)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isNonCharacter(int cp) {
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
  }

  private static String describe(String key, int at) {
    char c = key.charAt(at);
    if (Character.isSurrogate(c)) {
      return "a lone surrogate (half of a character, such as text cut in the middle)";
    }
    int type = Character.getType(c);
    if (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
      return "a line or paragraph separator";
    }
    if (type == Character.FORMAT || Character.isHighSurrogate(c)) {
      return "an invisible format character (such as a zero-width space)";
    }
    return "a noncharacter";
  }

  private static String messages(List<Violation> violations) {
    StringBuilder out = new StringBuilder("invalid origin id:");
    violations.forEach(v -> out.append(' ').append(v.message()).append(';'));
    out.setLength(out.length() - 1);
    return out.toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof OriginId other
        && system.equals(other.system)
        && entity.equals(other.entity)
        && key.equals(other.key);
  }

  @Override
  public int hashCode() {
    return Objects.hash(system, entity, key);
  }

  /**
   * Returns {@link #format()}.
   *
   * @return the documented form
   */
  @Override
  public String toString() {
    return format();
  }
}
