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
   * Returns a new, empty builder of {@code CrewUpdate} values.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset; a setter given {@code null} for a required attribute throws {@link
   * NullPointerException} naming it ({@code null} for an optional attribute leaves it empty).
   *
   * @return a new builder
   */
  public static ImmutableCrewUpdate.Builder builder() {
    return ImmutableCrewUpdate.builder();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy; this value is
   * left as it is.
   *
   * @return a new builder that starts from this value
   */
  public ImmutableCrewUpdate.Builder toBuilder() {
    return ImmutableCrewUpdate.builder().from(this);
  }

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
