package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A budget code as nested in another record. */
@Value.Immutable
@JsonSerialize(as = ImmutableWbsCodeRef.class)
@JsonDeserialize(as = ImmutableWbsCodeRef.class)
public abstract class WbsCodeRef {

  WbsCodeRef() {}

  /**
   * Procore's id of the record.
   *
   * @return Procore's id of the record, or empty when Procore leaves it out
   */
  public abstract Optional<Long> id();

  /**
   * The budget code, such as {@code 06-200.L}.
   *
   * @return the budget code, such as {@code 06-200.L}, or empty when Procore leaves it out
   */
  public abstract Optional<String> flatCode();

  /**
   * The budget code's description.
   *
   * @return the budget code's description, or empty when Procore leaves it out
   */
  public abstract Optional<String> description();
}
