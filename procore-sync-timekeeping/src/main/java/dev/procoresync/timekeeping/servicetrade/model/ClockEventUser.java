package dev.procoresync.timekeeping.servicetrade.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The technician a clock event belongs to, as a clock event names them. */
@Value.Immutable
@JsonSerialize(as = ClockEventUserBuilder.ImmutableClockEventUser.class)
@JsonDeserialize(as = ClockEventUserBuilder.ImmutableClockEventUser.class)
public abstract class ClockEventUser {

  ClockEventUser() {}

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
   * The user's ServiceTrade id.
   *
   * @return the user's ServiceTrade id
   */
  public abstract long id();

  /**
   * The user's name.
   *
   * @return the user's name, or empty when not set
   */
  public abstract Optional<String> name();

  /**
   * Builds {@code ClockEventUser} values: a setter per attribute, {@code from(value)} and {@code
   * build()}. Not thread safe.
   */
  public static final class Builder extends ClockEventUserBuilder {
    Builder() {}
  }
}
