package dev.procoresync.bc.mapping;

import dev.procoresync.bc.model.BcProject;
import java.util.Objects;

/**
 * What flow 6 writes for one approved NPC change order: a new Business Central project linked to
 * its parent.
 *
 * <pre>{@code
 * Validated<NpcProjectDraft> d = BcChangeOrderRules.npc(source, ...);
 * d.value().project().parentProjectNumber(); // Optional[JOB000042]
 * }</pre>
 *
 * @param key the change order's key, {@code procore:change_order:{id}}
 * @param parentNumber the parent project's No.
 * @param project the new project
 */
public record NpcProjectDraft(String key, String parentNumber, BcProject project) {
  /**
   * Checks the parts.
   *
   * @param key the change order's key
   * @param parentNumber the parent project's No.
   * @param project the new project
   * @throws NullPointerException when a part is null
   */
  public NpcProjectDraft {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(parentNumber, "parentNumber");
    Objects.requireNonNull(project, "project");
  }

  /**
   * Returns a copy whose project carries a Business Central id.
   *
   * @param id the project's id in Business Central
   * @return the copy
   */
  public NpcProjectDraft withId(String id) {
    return new NpcProjectDraft(key, parentNumber, project.toBuilder().id(id).build());
  }
}
