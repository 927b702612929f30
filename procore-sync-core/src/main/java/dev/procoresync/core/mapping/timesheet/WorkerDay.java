package dev.procoresync.core.mapping.timesheet;

import java.time.LocalDate;
import org.immutables.value.Value;

/** A (worker, day) pair: the key of daily totals. */
@Value.Immutable
public abstract class WorkerDay {

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
    return ImmutableWorkerDay.of(worker, date);
  }
}
