package dev.procoresync.core.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.DateTimeException;
import org.jspecify.annotations.Nullable;

/**
 * Turns the JDK exceptions that some deserializers let escape on values out of range into Jackson's
 * own {@link JsonMappingException}, so that whatever a server sends, reading it through {@link
 * ProcoreJson} ends in a value or in a {@code JsonProcessingException}.
 *
 * <p>Found by fuzzing: Jackson's number parsing throws {@link NumberFormatException} on exponents
 * {@code BigDecimal} cannot hold ({@code 1e-2147483649}), including while reading a tree; the
 * {@code JavaTimeModule} throws {@link DateTimeException} and {@link ArithmeticException} on
 * numeric timestamps beyond {@code Instant}'s range. Every scalar, tree and untyped deserializer is
 * wrapped; bean deserializers are not (their properties' deserializers are).
 */
final class OutOfRangeValues {
  private OutOfRangeValues() {}

  /** The module: register it after every module that adds deserializers. */
  static SimpleModule module() {
    SimpleModule module = new SimpleModule("procore-out-of-range");
    module.setDeserializerModifier(new Modifier());
    module.addDeserializer(
        JsonNode.class,
        new Guarded(JsonNodeDeserializer.getDeserializer(JsonNode.class)).typed(JsonNode.class));
    module.addDeserializer(
        ObjectNode.class,
        new Guarded(JsonNodeDeserializer.getDeserializer(ObjectNode.class))
            .typed(ObjectNode.class));
    module.addDeserializer(
        ArrayNode.class,
        new Guarded(JsonNodeDeserializer.getDeserializer(ArrayNode.class)).typed(ArrayNode.class));
    return module;
  }

  private static final class Modifier extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyDeserializer(
        DeserializationConfig config,
        BeanDescription description,
        JsonDeserializer<?> deserializer) {
      if (deserializer instanceof BeanDeserializerBase) {
        return deserializer;
      }
      return new Guarded(deserializer);
    }
  }

  /** Wraps a deserializer: a value out of range becomes a {@link JsonMappingException}. */
  static final class Guarded extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    Guarded(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @SuppressWarnings("unchecked")
    <T> JsonDeserializer<T> typed(Class<T> type) {
      return (JsonDeserializer<T>) this;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new Guarded(delegate);
    }

    @Override
    public @Nullable Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      try {
        return super.deserialize(parser, context);
      } catch (NumberFormatException | ArithmeticException | DateTimeException e) {
        throw outOfRange(parser, e);
      }
    }

    @Override
    public @Nullable Object deserializeWithType(
        JsonParser parser, DeserializationContext context, TypeDeserializer types)
        throws IOException {
      try {
        return super.deserializeWithType(parser, context, types);
      } catch (NumberFormatException | ArithmeticException | DateTimeException e) {
        throw outOfRange(parser, e);
      }
    }

    private static JsonMappingException outOfRange(JsonParser parser, RuntimeException e) {
      return JsonMappingException.from(parser, "value out of range: " + e.getMessage(), e);
    }
  }
}
