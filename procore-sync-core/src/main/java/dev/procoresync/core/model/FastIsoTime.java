package dev.procoresync.core.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * A fast path in front of the {@code JavaTimeModule}'s deserializers of {@link Instant}, {@link
 * OffsetDateTime} and {@link LocalDate}, for the shapes Procore sends: {@code 2026-11-02}, {@code
 * 2026-11-02T12:00:00Z}, {@code 2026-11-02T07:00:00.123-05:00}.
 *
 * <p>{@code java.time}'s {@code DateTimeFormatter} spent about half of the time of decoding a page
 * of timecard entries. A string of exactly one of those shapes is read here into the same value the
 * module would give (same instant, same offset kept by {@code OffsetDateTime}); anything else
 * (another shape, an out-of-range field, a number, a blank string, a {@code @JsonFormat} pattern on
 * the property, or {@link DeserializationFeature#ADJUST_DATES_TO_CONTEXT_TIME_ZONE} enabled on an
 * {@code OffsetDateTime}) goes to the module's deserializer unchanged, which also produces every
 * error.
 */
final class FastIsoTime extends BeanDeserializerModifier {
  private static final long serialVersionUID = 1L;

  @Override
  public JsonDeserializer<?> modifyDeserializer(
      DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
    Class<?> type = description.getBeanClass();
    if (type == Instant.class || type == OffsetDateTime.class || type == LocalDate.class) {
      return new Fast(deserializer, type, true);
    }
    return deserializer;
  }

  /** Wraps the module's deserializer; reads the common shapes itself while {@code enabled}. */
  private static final class Fast extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    /** The type read: {@code Instant}, {@code OffsetDateTime} or {@code LocalDate}. */
    private final Class<?> type;

    /** False once a property-specific format has changed the delegate. */
    private final boolean enabled;

    Fast(JsonDeserializer<?> delegate, Class<?> type, boolean enabled) {
      super(delegate);
      this.type = type;
      this.enabled = enabled;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new Fast(delegate, type, enabled);
    }

    @Override
    public JsonDeserializer<?> createContextual(
        DeserializationContext context, @Nullable BeanProperty property)
        throws JsonMappingException {
      JsonDeserializer<?> contextual =
          context.handleSecondaryContextualization(
              _delegatee, property, context.constructType(type));
      if (contextual == _delegatee) {
        return this;
      }
      // a @JsonFormat (pattern, leniency, time zone) applies: leave every string to the module
      return new Fast(contextual, type, false);
    }

    @Override
    public @Nullable Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (enabled && parser.hasToken(JsonToken.VALUE_STRING)) {
        Object value = parse(parser.getText(), context);
        if (value != null) {
          return value;
        }
      }
      return super.deserialize(parser, context);
    }

    private @Nullable Object parse(String text, DeserializationContext context) {
      if (type == LocalDate.class) {
        return localDate(text);
      }
      if (type == Instant.class) {
        OffsetDateTime time = offsetDateTime(text);
        return time == null ? null : time.toInstant();
      }
      if (context.isEnabled(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)) {
        return null;
      }
      return offsetDateTime(text);
    }
  }

  /**
   * Reads {@code yyyy-MM-dd} exactly.
   *
   * @param s the text
   * @return the date, or {@code null} when {@code s} has another shape or an impossible date
   */
  static @Nullable LocalDate localDate(String s) {
    if (s.length() != 10 || !dateShape(s)) {
      return null;
    }
    try {
      return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Reads {@code yyyy-MM-ddTHH:mm:ss}, an optional fraction of 1 to 9 digits, then {@code Z} or
   * {@code +HH:MM} / {@code -HH:MM}, exactly.
   *
   * @param s the text
   * @return the time with its offset, or {@code null} when {@code s} has another shape or an
   *     impossible field
   */
  static @Nullable OffsetDateTime offsetDateTime(String s) {
    int n = s.length();
    if (n < 20
        || !dateShape(s)
        || s.charAt(10) != 'T'
        || s.charAt(13) != ':'
        || s.charAt(16) != ':'
        || !allDigits(s, 11, 13)
        || !allDigits(s, 14, 16)
        || !allDigits(s, 17, 19)) {
      return null;
    }
    int i = 19;
    int nano = 0;
    if (s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      int count = i - start;
      if (count < 1 || count > 9) {
        return null;
      }
      nano = digits(s, start, i);
      for (int k = count; k < 9; k++) {
        nano *= 10;
      }
    }
    if (i >= n) {
      return null;
    }
    ZoneOffset offset;
    char sign = s.charAt(i);
    try {
      if (sign == 'Z' && i + 1 == n) {
        offset = ZoneOffset.UTC;
      } else if ((sign == '+' || sign == '-')
          && i + 6 == n
          && s.charAt(i + 3) == ':'
          && allDigits(s, i + 1, i + 3)
          && allDigits(s, i + 4, i + 6)) {
        int hours = digits(s, i + 1, i + 3);
        int minutes = digits(s, i + 4, i + 6);
        if (minutes > 59) {
          return null;
        }
        int seconds = hours * 3600 + minutes * 60;
        offset = ZoneOffset.ofTotalSeconds(sign == '-' ? -seconds : seconds);
      } else {
        return null;
      }
      LocalDateTime local =
          LocalDateTime.of(
              digits(s, 0, 4),
              digits(s, 5, 7),
              digits(s, 8, 10),
              digits(s, 11, 13),
              digits(s, 14, 16),
              digits(s, 17, 19),
              nano);
      return OffsetDateTime.of(local, offset);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean dateShape(String s) {
    return s.charAt(4) == '-'
        && s.charAt(7) == '-'
        && allDigits(s, 0, 4)
        && allDigits(s, 5, 7)
        && allDigits(s, 8, 10);
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }
}
