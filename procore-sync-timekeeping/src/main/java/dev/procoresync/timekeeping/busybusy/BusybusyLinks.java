package dev.procoresync.timekeeping.busybusy;

import dev.procoresync.timekeeping.model.RoundingPolicy;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the time-entry flow needs to know about the two systems: which busybusy member, project and
 * cost code is which Procore person, project and cost code (from the first sync), busybusy's
 * project tree (to roll sub-projects up), each Procore project's zone and timecard mode, and the
 * company's rounding.
 *
 * <pre>{@code
 * BusybusyLinks links = BusybusyLinks.builder()
 *     .putWorker("member-uuid", 5501L)
 *     .putProject("johnson-home-uuid", 9001L)
 *     .putParent("concrete-uuid", "johnson-home-uuid")
 *     .putCostCode("cc-uuid", 77L)
 *     .putZone(9001L, ZoneId.of("America/Denver"))
 *     .rounding(RoundingPolicy.fromProcore(company.timesheetRounding().find()))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class BusybusyLinks {
  BusybusyLinks() {}

  /**
   * Returns a new builder; every attribute has a default (empty maps, UTC, rounding off).
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
   * Returns busybusy member id to Procore person ({@code party_id}); only Procore people marked as
   * employees should be here.
   *
   * @return the workers' links
   */
  public abstract Map<String, Long> workers();

  /**
   * Returns busybusy top-level project id to Procore project id.
   *
   * @return the projects' links
   */
  public abstract Map<String, Long> projects();

  /**
   * Returns busybusy project id to its parent's id, for every sub-project.
   *
   * @return the tree
   */
  public abstract Map<String, String> parents();

  /**
   * Returns busybusy cost code id to Procore cost code id.
   *
   * @return the cost codes' links
   */
  public abstract Map<String, Long> costCodes();

  /**
   * Returns each Procore project's time zone.
   *
   * @return the zones
   */
  public abstract Map<Long, ZoneId> zones();

  /**
   * Returns the Procore projects whose timesheets take start and stop times ({@code
   * company_configuration.projects_timecard_in_out_enabled}).
   *
   * @return the start/stop projects
   */
  public abstract Set<Long> startStopProjects();

  /**
   * Returns the zone of projects without one in {@link #zones()}.
   *
   * @return the default zone; UTC unless set
   */
  @Value.Default
  public ZoneId defaultZone() {
    return ZoneOffset.UTC;
  }

  /**
   * Returns the company's rounding.
   *
   * @return the policy; off unless set
   */
  @Value.Default
  public RoundingPolicy rounding() {
    return RoundingPolicy.off();
  }

  /**
   * Returns the top-level busybusy project of a project, following {@link #parents()}.
   *
   * @param projectId a busybusy project id
   * @return the top-level project's id (the project itself when it has no parent); empty when the
   *     tree loops
   */
  public Optional<String> topOf(String projectId) {
    String current = projectId;
    Set<String> seen = new HashSet<>();
    while (parents().containsKey(current)) {
      if (!seen.add(current)) {
        return Optional.empty();
      }
      current = parents().get(current);
    }
    return Optional.of(current);
  }

  /**
   * Builds {@link BusybusyLinks} values: a setter per attribute ({@code put*}/{@code putAll*} for
   * the maps, {@code add*} for the set), {@code from(value)} and {@code build()}. Not thread safe.
   */
  public static final class Builder extends BusybusyLinksBuilder {
    Builder() {}
  }
}
