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
