package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The status of a change event, with the fixed status it maps to. */
@Value.Immutable
@JsonSerialize(as = ImmutableChangeEventStatus.class)
@JsonDeserialize(as = ImmutableChangeEventStatus.class)
public abstract class ChangeEventStatus {

  ChangeEventStatus() {}

  /**
   * Returns a new, empty builder of {@code ChangeEventStatus} values.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset; a setter given {@code null} for a required attribute throws {@link
   * NullPointerException} naming it ({@code null} for an optional attribute leaves it empty).
   *
   * @return a new builder
   */
  public static ImmutableChangeEventStatus.Builder builder() {
    return ImmutableChangeEventStatus.builder();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy; this value is
   * left as it is.
   *
   * @return a new builder that starts from this value
   */
  public ImmutableChangeEventStatus.Builder toBuilder() {
    return ImmutableChangeEventStatus.builder().from(this);
  }

  /**
   * Procore's id of the record.
   *
   * @return Procore's id of the record, or empty when Procore leaves it out
   */
  public abstract Optional<Long> id();

  /**
   * The status's name, such as {@code Open}.
   *
   * @return the status's name, such as {@code Open}, or empty when Procore leaves it out
   */
  public abstract Optional<String> name();

  /**
   * The fixed status it stands for.
   *
   * @return the fixed status it stands for, or empty when Procore leaves it out
   */
  public abstract Optional<String> mappedToStatus();
}
