package dev.procoresync.qbd.mapping;

import dev.procoresync.core.model.Project;
import dev.procoresync.core.validation.Validated;
import dev.procoresync.core.validation.Violation;
import dev.procoresync.qbd.model.JobSettings;
import dev.procoresync.qbd.qbxml.CustomerAdd;
import dev.procoresync.qbd.qbxml.JobStatus;
import dev.procoresync.qbd.qbxml.QbAddress;
import dev.procoresync.qbd.qbxml.QbRef;
import dev.procoresync.qbd.qbxml.QbText;

/**
 * Procore project -> QuickBooks job or customer, as Procore's connector maps it: project name ->
 * Job Name (under the configured customer) or Customer Name, address/city/state/ZIP -> Ship To.
 *
 * <pre>{@code
 * CustomerMapping.toCustomer(project, JobSettings.builder().parentCustomer("Acme Corp").build());
 * }</pre>
 */
public final class CustomerMapping {
  /** The longest name of one level. */
  public static final int MAX_NAME = 41;

  private CustomerMapping() {}

  /**
   * Maps a project.
   *
   * @param project the project
   * @param settings jobs under a customer, or customers
   * @return the customer Add, or a violation ({@code name_too_long}, {@code blank_name})
   */
  public static Validated<CustomerAdd> toCustomer(Project project, JobSettings settings) {
    String name = QbText.reduce(project.name()).replace(':', '-').trim();
    if (name.isEmpty()) {
      return Validated.invalid(
          Violation.of("blank_name", "name", project.name(), "a project needs a name"));
    }
    if (name.length() > MAX_NAME) {
      return Validated.invalid(
          Violation.of(
              "name_too_long",
              "name",
              project.name(),
              "QuickBooks job names hold at most 41 characters; shorten the project's name in Procore"));
    }
    CustomerAdd.Builder b = CustomerAdd.builder().name(name).jobStatus(JobStatus.IN_PROGRESS);
    settings.parentCustomer().ifPresent(p -> b.parent(QbRef.fullName(p)));
    QbAddress.Builder a = QbAddress.builder();
    project.address().map(s -> QbText.fit(s, 41)).ifPresent(a::addr1);
    project.city().map(s -> QbText.fit(s, 31)).ifPresent(a::city);
    project.stateCode().map(s -> QbText.fit(s, 21)).ifPresent(a::state);
    project.zip().map(s -> QbText.fit(s, 13)).ifPresent(a::postalCode);
    QbAddress address = a.build();
    if (!address.isEmpty()) {
      b.shipAddress(address);
    }
    return Validated.valid(b.build());
  }

  /**
   * The full name a project gets in QuickBooks.
   *
   * @param project the project
   * @param settings jobs under a customer, or customers
   * @return {@code Parent:Name} or {@code Name}
   */
  public static String fullName(Project project, JobSettings settings) {
    String name = QbText.reduce(project.name()).replace(':', '-').trim();
    return settings.parentCustomer().map(p -> p + ":" + name).orElse(name);
  }
}
