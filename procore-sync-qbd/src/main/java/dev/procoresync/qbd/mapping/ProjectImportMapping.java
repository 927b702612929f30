package dev.procoresync.qbd.mapping;

import dev.procoresync.core.model.ProjectUpdate;
import dev.procoresync.qbd.model.JobSettings;
import dev.procoresync.qbd.qbxml.QbRet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * QuickBooks customer or job -> Procore project, the import side of Procore's project mapping: Job
 * Name / Customer Name -> project name; Ship To -> address, city, state, ZIP, or Bill To when no
 * Ship To field is filled. The origin id is {@code qbd:customer:<ListID>}. Two address lines are
 * joined by ", "; a state is taken only when it is a two-letter code.
 *
 * <pre>{@code
 * ProjectUpdate update = ProjectImportMapping.toUpdate(customerRet);
 * }</pre>
 */
public final class ProjectImportMapping {
  private static final Pattern STATE_CODE = Pattern.compile("[A-Za-z]{2}");
  private static final List<String> PARTS =
      List.of("Addr1", "Addr2", "City", "State", "PostalCode");

  private ProjectImportMapping() {}

  /**
   * Returns a name as names are compared: trimmed, without regard to case.
   *
   * @param name a name
   * @return the comparison form
   */
  public static String nameKey(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * Tells whether a customer record is a project under the settings: a job directly under the
   * parent customer when one is set, else a top-level customer.
   *
   * @param customer a {@code CustomerRet}
   * @param settings the job settings the export uses too
   * @return {@code true} when the record becomes a Procore project
   */
  public static boolean isProject(QbRet customer, JobSettings settings) {
    Optional<String> parent = text(customer, "ParentRef");
    if (settings.parentCustomer().isEmpty()) {
      return parent.isEmpty();
    }
    return parent
        .map(p -> nameKey(p).equals(nameKey(settings.parentCustomer().get())))
        .orElse(false);
  }

  /**
   * Maps a customer or job.
   *
   * @param customer a {@code CustomerRet}
   * @return the project update with origin id, name and address
   * @throws IllegalArgumentException when the record has no ListID
   */
  public static ProjectUpdate toUpdate(QbRet customer) {
    String id =
        customer
            .id()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "CustomerRet has no ListID (was " + customer + ")"));
    ProjectUpdate.Builder b =
        ProjectUpdate.builder()
            .originId("qbd:customer:" + id)
            .name(text(customer, "Name").or(customer::fullName).map(String::trim).orElse(""));
    String from = hasAny(customer, "ShipAddress") ? "ShipAddress/" : "BillAddress/";
    List<String> lines = new ArrayList<>(2);
    text(customer, from + "Addr1").ifPresent(lines::add);
    text(customer, from + "Addr2").ifPresent(lines::add);
    if (!lines.isEmpty()) {
      b.address(String.join(", ", lines));
    }
    text(customer, from + "City").ifPresent(b::city);
    text(customer, from + "State")
        .filter(s -> STATE_CODE.matcher(s).matches())
        .map(s -> s.toUpperCase(Locale.ROOT))
        .ifPresent(b::stateCode);
    text(customer, from + "PostalCode").ifPresent(b::zip);
    return b.build();
  }

  private static boolean hasAny(QbRet ret, String address) {
    return PARTS.stream().anyMatch(p -> text(ret, address + "/" + p).isPresent());
  }

  private static Optional<String> text(QbRet ret, String field) {
    return ret.field(field).map(String::trim).filter(s -> !s.isEmpty());
  }
}
