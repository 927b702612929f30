package dev.procoresync.timekeeping.busybusy.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The GraphQL documents the client sends and the nodes they return (fields as busybusy names them).
 */
public final class BusybusyWire {
  private BusybusyWire() {}

  /** Members, archived ones included, cursor-paged. */
  public static final String MEMBERS =
      "query ($first: Int, $after: String) { members(first: $first, after: $after) {"
          + " id cursor firstName lastName email memberNumber archivedOn deletedOn } }";

  /** Projects of every depth, with their parent, cursor-paged. */
  public static final String PROJECTS =
      "query ($first: Int, $after: String) { projects(first: $first, after: $after) {"
          + " id cursor title parentProjectId depth archivedOn"
          + " projectInfo { number address1 city state postalCode } } }";

  /** Cost codes, cursor-paged. */
  public static final String COST_CODES =
      "query ($first: Int, $after: String) { costCodes(first: $first, after: $after) {"
          + " id cursor costCode title archivedOn } }";

  /** Time entries not deleted, changed at or after {@code $since}, cursor-paged. */
  public static final String TIME_ENTRIES =
      "query ($first: Int, $after: String, $since: String) { timeEntries(first: $first,"
          + " after: $after, filter: {deletedOn: {isNull: true}, updatedOn:"
          + " {greaterThanOrEqualTo: $since}}) { id cursor memberId projectId costCodeId startTime"
          + " endTime description updatedOn breaks { startTime endTime } } }";

  /** Creates a member. */
  public static final String CREATE_MEMBER =
      "mutation ($m: MemberCreateInput!) { createMember(member: $m) { id } }";

  /** Creates a project. */
  public static final String CREATE_PROJECT =
      "mutation ($p: ProjectCreateInput!) { createProject(project: $p) { id } }";

  /** Changes a project (title, archive). */
  public static final String UPDATE_PROJECT =
      "mutation ($p: ProjectUpdateInput!) { updateProject(project: $p) { id } }";

  /** Creates a cost code. */
  public static final String CREATE_COST_CODE =
      "mutation ($c: CostCodeCreateInput!) { createCostCode(costCode: $c) { id } }";

  /** Changes a cost code (code, title, archive). */
  public static final String UPDATE_COST_CODE =
      "mutation ($c: CostCodeUpdateInput!) { updateCostCode(costCode: $c) { id } }";

  /** A member node. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Member {
    /** Id. */
    public @Nullable String id;

    /** First name. */
    public @Nullable String firstName;

    /** Last name. */
    public @Nullable String lastName;

    /** E-mail. */
    public @Nullable String email;

    /** Employee number. */
    public @Nullable String memberNumber;

    /** Archived at. */
    public @Nullable String archivedOn;

    /** Deleted at. */
    public @Nullable String deletedOn;
  }

  /** A project node. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Project {
    /** Id. */
    public @Nullable String id;

    /** Title. */
    public @Nullable String title;

    /** Parent project. */
    public @Nullable String parentProjectId;

    /** Depth, root = 1. */
    public int depth;

    /** Archived at. */
    public @Nullable String archivedOn;

    /** Project details. */
    public @Nullable ProjectInfo projectInfo;
  }

  /** A project's details. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class ProjectInfo {
    /** Project number. */
    public @Nullable String number;

    /** Street address. */
    public @Nullable String address1;

    /** City. */
    public @Nullable String city;

    /** State. */
    public @Nullable String state;

    /** Postal code. */
    public @Nullable String postalCode;
  }

  /** A cost code node. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class CostCode {
    /** Id. */
    public @Nullable String id;

    /** Code. */
    public @Nullable String costCode;

    /** Title. */
    public @Nullable String title;

    /** Archived at. */
    public @Nullable String archivedOn;
  }

  /** A time entry node. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class TimeEntry {
    /** Id. */
    public @Nullable String id;

    /** Member. */
    public @Nullable String memberId;

    /** Project. */
    public @Nullable String projectId;

    /** Cost code. */
    public @Nullable String costCodeId;

    /** Start, ISO-8601. */
    public @Nullable String startTime;

    /** End, ISO-8601, null while running. */
    public @Nullable String endTime;

    /** Description. */
    public @Nullable String description;

    /** Last change. */
    public @Nullable String updatedOn;

    /** Breaks. */
    public @Nullable List<Break> breaks;
  }

  /** A break. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Break {
    /** Start. */
    public @Nullable String startTime;

    /** End. */
    public @Nullable String endTime;
  }
}
