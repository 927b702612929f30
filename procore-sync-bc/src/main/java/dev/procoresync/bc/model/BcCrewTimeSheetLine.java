package dev.procoresync.bc.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A row of ProjectPro's crew time sheet buffer ({@code crewTimeSheetEntries}), created from one
 * Procore timesheet line and tagged with the Procore time sheet header and line ids.
 *
 * <pre>{@code
 * BcCrewTimeSheetLine l = BcCrewTimeSheetLine.builder().procoreTimesheetHeaderId(1000000004L).procoreTimesheetLineId(1000000005L).build();
 * }</pre>
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = BcCrewTimeSheetLineBuilder.ImmutableBcCrewTimeSheetLine.class)
@JsonDeserialize(as = BcCrewTimeSheetLineBuilder.ImmutableBcCrewTimeSheetLine.class)
public abstract class BcCrewTimeSheetLine {

  BcCrewTimeSheetLine() {}

  /**
   * Returns a new, empty builder of {@code BcCrewTimeSheetLine} values.
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
   * Returns the Procore time sheet header id.
   *
   * @return the Procore time sheet header id
   */
  public abstract long procoreTimesheetHeaderId();

  /**
   * Returns the Procore time sheet line (timecard entry) id.
   *
   * @return the Procore time sheet line (timecard entry) id
   */
  public abstract long procoreTimesheetLineId();

  /**
   * Returns the time sheet header name.
   *
   * @return the time sheet header name, empty when Business Central leaves it out
   */
  public abstract Optional<String> timeSheetHeaderName();

  /**
   * Returns the Procore status (Approved or Pending).
   *
   * @return the Procore status (Approved or Pending), empty when Business Central leaves it out
   */
  public abstract Optional<String> status();

  /**
   * Returns the work date.
   *
   * @return the work date, empty when Business Central leaves it out
   */
  public abstract Optional<LocalDate> workDate();

  /**
   * Returns the project number.
   *
   * @return the project number, empty when Business Central leaves it out
   */
  public abstract Optional<String> jobNo();

  /**
   * Returns the job task (from the budget code's cost code).
   *
   * @return the job task (from the budget code's cost code), empty when Business Central leaves it
   *     out
   */
  public abstract Optional<String> jobTaskNo();

  /**
   * Returns the cost type (from the budget code).
   *
   * @return the cost type (from the budget code), empty when Business Central leaves it out
   */
  public abstract Optional<String> costType();

  /**
   * Returns the segment code (from the sub job).
   *
   * @return the segment code (from the sub job), empty when Business Central leaves it out
   */
  public abstract Optional<String> segmentCode();

  /**
   * Returns the resource number.
   *
   * @return the resource number, empty when Business Central leaves it out
   */
  public abstract Optional<String> resourceNumber();

  /**
   * Returns the hours.
   *
   * @return the hours, empty when Business Central leaves it out
   */
  public abstract Optional<BigDecimal> hours();

  /**
   * Returns the description.
   *
   * @return the description, empty when Business Central leaves it out
   */
  public abstract Optional<String> description();

  /**
   * Returns the work type code.
   *
   * @return the work type code, empty when Business Central leaves it out
   */
  public abstract Optional<String> workTypeCode();

  /**
   * Returns the crew time sheet ProjectPro made of it.
   *
   * @return the crew time sheet ProjectPro made of it, empty when Business Central leaves it out
   */
  public abstract Optional<String> crewTimeSheetNumber();

  /**
   * Returns whether ProjectPro processed the row.
   *
   * @return whether ProjectPro processed the row, empty when Business Central leaves it out
   */
  public abstract Optional<Boolean> processed();

  /**
   * Returns when Business Central last changed the record (SystemModifiedAt), for incremental
   * reads.
   *
   * @return when Business Central last changed the record (SystemModifiedAt), for incremental
   *     reads, empty when the page does not send it
   */
  public abstract Optional<Instant> lastModifiedDateTime();

  /** Builds {@link BcCrewTimeSheetLine} values; see {@link BcCrewTimeSheetLine#builder()}. */
  public static final class Builder extends BcCrewTimeSheetLineBuilder {
    Builder() {}
  }
}
