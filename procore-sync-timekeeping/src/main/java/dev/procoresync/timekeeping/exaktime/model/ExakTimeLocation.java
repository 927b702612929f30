package dev.procoresync.timekeeping.exaktime.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An ExakTime location (unverified route {@code /v1/Time/Locations}): a Procore project, or a sub
 * job as {@code PJA.SJB} / {@code 200.005}.
 */
@Value.Immutable
@JsonSerialize(as = ExakTimeLocationBuilder.ImmutableExakTimeLocation.class)
@JsonDeserialize(as = ExakTimeLocationBuilder.ImmutableExakTimeLocation.class)
public abstract class ExakTimeLocation {

  ExakTimeLocation() {}

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
   * The location ID (the project number, or project number, a dot and the sub job code).
   *
   * @return the location ID (the project number, or project number, a dot and the sub job code)
   */
  public abstract String identifier();

  /**
   * The name (the project name, or project name, a dot and the sub job name).
   *
   * @return the name (the project name, or project name, a dot and the sub job name)
   */
  public abstract String name();

  /**
   * The first address line.
   *
   * @return the first address line, or empty when not set
   */
  public abstract Optional<String> address1();

  /**
   * The city.
   *
   * @return the city, or empty when not set
   */
  public abstract Optional<String> city();

  /**
   * The state code.
   *
   * @return the state code, or empty when not set
   */
  public abstract Optional<String> state();

  /**
   * The zip code.
   *
   * @return the zip code, or empty when not set
   */
  public abstract Optional<String> zip();

  /**
   * The phone.
   *
   * @return the phone, or empty when not set
   */
  public abstract Optional<String> phone();

  /**
   * The start date.
   *
   * @return the start date, or empty when not set
   */
  public abstract Optional<LocalDate> startDate();

  /**
   * The latitude.
   *
   * @return the latitude, or empty when not set
   */
  public abstract Optional<BigDecimal> latitude();

  /**
   * The longitude.
   *
   * @return the longitude, or empty when not set
   */
  public abstract Optional<BigDecimal> longitude();

  /**
   * Whether the location is active.
   *
   * @return whether the location is active, or empty when not set
   */
  @JsonProperty("is_active")
  public abstract Optional<Boolean> isActive();

  /**
   * The location mobile group (the project, when projects are imported as mobile groups).
   *
   * @return the location mobile group (the project, when projects are imported as mobile groups),
   *     or empty when not set
   */
  public abstract Optional<String> mobileGroup();

  /**
   * The location category (the project, when projects are imported as location categories).
   *
   * @return the location category (the project, when projects are imported as location categories),
   *     or empty when not set
   */
  public abstract Optional<String> category();

  /**
   * Builds {@code ExakTimeLocation} values: a setter per attribute, {@code from(value)} and {@code
   * build()}. Not thread safe.
   */
  public static final class Builder extends ExakTimeLocationBuilder {
    Builder() {}
  }
}
