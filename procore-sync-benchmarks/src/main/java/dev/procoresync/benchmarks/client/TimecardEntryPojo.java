package dev.procoresync.benchmarks.client;

import dev.procoresync.core.model.TimecardApprovalStatus;
import dev.procoresync.core.model.TimesheetStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The baseline: a mutable POJO mirroring {@link dev.procoresync.core.model.TimecardEntry} field for
 * field, with the same value types (the model's enums, one nested POJO per nested model type with
 * the same attributes), so that the only difference measured is the model type: immutable values
 * with {@code Optional} attributes against public mutable fields.
 */
public final class TimecardEntryPojo {
  /** Procore's id. */
  public @Nullable Long id;

  /** Day worked. */
  public @Nullable LocalDate date;

  /** Hours worked. */
  public @Nullable BigDecimal hours;

  /** Clock-in. */
  public @Nullable OffsetDateTime timeIn;

  /** Clock-out. */
  public @Nullable OffsetDateTime timeOut;

  /** Break minutes. */
  public @Nullable Integer lunchTime;

  /** Billable. */
  public @Nullable Boolean billable;

  /** Description. */
  public @Nullable String description;

  /** Approval state (the model's enum). */
  public @Nullable TimecardApprovalStatus approvalStatus;

  /** Daily timesheet. */
  public @Nullable TimesheetRef timesheet;

  /** Cost code. */
  public @Nullable CostCodeRef costCode;

  /** Sub job. */
  public @Nullable NamedRef subJob;

  /** Cost type id. */
  public @Nullable Long lineItemTypeId;

  /** Time type. */
  public @Nullable TimeType timecardTimeType;

  /** Worker. */
  public @Nullable NamedRef party;

  /** Crew. */
  public @Nullable NamedRef crew;

  /** Project. */
  public @Nullable NamedRef project;

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

  /** Mirrors {@link dev.procoresync.core.model.TimesheetRef}. */
  public static final class TimesheetRef {
    /** Id. */
    public @Nullable Long id;

    /** Day. */
    public @Nullable LocalDate date;

    /** Name. */
    public @Nullable String name;

    /** Number. */
    public @Nullable Long number;

    /** Status (the model's enum). */
    public @Nullable TimesheetStatus status;
  }

  /** Mirrors {@link dev.procoresync.core.model.TimecardCostCodeRef}. */
  public static final class CostCodeRef {
    /** Id. */
    public @Nullable Long id;

    /** Name. */
    public @Nullable String name;

    /** Code. */
    public @Nullable String code;

    /** Full code. */
    public @Nullable String fullCode;
  }

  /** Mirrors {@link dev.procoresync.core.model.NamedRef}. */
  public static final class NamedRef {
    /** Id. */
    public @Nullable Long id;

    /** Name. */
    public @Nullable String name;
  }

  /** Mirrors {@link dev.procoresync.core.model.TimecardTimeType}. */
  public static final class TimeType {
    /** Id. */
    public @Nullable Long id;

    /** Time type. */
    public @Nullable String timeType;

    /** Abbreviation. */
    public @Nullable String abbreviatedTimeType;

    /** Company id. */
    public @Nullable Long companyId;

    /** Global. */
    public @Nullable Boolean global;
  }
}
