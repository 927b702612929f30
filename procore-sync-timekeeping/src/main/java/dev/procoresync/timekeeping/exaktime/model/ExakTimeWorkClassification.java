package dev.procoresync.timekeeping.exaktime.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An ExakTime work classification (<b>unverified</b> route {@code /v1/Time/WorkClassifications},
 * decision 0323): SyncLinx imports Procore's work classifications alongside employees, which refer
 * to them by this identifier (the Procore id).
 *
 * <pre>{@code
 * ExakTimeWorkClassification x = ExakTimeWorkClassification.builder().identifier("17").name("Journeyman").isActive(true).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ExakTimeWorkClassificationBuilder.ImmutableExakTimeWorkClassification.class)
@JsonDeserialize(as = ExakTimeWorkClassificationBuilder.ImmutableExakTimeWorkClassification.class)
public abstract class ExakTimeWorkClassification {

  ExakTimeWorkClassification() {}

  /**
   * Returns a new, empty builder.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset; a setter given {@code null} for a required attribute throws {@link
   * NullPointerException} naming it.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * The identifier (SyncLinx puts the Procore work classification id here).
   *
   * @return the identifier (the Procore work classification id)
   */
  public abstract String identifier();

  /**
   * The name users see.
   *
   * @return the name users see
   */
  public abstract String name();

  /**
   * The short name.
   *
   * @return the short name, or empty when not set
   */
  public abstract Optional<String> abbreviation();

  /**
   * Whether the record is active (records are never deleted, only deactivated).
   *
   * @return whether the record is active, or empty when not set
   */
  @JsonProperty("is_active")
  public abstract Optional<Boolean> isActive();

  @Value.Check
  void check() {
    if (identifier().isBlank() || name().isBlank()) {
      throw new IllegalArgumentException(
          "ExakTimeWorkClassification identifier and name must not be blank, got '"
              + identifier()
              + "', '"
              + name()
              + "'");
    }
  }

  /**
   * Builds {@code ExakTimeWorkClassification} values: a setter per attribute, {@code from(value)}
   * and {@code build()}. Not thread safe.
   */
  public static final class Builder extends ExakTimeWorkClassificationBuilder {
    Builder() {}
  }
}
