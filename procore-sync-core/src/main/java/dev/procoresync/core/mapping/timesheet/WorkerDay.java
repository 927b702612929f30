package dev.procoresync.core.mapping.timesheet;

import java.time.LocalDate;
import org.immutables.value.Value;

/** A (worker, day) pair: the key of daily totals. */
@Value.Immutable
public abstract class WorkerDay {

  /**
   * Returns a new, empty builder of {@code WorkerDay} values.
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
   * Returns the worker's key.
   *
   * @return the worker
   */
  @Value.Parameter
  public abstract String worker();

  /**
   * Returns the day.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Creates a pair.
   *
   * @param worker the worker's key
   * @param date the day
   * @return the pair
   */
  public static WorkerDay of(String worker, LocalDate date) {
    return WorkerDayBuilder.ImmutableWorkerDay.of(worker, date);
  }

  /**
   * Builds {@code WorkerDay} values: a setter per attribute (plus {@code add*}/{@code addAll*} for
   * lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a value,
   * and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder is not
   * thread safe.
   */
  public static final class Builder extends WorkerDayBuilder {
    Builder() {}
  }
}
