package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The answer of a Procore batch {@code sync} action: the records it created or updated and, for
 * each item it refused, the item as submitted with its errors.
 *
 * <p>Procore answers a sync with HTTP 200 even when some items fail, so a caller must always look
 * at {@link #errors()}. Decode it with the entity type as a type parameter (Retrofit does this from
 * a method's return type {@code Call<SyncResponse<Vendor>>}).
 *
 * <pre>{@code
 * SyncResponse<Vendor> answer = mapper.readValue(json, new TypeReference<SyncResponse<Vendor>>() {});
 * for (SyncError error : answer.errors()) {
 *   log.warn("{} refused: {}", error.originId().orElse("?"), error.messages());
 * }
 * }</pre>
 *
 * @param <T> the show representation of the synced records, such as {@link Vendor}
 */
public final class SyncResponse<T> {

  private final List<T> entities;
  private final List<SyncError> errors;

  @JsonCreator
  SyncResponse(
      @JsonProperty("entities") @Nullable List<T> entities,
      @JsonProperty("errors") @Nullable List<SyncError> errors) {
    this.entities = entities == null ? List.of() : List.copyOf(entities);
    this.errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /**
   * Creates a response, for tests and fakes.
   *
   * @param entities the records created or updated
   * @param errors the items refused
   * @param <T> the entity type
   * @return the response
   * @throws NullPointerException when an argument or an element is null
   */
  public static <T> SyncResponse<T> of(List<T> entities, List<SyncError> errors) {
    Objects.requireNonNull(entities, "entities");
    Objects.requireNonNull(errors, "errors");
    return new SyncResponse<>(entities, errors);
  }

  /**
   * Returns the records Procore created or updated, in their show representation.
   *
   * @return the entities, in the order Procore sent them (empty when none)
   */
  @JsonProperty("entities")
  public List<T> entities() {
    return entities;
  }

  /**
   * Returns the items Procore refused, each echoing what was submitted with its errors.
   *
   * @return the errors (empty when every item succeeded)
   */
  @JsonProperty("errors")
  public List<SyncError> errors() {
    return errors;
  }

  /**
   * Tells whether at least one item was refused.
   *
   * @return {@code true} when {@link #errors()} is not empty
   */
  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SyncResponse<?> that
        && entities.equals(that.entities)
        && errors.equals(that.errors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entities, errors);
  }

  @Override
  public String toString() {
    return "SyncResponse{entities=" + entities.size() + ", errors=" + errors + "}";
  }
}
