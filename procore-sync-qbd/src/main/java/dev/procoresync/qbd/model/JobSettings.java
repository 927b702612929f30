package dev.procoresync.qbd.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * How Procore projects become QuickBooks records: as jobs under one customer ({@link
 * #parentCustomer()} set; the project ties to the {@code Customer:Job}), or as customers of their
 * own ("customers set up as jobs").
 *
 * <pre>{@code
 * JobSettings.builder().parentCustomer("Acme Corp").build(); // Acme Corp:Tower A
 * JobSettings.builder().build();                             // Tower A
 * }</pre>
 */
@Value.Immutable
public abstract class JobSettings {
  JobSettings() {}

  /**
   * Returns a new, empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this value's attributes.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Returns the customer that projects become jobs of.
   *
   * @return its full name, or empty for projects as customers
   */
  public abstract Optional<String> parentCustomer();

  /** Builds {@link JobSettings} values. */
  public static final class Builder extends JobSettingsBuilder {
    Builder() {}
  }
}
