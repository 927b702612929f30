package dev.procoresync.benchmarks.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The baseline: a mutable POJO with public fields of the same types as {@link
 * dev.procoresync.core.model.TimecardEntry} (nested references as POJOs, the status as a String),
 * decoded by plain Jackson.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class TimecardEntryPojo {
  /** Id. */
  public @Nullable Long id;

  /** Day worked. */
  public @Nullable LocalDate date;

  /** Hours. */
  public @Nullable BigDecimal hours;

  /** Clock-in. */
  public @Nullable OffsetDateTime timeIn;

  /** Clock-out. */
  public @Nullable OffsetDateTime timeOut;

  /** Lunch minutes. */
  public @Nullable Integer lunchTime;

  /** Billable. */
  public @Nullable Boolean billable;

  /** Description. */
  public @Nullable String description;

  /** Approval status. */
  public @Nullable String approvalStatus;

  /** Timesheet. */
  public @Nullable Ref timesheet;

  /** Cost code. */
  public @Nullable Ref costCode;

  /** Sub job. */
  public @Nullable Ref subJob;

  /** Cost type id. */
  public @Nullable Long lineItemTypeId;

  /** Time type. */
  public @Nullable Ref timecardTimeType;

  /** Worker. */
  public @Nullable Ref party;

  /** Crew. */
  public @Nullable Ref crew;

  /** Project. */
  public @Nullable Ref project;

  /** Signed. */
  public @Nullable Boolean signed;

  /** Origin id. */
  public @Nullable Long originId;

  /** Origin data. */
  public @Nullable String originData;

  /** Created. */
  public @Nullable Instant createdAt;

  /** Updated. */
  public @Nullable Instant updatedAt;

  /** Deleted. */
  public @Nullable Instant deletedAt;

  /** A nested reference (the union of the nested shapes' fields). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Ref {
    /** Id. */
    public @Nullable Long id;

    /** Name. */
    public @Nullable String name;

    /** Code. */
    public @Nullable String code;

    /** Full code. */
    public @Nullable String fullCode;

    /** Date. */
    public @Nullable LocalDate date;

    /** Number. */
    public @Nullable Long number;

    /** Status. */
    public @Nullable String status;

    /** Time type. */
    public @Nullable String timeType;

    /** Abbreviation. */
    public @Nullable String abbreviatedTimeType;
  }
}
