package dev.procoresync.timekeeping.servicetrade.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A job at a location ({@code /api/job}): what technicians clock in and out of. */
@Value.Immutable
@JsonSerialize(as = ServiceTradeJobBuilder.ImmutableServiceTradeJob.class)
@JsonDeserialize(as = ServiceTradeJobBuilder.ImmutableServiceTradeJob.class)
public abstract class ServiceTradeJob {

  ServiceTradeJob() {}

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
   * ServiceTrade's id (empty before the job is created).
   *
   * @return ServiceTrade's id (empty before the job is created), or empty when not set
   */
  public abstract Optional<Long> id();

  /**
   * The job number users see.
   *
   * @return the job number users see, or empty when not set
   */
  public abstract Optional<Long> number();

  /**
   * The job's name.
   *
   * @return the job's name, or empty when not set
   */
  public abstract Optional<String> name();

  /**
   * The job type, such as {@code repair}.
   *
   * @return the job type, such as {@code repair}, or empty when not set
   */
  public abstract Optional<String> type();

  /**
   * The status, such as {@code scheduled}.
   *
   * @return the status, such as {@code scheduled}, or empty when not set
   */
  public abstract Optional<String> status();

  /**
   * The location of the job.
   *
   * @return the location of the job, or empty when not set
   */
  public abstract Optional<Long> locationId();

  /**
   * The customer of the job.
   *
   * @return the customer of the job, or empty when not set
   */
  public abstract Optional<Long> customerId();

  /**
   * The ids of the records in other systems this job is related to, by system.
   *
   * @return the ids of the records in other systems this job is related to, by system (empty when
   *     none)
   */
  public abstract Map<String, String> externalIds();

  /**
   * Builds {@code ServiceTradeJob} values: a setter per attribute, {@code from(value)} and {@code
   * build()}. Not thread safe.
   */
  public static final class Builder extends ServiceTradeJobBuilder {
    Builder() {}
  }
}
