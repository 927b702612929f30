package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A project crew ({@code /rest/v1.0/projects/{project_id}/crews}). */
@Value.Immutable
@JsonSerialize(as = CrewBuilder.ImmutableCrew.class)
@JsonDeserialize(as = CrewBuilder.ImmutableCrew.class)
public abstract class Crew {

  Crew() {}

  /**
   * Returns a new, empty builder of {@code Crew} values.
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
   * Procore's id of the record.
   *
   * @return Procore's id of the record (Procore always sends it)
   */
  public abstract long id();

  /**
   * The crew's name.
   *
   * @return the crew's name, or empty when Procore leaves it out
   */
  public abstract Optional<String> name();

  /**
   * The crew lead.
   *
   * @return the crew lead, or empty when Procore leaves it out
   */
  public abstract Optional<CrewMember> leadParty();

  /**
   * The crew's members.
   *
   * @return the crew's members (empty when none)
   */
  public abstract List<CrewMember> members();

  /**
   * When the record was created.
   *
   * @return When the record was created, or empty when Procore leaves it out
   */
  public abstract Optional<Instant> createdAt();

  /**
   * When the record was last updated.
   *
   * @return When the record was last updated, or empty when Procore leaves it out
   */
  public abstract Optional<Instant> updatedAt();

  /**
   * Builds {@code Crew} values: a setter per attribute (plus {@code add*}/{@code addAll*} for lists
   * and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a value, and
   * {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder is not
   * thread safe.
   */
  public static final class Builder extends CrewBuilder {
    Builder() {}
  }
}
