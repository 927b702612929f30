package dev.procoresync.core.flow;

import dev.procoresync.core.mapping.timesheet.WorkerDay;
import dev.procoresync.core.sync.SyncReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of one {@link TimecardAuditFlow} run: the report (each entry read is SKIPPED, would be
 * refused, with its violations, or UNCHANGED, passes), the hours of the passing entries by worker
 * and day, and what the reads cost.
 *
 * <pre>{@code
 * TimecardAudit audit = flow.run(projectId, from, to, TimecardAuditRules.defaults(), RunOptions.defaults());
 * System.out.println(audit.report().toText());
 * audit.hoursByWorkerAndDay().forEach((day, hours) -> System.out.println(day + " " + hours));
 * }</pre>
 */
@Value.Immutable
public abstract class TimecardAudit {

  TimecardAudit() {}

  /**
   * Returns a new, empty builder of {@code TimecardAudit} values.
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
   * Returns the report: one outcome per entry read.
   *
   * @return the report
   */
  public abstract SyncReport report();

  /**
   * Returns the hours of the entries that pass, summed by worker (the party id as text) and day, in
   * the order first met.
   *
   * @return the totals
   */
  public abstract Map<WorkerDay, BigDecimal> hoursByWorkerAndDay();

  /**
   * Returns the pages of timecard entries read.
   *
   * @return the page count
   */
  public abstract long pages();

  /**
   * Returns the read requests the flow issued: the pages of timecard entries plus the pages of the
   * company directory (retries and rate-limit waits are seen by the client's request listener).
   *
   * @return the request count
   */
  public abstract long requests();

  /**
   * Tells whether the run read only the entries changed since the cursor.
   *
   * @return {@code true} for an incremental read, {@code false} for a read of the whole range
   */
  public abstract boolean incremental();

  /**
   * Returns the cursor after the run: the newest {@code updated_at} seen by this or an earlier run
   * of the same scope.
   *
   * @return the cursor, or empty when no run has completed with an entry yet
   */
  public abstract Optional<Instant> cursor();

  /**
   * Builds {@code TimecardAudit} values: a setter per attribute (plus {@code add*}/{@code addAll*}
   * for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a
   * value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder
   * is not thread safe.
   */
  public static final class Builder extends TimecardAuditBuilder {
    Builder() {}
  }
}
