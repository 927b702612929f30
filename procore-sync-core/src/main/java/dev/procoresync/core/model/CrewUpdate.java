package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The writable attributes of a crew: the body of a create or update (wrapped as {@code crew}). */
@Value.Immutable
@JsonSerialize(as = ImmutableCrewUpdate.class)
@JsonDeserialize(as = ImmutableCrewUpdate.class)
public abstract class CrewUpdate {

  CrewUpdate() {}

  /**
   * The crew's name.
   *
   * @return the crew's name, or empty when Procore leaves it out
   */
  public abstract Optional<String> name();

  /**
   * The crew lead (a person id).
   *
   * @return the crew lead (a person id), or empty when Procore leaves it out
   */
  public abstract Optional<Long> leadPartyId();

  /**
   * The members (person ids); an empty list is not sent.
   *
   * @return the members (person ids); an empty list is not sent (empty when none)
   */
  public abstract List<Long> partyIds();
}
