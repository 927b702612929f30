package dev.procoresync.bc.mapping;

import dev.procoresync.bc.model.BcProject;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Which Business Central project (Job No.) is linked to which Procore project: the "Procore Project
 * ID" the project push writes back to BC. A project whose id is blank or not a number is not
 * linked.
 *
 * <pre>{@code
 * ProjectLinks links = ProjectLinks.of(bc.list(BcEntitySet.PROJECTS, ODataQuery.all()));
 * links.procoreProjectId("JOB000042"); // OptionalLong[5001]
 * }</pre>
 */
public final class ProjectLinks {
  private final Map<String, Long> byJob;
  private final Map<Long, String> byProcore;

  private ProjectLinks(Map<String, Long> byJob) {
    this.byJob = Map.copyOf(byJob);
    Map<Long, String> back = new HashMap<>();
    byJob.forEach((job, id) -> back.putIfAbsent(id, job));
    this.byProcore = Map.copyOf(back);
  }

  /**
   * Links read from Business Central projects.
   *
   * @param projects the projects
   * @return the links of every project with a numeric Procore Project ID
   */
  public static ProjectLinks of(Iterable<BcProject> projects) {
    Map<String, Long> links = new HashMap<>();
    for (BcProject p : projects) {
      p.procoreProjectId().filter(id -> id > 0).ifPresent(id -> links.put(p.number(), id));
    }
    return new ProjectLinks(links);
  }

  /**
   * Links given directly.
   *
   * @param links Job No. to Procore project id
   * @return the links
   */
  public static ProjectLinks ofMap(Map<String, Long> links) {
    return new ProjectLinks(Objects.requireNonNull(links, "links"));
  }

  /**
   * Returns the Procore project of a Job No.
   *
   * @param jobNumber the Job No.
   * @return the Procore project id, or empty when the project is not linked
   */
  public OptionalLong procoreProjectId(String jobNumber) {
    Long id = byJob.get(jobNumber);
    return id == null ? OptionalLong.empty() : OptionalLong.of(id);
  }

  /**
   * Returns the Job No. linked to a Procore project.
   *
   * @param procoreProjectId the Procore project id
   * @return the Job No., or empty
   */
  public Optional<String> jobNumber(long procoreProjectId) {
    return Optional.ofNullable(byProcore.get(procoreProjectId));
  }

  /**
   * Returns the linked Procore projects.
   *
   * @return the Procore project ids
   */
  public java.util.Set<Long> procoreProjectIds() {
    return byProcore.keySet();
  }

  @Override
  public String toString() {
    return "ProjectLinks{" + byJob.size() + " linked}";
  }
}
