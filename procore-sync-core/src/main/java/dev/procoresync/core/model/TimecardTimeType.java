package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A time type such as regular time or overtime ({@code timecard_time_types}).
 *
 * <pre>{@code
 * TimecardTimeType regular = TimecardTimeType.builder().id(1L).timeType("Regular Time").abbreviatedTimeType("REG").build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = TimecardTimeTypeBuilder.ImmutableTimecardTimeType.class)
@JsonDeserialize(as = TimecardTimeTypeBuilder.ImmutableTimecardTimeType.class)
public abstract class TimecardTimeType {

  TimecardTimeType() {}

  /**
   * Returns a new, empty builder of {@code TimecardTimeType} values.
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
   * The time type's name, such as {@code Regular Time}.
   *
   * @return the time type's name, such as {@code Regular Time}, or empty when Procore leaves it out
   */
  public abstract Optional<String> timeType();

  /**
   * The short name, such as {@code REG}.
   *
   * @return the short name, such as {@code REG}, or empty when Procore leaves it out
   */
  public abstract Optional<String> abbreviatedTimeType();

  /**
   * The company owning the time type.
   *
   * @return the company owning the time type, or empty when Procore leaves it out
   */
  public abstract Optional<Long> companyId();

  /**
   * Whether Procore defines the time type for every company.
   *
   * @return Whether Procore defines the time type for every company, or empty when Procore leaves
   *     it out
   */
  public abstract Optional<Boolean> global();

  /**
   * Builds {@code TimecardTimeType} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends TimecardTimeTypeBuilder {
    Builder() {}
  }
}
