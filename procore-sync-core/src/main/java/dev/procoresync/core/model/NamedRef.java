package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to another Procore record as it is nested in a response: its id and, when Procore
 * sends it, its name (a party, crew, company, project stage, sub job...).
 *
 * <pre>{@code
 * NamedRef crew = ImmutableNamedRef.builder().id(12L).name("Framing crew").build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNamedRef.class)
@JsonDeserialize(as = ImmutableNamedRef.class)
public abstract class NamedRef {

  NamedRef() {}

  /**
   * Procore's id of the record.
   *
   * @return Procore's id of the record, or empty when Procore leaves it out
   */
  public abstract Optional<Long> id();

  /**
   * The referenced record's name.
   *
   * @return the referenced record's name, or empty when Procore leaves it out
   */
  public abstract Optional<String> name();
}
