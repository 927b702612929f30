package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The writable attributes of a crew: the body of a create or update (wrapped as {@code crew}). */
@Value.Immutable
@JsonSerialize(as = CrewUpdateBuilder.ImmutableCrewUpdate.class)
@JsonDeserialize(as = CrewUpdateBuilder.ImmutableCrewUpdate.class)
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
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy; this value is
   * left as it is.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
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

  /**
   * Builds {@code CrewUpdate} values: a setter per attribute (plus {@code add*}/{@code addAll*} for
   * lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a value,
   * and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder is not
   * thread safe.
   */
  public static final class Builder extends CrewUpdateBuilder {
    Builder() {}
  }
}
