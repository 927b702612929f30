package dev.procoresync.timekeeping.servicetrade.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A ServiceTrade user, such as a technician ({@code /api/user}). */
@Value.Immutable
@JsonSerialize(as = ServiceTradeUserBuilder.ImmutableServiceTradeUser.class)
@JsonDeserialize(as = ServiceTradeUserBuilder.ImmutableServiceTradeUser.class)
public abstract class ServiceTradeUser {

  ServiceTradeUser() {}

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
   * ServiceTrade's id.
   *
   * @return ServiceTrade's id
   */
  public abstract long id();

  /**
   * The user's name.
   *
   * @return the user's name, or empty when not set
   */
  public abstract Optional<String> name();

  /**
   * The ids of this user in other systems, by system.
   *
   * @return the ids of this user in other systems, by system (empty when none)
   */
  public abstract Map<String, String> externalIds();

  /**
   * Returns the Procore employee id assigned to this technician, the {@code procore_employee_id}
   * entry of {@link #externalIds()} (decision 0321).
   *
   * @return the employee id, or empty when none is assigned or it is blank
   */
  public Optional<String> procoreEmployeeId() {
    return Optional.ofNullable(externalIds().get(PROCORE_EMPLOYEE_ID))
        .map(String::trim)
        .filter(s -> !s.isEmpty());
  }

  /** The key of {@link #externalIds()} that holds the Procore employee id. */
  public static final String PROCORE_EMPLOYEE_ID = "procore_employee_id";

  /**
   * Builds {@code ServiceTradeUser} values: a setter per attribute, {@code from(value)} and {@code
   * build()}. Not thread safe.
   */
  public static final class Builder extends ServiceTradeUserBuilder {
    Builder() {}
  }
}
