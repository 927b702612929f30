package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@code {"data": ...}} wrapper of REST v2 answers and of some v1.0 ones (budget changes).
 *
 * <pre>{@code
 * DataEnvelope<BudgetChange> answer =
 *     mapper.readValue(json, new TypeReference<DataEnvelope<BudgetChange>>() {});
 * BudgetChange change = answer.data();
 * }</pre>
 *
 * @param <T> the wrapped value's type, such as {@link BudgetChange} or a {@code List} of it
 */
public final class DataEnvelope<T> {

  private final T data;

  @JsonCreator
  DataEnvelope(@JsonProperty("data") @Nullable T data) {
    if (data == null) {
      throw new IllegalArgumentException("the answer has no \"data\" member");
    }
    this.data = data;
  }

  /**
   * Wraps a value, for tests and fakes.
   *
   * @param data the value
   * @param <T> the value's type
   * @return the envelope
   * @throws NullPointerException when {@code data} is null
   */
  public static <T> DataEnvelope<T> of(T data) {
    return new DataEnvelope<>(Objects.requireNonNull(data, "data"));
  }

  /**
   * Returns the wrapped value.
   *
   * @return the value of the {@code data} member
   */
  @JsonProperty("data")
  public T data() {
    return data;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof DataEnvelope<?> that && data.equals(that.data);
  }

  @Override
  public int hashCode() {
    return data.hashCode();
  }

  @Override
  public String toString() {
    return "DataEnvelope{data=" + data + "}";
  }
}
