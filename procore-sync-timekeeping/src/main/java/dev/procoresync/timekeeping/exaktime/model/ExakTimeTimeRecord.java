package dev.procoresync.timekeeping.exaktime.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An ExakTime time record (unverified route {@code /v1/Time/TimeRecords}): an employee's clock-in
 * and clock-out at a location, with a cost code.
 */
@Value.Immutable
@JsonSerialize(as = ExakTimeTimeRecordBuilder.ImmutableExakTimeTimeRecord.class)
@JsonDeserialize(as = ExakTimeTimeRecordBuilder.ImmutableExakTimeTimeRecord.class)
public abstract class ExakTimeTimeRecord {

  ExakTimeTimeRecord() {}

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
   * ExakTime's id of the record.
   *
   * @return ExakTime's id of the record
   */
  public abstract long id();

  /**
   * The employee's identifier.
   *
   * @return the employee's identifier
   */
  public abstract String employeeId();

  /**
   * The location's identifier ({@code 200} or {@code 200.005}).
   *
   * @return the location's identifier ({@code 200} or {@code 200.005})
   */
  public abstract String locationId();

  /**
   * The cost code's identifier.
   *
   * @return the cost code's identifier, or empty when not set
   */
  public abstract Optional<String> costCodeId();

  /**
   * The clock-in time.
   *
   * @return the clock-in time
   */
  public abstract Instant timeIn();

  /**
   * The clock-out time (empty while the employee is clocked in).
   *
   * @return the clock-out time (empty while the employee is clocked in), or empty when not set
   */
  public abstract Optional<Instant> timeOut();

  /**
   * When the record last changed.
   *
   * @return when the record last changed, or empty when not set
   */
  public abstract Optional<Instant> modifiedAt();

  /**
   * Builds {@code ExakTimeTimeRecord} values: a setter per attribute, {@code from(value)} and
   * {@code build()}. Not thread safe.
   */
  public static final class Builder extends ExakTimeTimeRecordBuilder {
    Builder() {}
  }
}
