package dev.procoresync.bc.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An accounting period: it starts at its starting date and ends the day before the next period's.
 *
 * <pre>{@code
 * BcAccountingPeriod p = BcAccountingPeriod.builder().startingDate(LocalDate.of(2026, 10, 1)).name("October").build();
 * }</pre>
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = BcAccountingPeriodBuilder.ImmutableBcAccountingPeriod.class)
@JsonDeserialize(as = BcAccountingPeriodBuilder.ImmutableBcAccountingPeriod.class)
public abstract class BcAccountingPeriod {

  BcAccountingPeriod() {}

  /**
   * Returns a new, empty builder of {@code BcAccountingPeriod} values.
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
   * Returns Business Central's SystemId of the record.
   *
   * @return Business Central's SystemId of the record, empty on a record not yet created
   */
  public abstract Optional<String> id();

  /**
   * Returns the record's ETag ({@code @odata.etag}), sent back as {@code If-Match} on every PATCH
   * and DELETE.
   *
   * @return the record's ETag ({@code @odata.etag}), sent back as {@code If-Match} on every PATCH
   *     and DELETE, empty on a record not yet created
   */
  @JsonProperty("@odata.etag")
  public abstract Optional<String> etag();

  /**
   * Returns the first day of the period.
   *
   * @return the first day of the period
   */
  public abstract LocalDate startingDate();

  /**
   * Returns the name, such as {@code October}.
   *
   * @return the name, such as {@code October}, empty when Business Central leaves it out
   */
  public abstract Optional<String> name();

  /**
   * Returns whether the period starts a fiscal year.
   *
   * @return whether the period starts a fiscal year, empty when Business Central leaves it out
   */
  public abstract Optional<Boolean> newFiscalYear();

  /**
   * Returns whether the period is closed.
   *
   * @return whether the period is closed, empty when Business Central leaves it out
   */
  public abstract Optional<Boolean> closed();

  /**
   * Returns whether its dates are locked.
   *
   * @return whether its dates are locked, empty when Business Central leaves it out
   */
  public abstract Optional<Boolean> dateLocked();

  /**
   * Returns when Business Central last changed the record (SystemModifiedAt), for incremental
   * reads.
   *
   * @return when Business Central last changed the record (SystemModifiedAt), for incremental
   *     reads, empty when the page does not send it
   */
  public abstract Optional<Instant> lastModifiedDateTime();

  /** Builds {@link BcAccountingPeriod} values; see {@link BcAccountingPeriod#builder()}. */
  public static final class Builder extends BcAccountingPeriodBuilder {
    Builder() {}
  }
}
