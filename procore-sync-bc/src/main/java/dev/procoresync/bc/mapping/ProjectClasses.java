package dev.procoresync.bc.mapping;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The ProjectPro "Project Class" values the change-order flows read and write. Immutable; each
 * {@code with*} method returns a copy. Defaults (docs/decisions/0221): a change order is synced
 * into a project whose class is {@code Master Job}, {@code Base Project} or {@code Project with
 * Change Order}; a project in {@code Base Project} moves to {@code Project with Change Order} once
 * it holds a change order or an NPC child project; a new NPC project gets {@code NPC Change Order}.
 *
 * <pre>{@code
 * ProjectClasses classes = ProjectClasses.defaults().withNpcProject("NPC");
 * classes.isMaster("Base Project"); // true
 * }</pre>
 */
public final class ProjectClasses {
  private final Set<String> master;
  private final String base;
  private final String withChangeOrder;
  private final String npcProject;

  private ProjectClasses(Set<String> master, String base, String withChangeOrder, String npc) {
    this.master = Set.copyOf(master);
    this.base = base;
    this.withChangeOrder = withChangeOrder;
    this.npcProject = npc;
  }

  /**
   * Returns the guide's class names.
   *
   * @return the defaults
   */
  public static ProjectClasses defaults() {
    return new ProjectClasses(
        Set.of("Master Job", "Base Project", "Project with Change Order"),
        "Base Project",
        "Project with Change Order",
        "NPC Change Order");
  }

  /**
   * Returns a copy with other classes of the projects change orders are synced into.
   *
   * @param classes the classes (the base and the changed class are always added)
   * @return the copy
   * @throws IllegalArgumentException when a class is blank
   */
  public ProjectClasses withMasterClasses(Set<String> classes) {
    Set<String> all = new LinkedHashSet<>();
    for (String c : Objects.requireNonNull(classes, "classes")) {
      all.add(name(c, "a master class"));
    }
    return new ProjectClasses(all, base, withChangeOrder, npcProject);
  }

  /**
   * Returns a copy with another class of a project without change orders.
   *
   * @param name the class, such as {@code "Base Project"}
   * @return the copy
   * @throws IllegalArgumentException when blank
   */
  public ProjectClasses withBase(String name) {
    return new ProjectClasses(master, name(name, "base"), withChangeOrder, npcProject);
  }

  /**
   * Returns a copy with another class of a project that holds change orders.
   *
   * @param name the class, such as {@code "Project with Change Order"}
   * @return the copy
   * @throws IllegalArgumentException when blank
   */
  public ProjectClasses withChangeOrder(String name) {
    return new ProjectClasses(master, base, name(name, "withChangeOrder"), npcProject);
  }

  /**
   * Returns a copy with another class of a new NPC project.
   *
   * @param name the class, such as {@code "NPC Change Order"}
   * @return the copy
   * @throws IllegalArgumentException when blank
   */
  public ProjectClasses withNpcProject(String name) {
    return new ProjectClasses(master, base, withChangeOrder, name(name, "npcProject"));
  }

  /**
   * Tells whether change orders are synced into a project of this class.
   *
   * @param projectClass the project's class as Business Central sends it (blank for none)
   * @return {@code true} for a master class, the base class or the changed class
   */
  public boolean isMaster(String projectClass) {
    String c = projectClass.trim();
    return master.contains(c) || base.equals(c) || withChangeOrder.equals(c);
  }

  /**
   * Returns the classes change orders are synced into.
   *
   * @return the master classes with the base and the changed class
   */
  public Set<String> masterClasses() {
    Set<String> all = new LinkedHashSet<>(master);
    all.add(base);
    all.add(withChangeOrder);
    return Set.copyOf(all);
  }

  /**
   * Returns the class of a project without change orders.
   *
   * @return the base class
   */
  public String base() {
    return base;
  }

  /**
   * Returns the class a base project moves to once it holds a change order.
   *
   * @return the changed class
   */
  public String withChangeOrder() {
    return withChangeOrder;
  }

  /**
   * Returns the class of a new NPC project.
   *
   * @return the NPC class
   */
  public String npcProject() {
    return npcProject;
  }

  private static String name(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " class must not be blank");
    }
    return value.trim();
  }

  @Override
  public String toString() {
    return "ProjectClasses{master="
        + masterClasses()
        + ", base="
        + base
        + ", withChangeOrder="
        + withChangeOrder
        + ", npcProject="
        + npcProject
        + "}";
  }
}
