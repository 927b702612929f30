package dev.procoresync.core.flow;

import dev.procoresync.core.mapping.timesheet.OpenPeriods;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What {@link TimecardAuditFlow} checks each timecard entry against: the approval statuses a
 * downstream export takes, the time types that may carry zero hours, whether the worker must be a
 * known employee, and the open accounting periods when the host has them.
 *
 * <p>Besides these, every entry must be closed (an entry with a time in needs a time out; one
 * without clock times needs hours), name a project, have hours from 0 to 24, and not overlap
 * another entry of the same worker.
 *
 * <pre>{@code
 * TimecardAuditRules rules = TimecardAuditRules.builder()
 *     .allowedStatuses(Set.of("approved"))
 *     .zeroHoursTimeTypes(Set.of("PTO", "HOL"))
 *     .openPeriods(OpenPeriods.builder().add(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)).build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class TimecardAuditRules {

  /** The statuses a payroll export takes by default: {@code approved} and {@code completed}. */
  public static final Set<String> DEFAULT_ALLOWED_STATUSES = Set.of("approved", "completed");

  TimecardAuditRules() {}

  /**
   * Returns a new, empty builder of {@code TimecardAuditRules} values.
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
   * Returns the approval statuses that pass (Procore's {@code pending}, {@code reviewed}, {@code
   * approved}, {@code completed}), compared ignoring case. Default {@link
   * #DEFAULT_ALLOWED_STATUSES}.
   *
   * @return the allowed statuses, at least one
   */
  @Value.Default
  public Set<String> allowedStatuses() {
    return DEFAULT_ALLOWED_STATUSES;
  }

  /**
   * Returns the time types whose entries may have zero hours (time off, per diem), matched against
   * the entry's abbreviated time type or its time type name, ignoring case. Default none: zero
   * hours are refused everywhere.
   *
   * @return the time types allowing zero hours
   */
  public abstract Set<String> zeroHoursTimeTypes();

  /**
   * Tells whether each entry's worker must be a person of the company directory with an employee id
   * (one paged read of the directory per run). Default {@code true}.
   *
   * @return {@code true} to check workers
   */
  @Value.Default
  public boolean checkWorkers() {
    return true;
  }

  /**
   * Returns the open accounting periods; when present, an entry dated outside them is refused.
   *
   * @return the open periods, or empty not to check periods
   */
  public abstract Optional<OpenPeriods> openPeriods();

  /**
   * Tells whether a time type allows zero hours under these rules.
   *
   * @param timeType an abbreviated time type or a time type name, or {@code null}
   * @return {@code true} when listed in {@link #zeroHoursTimeTypes()}
   */
  public boolean allowsZeroHours(@org.jspecify.annotations.Nullable String timeType) {
    if (timeType == null) {
      return false;
    }
    String wanted = timeType.trim().toLowerCase(Locale.ROOT);
    for (String t : zeroHoursTimeTypes()) {
      if (t.trim().toLowerCase(Locale.ROOT).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the default rules: approved or completed entries, no zero hours, known workers, no
   * period check.
   *
   * @return the default rules
   */
  public static TimecardAuditRules defaults() {
    return builder().build();
  }

  @Value.Check
  void check() {
    if (allowedStatuses().isEmpty()) {
      throw new IllegalArgumentException("allowedStatuses must name at least one status");
    }
  }

  /**
   * Builds {@code TimecardAuditRules} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends TimecardAuditRulesBuilder {
    Builder() {}
  }
}
