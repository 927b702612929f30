package dev.procoresync.timekeeping.model;

import java.time.ZoneId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A place time is kept against: a busybusy project (up to seven levels deep), an ExakTime location
 * or a ServiceTrade location. {@link #parentId()} links a sub-project to its parent.
 *
 * <pre>{@code
 * Location home = Location.builder().id("p-1").name("Johnson Home").build();
 * Location concrete = Location.builder().id("p-2").name("Concrete").parentId("p-1").build();
 * Location depot = Location.builder().id("p-3").name("Depot").address("1 Main St").city("Denver")
 *     .state("CO").postalCode("80202").build();
 * }</pre>
 */
@Value.Immutable
public abstract class Location {
  Location() {}

  /**
   * Returns a new, empty builder; {@code build()} throws {@link IllegalStateException} naming every
   * required attribute left unset and {@link IllegalArgumentException} when the id or name is blank
   * or the location names itself as parent.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this value's attributes, to make a changed copy.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Returns the source's key.
   *
   * @return the id, never blank
   */
  public abstract String id();

  /**
   * Returns the name users see.
   *
   * @return the name, never blank
   */
  public abstract String name();

  /**
   * Returns the number or code users see (a project number, {@code PJA.SJB}).
   *
   * @return the code, if any
   */
  public abstract Optional<String> code();

  /**
   * Returns the key of the parent location.
   *
   * @return the parent's id; empty for a top-level location
   */
  public abstract Optional<String> parentId();

  /**
   * Returns the location's time zone.
   *
   * @return the zone, if the source states one
   */
  public abstract Optional<ZoneId> zone();

  /**
   * Returns the street address (busybusy's {@code projectInfo.address1}, Procore's {@code
   * address}).
   *
   * @return the street address, if the source states one
   */
  public abstract Optional<String> address();

  /**
   * Returns the city.
   *
   * @return the city, if the source states one
   */
  public abstract Optional<String> city();

  /**
   * Returns the state or province as the source writes it (Procore's {@code state_code}, such as
   * {@code CO}).
   *
   * @return the state, if the source states one
   */
  public abstract Optional<String> state();

  /**
   * Returns the postal code (busybusy's {@code postalCode}, Procore's {@code zip}).
   *
   * @return the postal code, if the source states one
   */
  public abstract Optional<String> postalCode();

  /**
   * Tells whether the location is archived in the source.
   *
   * @return {@code true} when archived
   */
  @Value.Default
  public boolean archived() {
    return false;
  }

  @Value.Check
  void check() {
    Checks.notBlank("location id", id());
    Checks.notBlank("location " + id() + " name", name());
    if (parentId().isPresent() && parentId().get().equals(id())) {
      throw new IllegalArgumentException(
          "location " + id() + " parentId must not be its own id, got '" + id() + "'");
    }
  }

  /**
   * Builds {@link Location} values: a setter per attribute, {@code from(value)} and {@code
   * build()}. Not thread safe.
   */
  public static final class Builder extends LocationBuilder {
    Builder() {}
  }
}
