package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON configuration of Procore's wire format, shared by the client, the testkit's fake and
 * user code.
 *
 * <p>The mapper it builds:
 *
 * <ul>
 *   <li>names properties in {@code snake_case} ({@code originId} travels as {@code origin_id});
 *   <li>ignores fields it does not know, so new Procore fields never break a sync;
 *   <li>reads enum values it does not know as the enum's {@code UNKNOWN} constant;
 *   <li>reads money and hours into {@link java.math.BigDecimal} from a string ({@code "8.50"}) or a
 *       number ({@code 8.50}), keeping the scale (also through {@code JsonNode} trees), and writes
 *       them in plain notation;
 *   <li>reads and writes {@link java.time.LocalDate} ({@code 2026-11-02}), {@link
 *       java.time.Instant} and {@link java.time.OffsetDateTime} as ISO-8601 text (an offset in the
 *       input is kept by {@code OffsetDateTime} and converted to UTC by {@code Instant}); the
 *       shapes Procore sends ({@code 2026-11-02T07:00:00.5-05:00}, {@code ...Z}) are read without
 *       {@code DateTimeFormatter}, into the same values, which roughly halves the time of decoding
 *       a page of time entries;
 *   <li>reads an empty string as absent for numbers and dates (Procore sends {@code ""} for some
 *       blank amounts), and for enums (a blank status is no status, not an unknown one);
 *   <li>fails with Jackson's own {@code JsonProcessingException}, never with a JDK exception, on
 *       values no Java type can hold (a number such as {@code 1e-2147483649}, a numeric time beyond
 *       {@code Instant}'s range), in records and in trees alike;
 *   <li>leaves absent values out of what it writes ({@code Optional.empty()} and {@code null} are
 *       not sent, nor are empty lists and maps), so a PATCH never clears a field or a list by
 *       accident.
 * </ul>
 *
 * <pre>{@code
 * Vendor vendor = ProcoreJson.mapper().readValue(json, Vendor.class);
 * String body = ProcoreJson.mapper().writeValueAsString(vendor);
 * }</pre>
 */
public final class ProcoreJson {

  private static final ObjectMapper SHARED = newMapper();

  private ProcoreJson() {}

  /**
   * Returns the shared mapper configured for Procore's wire format.
   *
   * <p>The instance is thread safe for reading and writing. Do not reconfigure it (that would
   * change every user of the library in the JVM): call {@link #newMapper()} for a copy to adjust.
   *
   * @return the shared mapper
   */
  public static ObjectMapper mapper() {
    return SHARED;
  }

  /**
   * Builds a new mapper with Procore's wire configuration, free to be adjusted by the caller.
   *
   * @return a new mapper
   */
  public static ObjectMapper newMapper() {
    JsonMapper mapper =
        JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .addModule(
                new SimpleModule("procore-blank-enums").setDeserializerModifier(new BlankEnums()))
            .addModule(
                new SimpleModule("procore-fast-iso-time")
                    .setDeserializerModifier(new FastIsoTime()))
            .addModule(OutOfRangeValues.module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_ABSENT, JsonInclude.Include.ALWAYS))
            .build();
    JsonInclude.Value nonEmpty =
        JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS);
    mapper.configOverride(List.class).setInclude(nonEmpty);
    mapper.configOverride(Map.class).setInclude(nonEmpty);
    mapper
        .coercionConfigDefaults()
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
    return mapper;
  }

  /** Reads a blank string as no value for every enum, before the unknown-value default applies. */
  private static final class BlankEnums extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(
        DeserializationConfig config,
        JavaType type,
        BeanDescription description,
        JsonDeserializer<?> deserializer) {
      return new BlankAsNull(deserializer);
    }
  }

  /** Wraps an enum deserializer: a blank string is {@code null}, anything else is delegated. */
  private static final class BlankAsNull extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    BlankAsNull(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new BlankAsNull(delegate);
    }

    @Override
    public @Nullable Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (parser.hasToken(JsonToken.VALUE_STRING) && parser.getText().isBlank()) {
        return null;
      }
      return super.deserialize(parser, context);
    }
  }
}
