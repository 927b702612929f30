package dev.procoresync.timekeeping.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person whose time is kept: a busybusy member, an ExakTime employee, a ServiceTrade technician,
 * or a Procore person seen through the same lens.
 *
 * <pre>{@code
 * Worker w = Worker.builder().id("m-7").firstName("Ana").lastName("Ruiz").employeeNumber("E-104").build();
 * }</pre>
 */
@Value.Immutable
public abstract class Worker {
  Worker() {}

  /**
   * Returns a new, empty builder.
   *
   * <p>{@code build()} throws {@link IllegalStateException} naming every required attribute left
   * unset, and {@link IllegalArgumentException} when {@code id} is blank.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this value's attributes, to make a changed copy.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Returns the source system's key of this worker.
   *
   * @return the id, never blank
   */
  public abstract String id();

  /**
   * Returns the given name.
   *
   * @return the first name, if known
   */
  public abstract Optional<String> firstName();

  /**
   * Returns the family name.
   *
   * @return the last name, if known
   */
  public abstract Optional<String> lastName();

  /**
   * Returns the payroll number the company uses for this worker (Procore's {@code employee_id},
   * busybusy's {@code memberNumber}).
   *
   * @return the employee number, if any
   */
  public abstract Optional<String> employeeNumber();

  /**
   * Returns the e-mail address.
   *
   * @return the e-mail, if known
   */
  public abstract Optional<String> email();

  /**
   * Tells whether the source counts this person as an employee (Procore's {@code is_employee});
   * only employees link on a first sync.
   *
   * @return {@code true} unless the source says otherwise
   */
  @Value.Default
  public boolean employee() {
    return true;
  }

  /**
   * Tells whether the worker is archived or deactivated in the source.
   *
   * @return {@code true} when archived
   */
  @Value.Default
  public boolean archived() {
    return false;
  }

  /**
   * Returns the name to show: first and last name joined by a space, else the id.
   *
   * @return the display name
   */
  public String displayName() {
    String name =
        (firstName().orElse("") + " " + lastName().orElse("")).trim().replaceAll("\\s+", " ");
    return name.isEmpty() ? id() : name;
  }

  @Value.Check
  void check() {
    Checks.notBlank("worker.id", id());
  }

  /**
   * Builds {@link Worker} values: a setter per attribute, {@code from(value)} and {@code build()}.
   * Not thread safe.
   */
  public static final class Builder extends WorkerBuilder {
    Builder() {}
  }
}
