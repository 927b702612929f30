package dev.procoresync.timekeeping.busybusy;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.flow.Mapped;
import dev.procoresync.core.flow.RecordMapper;
import dev.procoresync.core.flow.UpsertTarget;
import dev.procoresync.core.flow.UpsertTemplate;
import dev.procoresync.core.mapping.reconcile.AmbiguousMatch;
import dev.procoresync.core.mapping.reconcile.Link;
import dev.procoresync.core.mapping.reconcile.MatchKey;
import dev.procoresync.core.mapping.reconcile.Normalizer;
import dev.procoresync.core.mapping.reconcile.Reconciler;
import dev.procoresync.core.mapping.reconcile.Reconciliation;
import dev.procoresync.core.model.Person;
import dev.procoresync.core.model.PersonUpdate;
import dev.procoresync.core.model.Project;
import dev.procoresync.core.model.ProjectUpdate;
import dev.procoresync.core.model.StandardCostCode;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.core.sync.SyncRun;
import dev.procoresync.core.validation.Violation;
import dev.procoresync.timekeeping.model.CostCode;
import dev.procoresync.timekeeping.model.Location;
import dev.procoresync.timekeeping.model.Worker;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The first sync between busybusy and Procore, in the order busybusy's Procore guide gives
 * (docs/decisions/0305):
 *
 * <ol>
 *   <li><b>Link</b> identical employees, projects and cost codes with core's {@link Reconciler}:
 *       people on employee number, then name; projects on project number, then name; cost codes on
 *       the flat code ({@code 06-200}). Only Procore people marked as employees link; a member who
 *       matches only a Procore person not marked as an employee is SKIPPED telling the user to mark
 *       them. Records that match ambiguously (two or more on a side) are SKIPPED with an outcome
 *       naming every candidate, never guessed, and never copied (which would make a duplicate).
 *   <li><b>Procore -> busybusy</b>: employees only in Procore become busybusy members; projects
 *       only in Procore become top-level busybusy projects and cost codes only in Procore become
 *       busybusy cost codes, through {@link BusybusyProjectFlow} and {@link BusybusyCostCodeFlow}
 *       (which also send the details of linked projects and codes, as on every later run).
 *   <li><b>busybusy -> Procore</b>: members only in busybusy become Procore people marked as
 *       employees ({@code origin_id} {@code busybusy:member:<id>}); top-level projects only in
 *       busybusy become Procore projects ({@code origin_id} {@code busybusy:project:<id>}, title,
 *       number, address). Cost codes never go busybusy -> Procore (Procore does not let integrated
 *       apps change cost codes): a busybusy-only code is SKIPPED telling the user to add it in
 *       Procore.
 * </ol>
 *
 * <p>Every record of either side ends in one outcome of one report: a linked pair is UNCHANGED on
 * both sides (target id: the other side's id), a copy CREATED, the rest SKIPPED with a reason or
 * FAILED. The returned {@link BusybusyLinks} hold every link (found, given, or made by a copy):
 * keep them for the timecard, project and cost code flows. A rerun with them writes nothing; a
 * rerun after a failure half-way finishes the copies without duplicates (records the first run
 * created are linked again by their origin id, number or name). Archived busybusy records take part
 * in matching only to avoid duplicates: an archived member links (its hours are history), an
 * archived project or cost code does not (linking an archived project would archive the live
 * Procore one); unlinked archived records are SKIPPED, never copied. Sub-projects are not read into
 * Procore (their hours roll up to their top-level project); the busybusy tree is left unchanged.
 *
 * <pre>{@code
 * BusybusyFirstSync.Result first =
 *     BusybusyFirstSync.of(procore.forCompany(7), busybusy, clock).run(BusybusyLinks.builder().build(),
 *         RunOptions.defaults());
 * first.reports().forEach(r -> System.out.println(r.toText()));
 * BusybusyLinks links = first.links(); // store them; every later run starts from them
 * }</pre>
 *
 * <p>Thread safe; holds nothing between runs. A cancelled or resumed run is not supported by the
 * first sync as a whole: rerun it instead (it converges).
 */
public final class BusybusyFirstSync {
  /** The report of Procore people (linked, copied to busybusy, or skipped). */
  public static final String PEOPLE = "busybusy-first-sync-people";

  /** The report of busybusy members (linked, copied to Procore, or skipped). */
  public static final String MEMBERS = "busybusy-first-sync-members";

  /** The report of top-level busybusy projects (linked, copied to Procore, or skipped). */
  public static final String PROJECTS_TO_PROCORE = "busybusy-first-sync-projects";

  /** The report of busybusy cost codes (linked, or skipped: codes never go to Procore). */
  public static final String COST_CODES_FROM_BUSYBUSY = "busybusy-first-sync-cost-codes";

  /** Reason: two or more records on a side share the key; a person must decide. */
  public static final String AMBIGUOUS = "busybusy.ambiguous_match";

  /** Reason: the Procore person is not marked as an employee, so busybusy does not link them. */
  public static final String NOT_AN_EMPLOYEE = "busybusy.not_an_employee";

  /** Reason: the busybusy record is archived and has no counterpart, so it is not copied. */
  public static final String ARCHIVED = "busybusy.archived";

  /** Reason: a busybusy cost code Procore lacks; codes are managed in Procore. */
  public static final String COST_CODE_NOT_IN_PROCORE = "busybusy.cost_code_not_in_procore";

  /** The prefix of the keys of busybusy cost codes in {@link #COST_CODES_FROM_BUSYBUSY}. */
  public static final String COST_CODE_PREFIX = "busybusy:cost-code:";

  private static final MatchKey<Person, Worker> EMPLOYEE_NUMBER =
      MatchKey.of(
          "employee number",
          p -> p.employeeId().orElse(null),
          w -> w.employeeNumber().orElse(null),
          Normalizer.trimmed());
  private static final MatchKey<Person, Worker> PERSON_NAME =
      MatchKey.of(
          "name",
          p -> fullName(p.firstName().orElse(null), p.lastName().orElse(null)),
          w -> fullName(w.firstName().orElse(null), w.lastName().orElse(null)),
          Normalizer.personName());
  private static final List<MatchKey<Person, Worker>> PEOPLE_KEYS =
      List.of(EMPLOYEE_NUMBER, PERSON_NAME);
  private static final List<MatchKey<Project, Location>> PROJECT_KEYS =
      List.of(
          MatchKey.of(
              "project number",
              p -> p.projectNumber().orElse(null),
              l -> l.code().orElse(null),
              Normalizer.caseInsensitive()),
          MatchKey.of("name", Project::name, Location::name, Normalizer.personName()));
  private static final List<MatchKey<FlatCode, CostCode>> CODE_KEYS =
      List.of(
          MatchKey.of("cost code", FlatCode::code, CostCode::code, Normalizer.caseInsensitive()));

  private final CompanyClient company;
  private final BusybusyClient busybusy;
  private final Clock clock;
  private final int windowSize;

  private BusybusyFirstSync(
      CompanyClient company, BusybusyClient busybusy, Clock clock, int windowSize) {
    this.company = company;
    this.busybusy = busybusy;
    this.clock = clock;
    this.windowSize = windowSize;
  }

  /**
   * Creates the first sync for one Procore company and one busybusy account.
   *
   * @param company the Procore company's client
   * @param busybusy the busybusy client
   * @param clock stamps the reports and archive times
   * @return the first sync
   * @throws NullPointerException when an argument is {@code null}
   */
  public static BusybusyFirstSync of(CompanyClient company, BusybusyClient busybusy, Clock clock) {
    return new BusybusyFirstSync(
        Objects.requireNonNull(company, "company"),
        Objects.requireNonNull(busybusy, "busybusy"),
        Objects.requireNonNull(clock, "clock"),
        UpsertTarget.DEFAULT_WINDOW_SIZE);
  }

  /**
   * Returns a copy that writes its copies (members, people, Procore projects) in windows of {@code
   * size}: outcomes are recorded, and a listener told, per window (Procore's project sync endpoint
   * takes up to 1,000 a call).
   *
   * @param size 1 to 1,000
   * @return the copy
   * @throws IllegalArgumentException when out of range
   */
  public BusybusyFirstSync withWindowSize(int size) {
    if (size < 1 || size > UpsertTarget.DEFAULT_WINDOW_SIZE) {
      throw new IllegalArgumentException("window size must be 1 to 1000, got " + size);
    }
    return new BusybusyFirstSync(company, busybusy, clock, size);
  }

  /**
   * The reports of one first sync and the links after it. Every record read on either side is in
   * exactly one of {@link #people()}, {@link #members()}, {@link #projectsToBusybusy()} (Procore
   * projects), {@link #projectsToProcore()} (top-level busybusy projects), {@link
   * #costCodesToBusybusy()} (Procore cost codes) and {@link #costCodesFromBusybusy()} (busybusy
   * cost codes); {@link #projectArchives()} holds Procore projects archived because busybusy
   * archived a linked project.
   *
   * @param people one outcome per Procore person: linked (UNCHANGED), copied to busybusy (CREATED),
   *     not an employee, ambiguous (SKIPPED) or FAILED
   * @param members one outcome per busybusy member: linked, copied to Procore, archived, not an
   *     employee in Procore, ambiguous, or FAILED
   * @param projectsToBusybusy one outcome per active Procore project ({@link BusybusyProjectFlow})
   * @param projectArchives busybusy archives carried to Procore ({@link BusybusyProjectFlow})
   * @param projectsToProcore one outcome per top-level busybusy project
   * @param costCodesToBusybusy one outcome per Procore cost code ({@link BusybusyCostCodeFlow})
   * @param costCodesFromBusybusy one outcome per busybusy cost code
   * @param links the links after the run
   */
  public record Result(
      SyncReport people,
      SyncReport members,
      SyncReport projectsToBusybusy,
      SyncReport projectArchives,
      SyncReport projectsToProcore,
      SyncReport costCodesToBusybusy,
      SyncReport costCodesFromBusybusy,
      BusybusyLinks links) {
    /**
     * Checks the parts.
     *
     * @param people Procore people
     * @param members busybusy members
     * @param projectsToBusybusy Procore projects
     * @param projectArchives archives carried to Procore
     * @param projectsToProcore busybusy projects
     * @param costCodesToBusybusy Procore cost codes
     * @param costCodesFromBusybusy busybusy cost codes
     * @param links the links after the run
     * @throws NullPointerException when a part is {@code null}
     */
    public Result {
      Objects.requireNonNull(people, "people");
      Objects.requireNonNull(members, "members");
      Objects.requireNonNull(projectsToBusybusy, "projectsToBusybusy");
      Objects.requireNonNull(projectArchives, "projectArchives");
      Objects.requireNonNull(projectsToProcore, "projectsToProcore");
      Objects.requireNonNull(costCodesToBusybusy, "costCodesToBusybusy");
      Objects.requireNonNull(costCodesFromBusybusy, "costCodesFromBusybusy");
      Objects.requireNonNull(links, "links");
    }

    /**
     * Returns every report, in the order the steps ran.
     *
     * @return the seven reports
     */
    public List<SyncReport> reports() {
      return List.of(
          people,
          members,
          projectsToBusybusy,
          projectArchives,
          costCodesToBusybusy,
          projectsToProcore,
          costCodesFromBusybusy);
    }
  }

  /**
   * Runs the first sync.
   *
   * @param links the links so far (empty on a true first sync; the last result's on a rerun)
   * @param options dry run, listener, cancellation (no resume position)
   * @return the reports and the links after the run
   * @throws NullPointerException when an argument is {@code null}
   * @throws IllegalArgumentException when {@code options} carries a resume position
   */
  public Result run(BusybusyLinks links, RunOptions options) {
    Objects.requireNonNull(links, "links");
    Objects.requireNonNull(options, "options");
    if (options.resumeFrom().isPresent()) {
      throw new IllegalArgumentException(
          "the first sync does not resume: run it again without resumeFrom (it converges)");
    }
    String scope = "company:" + company.companyId();
    // ---- read both sides once ----
    List<Person> people = new ArrayList<>();
    company.people().list().forEach(people::add);
    List<Worker> members = busybusy.members().toList();
    List<Project> projects = new ArrayList<>();
    company.projects().list().forEach(projects::add);
    List<Location> tops = busybusy.projects().filter(l -> l.parentId().isEmpty()).toList();
    List<StandardCostCode> codes = BusybusyCostCodeFlow.standardCodes(company);
    List<CostCode> bbCodes = busybusy.costCodes().toList();

    // ---- 1. link ----
    PeopleLinks pl = linkPeople(people, members, links.workers());
    ProjectLinks prj = linkProjects(projects, tops, links.projects());
    CodeLinks cl = linkCodes(BusybusyCostCodeFlow.flatCodes(codes), bbCodes, links.costCodes());
    BusybusyLinks linked =
        links.toBuilder().workers(pl.links).projects(prj.links).costCodes(cl.links).build();

    // ---- 2. Procore -> busybusy ----
    Map<String, String> keyOfMember = new HashMap<>();
    pl.links.forEach((m, p) -> keyOfMember.put(m, BusybusyMemberTarget.KEY_PREFIX + p));
    BusybusyMemberTarget memberTarget =
        new BusybusyMemberTarget(busybusy, members, keyOfMember, windowSize);
    RecordMapper<Person, BusybusyMemberTarget.NewMember> personMapper =
        (p, context) -> {
          String key = BusybusyMemberTarget.KEY_PREFIX + p.id();
          RecordOutcome decided = pl.procoreSide.get(p.id());
          if (decided != null) {
            return Mapped.decided(key, decided);
          }
          return Mapped.upsert(
              new BusybusyMemberTarget.NewMember(
                  key,
                  p.firstName().orElse(null),
                  p.lastName().orElse(null),
                  p.employeeId().orElse(null)));
        };
    SyncReport peopleReport =
        UpsertTemplate.of(PEOPLE, memberTarget, clock).run(scope, people, personMapper, options);
    Map<String, Long> workers = new TreeMap<>(pl.links);
    memberTarget.created.forEach(
        (key, member) ->
            workers.put(
                member, Long.parseLong(key.substring(BusybusyMemberTarget.KEY_PREFIX.length()))));

    BusybusyProjectFlow.Result projectResult =
        BusybusyProjectFlow.of(company, busybusy, clock)
            .run(linked, options, projects, tops, prj.heldProcore);
    BusybusyCostCodeFlow.Result codeResult =
        BusybusyCostCodeFlow.of(company, busybusy, clock)
            .run(linked, options, codes, bbCodes, cl.heldProcore);

    // ---- 3. busybusy -> Procore ----
    ProcorePersonTarget personTarget = new ProcorePersonTarget(company, people, windowSize);
    RecordMapper<Worker, PersonUpdate> memberMapper =
        (w, context) -> {
          String key = ProcorePersonTarget.ORIGIN_PREFIX + w.id();
          RecordOutcome decided = pl.busybusySide.get(w.id());
          if (decided != null) {
            return Mapped.decided(key, decided);
          }
          if (w.archived()) {
            return Mapped.decided(
                key,
                RecordOutcome.skipped(
                    key,
                    ARCHIVED,
                    "busybusy member "
                        + w.displayName()
                        + " is archived and has no Procore person: not copied"));
          }
          return Mapped.upsert(
              PersonUpdate.builder()
                  .originId(key)
                  .firstName(w.firstName())
                  .lastName(w.lastName())
                  .employeeId(w.employeeNumber())
                  .isEmployee(true)
                  .build());
        };
    SyncReport membersReport =
        UpsertTemplate.of(MEMBERS, personTarget, clock).run(scope, members, memberMapper, options);
    personTarget.created.forEach(
        (key, person) ->
            workers.put(key.substring(ProcorePersonTarget.ORIGIN_PREFIX.length()), person));

    ProcoreProjectTarget projectTarget = new ProcoreProjectTarget(company, projects, windowSize);
    SyncReport projectsReport =
        UpsertTemplate.of(PROJECTS_TO_PROCORE, projectTarget, clock)
            .run(scope, tops, projectMapper(prj), options);
    Map<String, Long> projectLinks = new TreeMap<>(projectResult.links().projects());
    projectTarget.written.forEach(
        (key, id) ->
            projectLinks.put(key.substring(ProcoreProjectTarget.ORIGIN_PREFIX.length()), id));

    SyncReport codesReport = codesFromBusybusy(scope, bbCodes, cl, options);

    BusybusyLinks after =
        linked.toBuilder()
            .workers(workers)
            .projects(projectLinks)
            .costCodes(codeResult.links().costCodes())
            .build();
    return new Result(
        peopleReport,
        membersReport,
        projectResult.toBusybusy(),
        projectResult.toProcore(),
        projectsReport,
        codeResult.report(),
        codesReport,
        after);
  }

  /** The Procore-project step on its own (package-private for its contract test). */
  static SyncReport projectsToProcore(
      CompanyClient company, Clock clock, int windowSize, List<Location> tops, RunOptions options) {
    List<Project> projects = new ArrayList<>();
    company.projects().list().forEach(projects::add);
    ProcoreProjectTarget target = new ProcoreProjectTarget(company, projects, windowSize);
    ProjectLinks none = new ProjectLinks(Map.of(), Map.of(), Map.of());
    return UpsertTemplate.of(PROJECTS_TO_PROCORE, target, clock)
        .run("company:" + company.companyId(), tops, projectMapper(none), options);
  }

  private static RecordMapper<Location, ProjectUpdate> projectMapper(ProjectLinks prj) {
    return (l, context) -> {
      String key = ProcoreProjectTarget.ORIGIN_PREFIX + l.id();
      RecordOutcome decided = prj.busybusySide.get(l.id());
      if (decided != null) {
        return Mapped.decided(key, decided);
      }
      if (l.archived()) {
        return Mapped.decided(
            key,
            RecordOutcome.skipped(
                key,
                ARCHIVED,
                "busybusy project '"
                    + l.name()
                    + "' is archived and has no Procore project: not copied"));
      }
      return Mapped.upsert(ProcoreProjectTarget.body(l));
    };
  }

  private SyncReport codesFromBusybusy(
      String scope, List<CostCode> bbCodes, CodeLinks cl, RunOptions options) {
    SyncRun run = SyncRun.start(COST_CODES_FROM_BUSYBUSY, scope, bbCodes.size(), options, clock);
    for (CostCode c : bbCodes) {
      String key = COST_CODE_PREFIX + c.id();
      RecordOutcome decided = cl.busybusySide.get(c.id());
      if (decided == null) {
        decided =
            RecordOutcome.skipped(
                key,
                c.archived() ? ARCHIVED : COST_CODE_NOT_IN_PROCORE,
                "busybusy cost code "
                    + c.code()
                    + (c.archived()
                        ? " is archived and has no Procore cost code: nothing to do"
                        : " is not in Procore, and cost codes are managed in Procore: add "
                            + c.code()
                            + " to the company's standard cost codes and the next sync links"
                            + " it"));
      }
      run.record(decided);
    }
    return run.complete();
  }

  // ------------------------------------------------------------------ linking

  /** People links: member id -> person id, and the decided outcome of each side's records. */
  private record PeopleLinks(
      Map<String, Long> links,
      Map<Long, RecordOutcome> procoreSide,
      Map<String, RecordOutcome> busybusySide) {}

  /** Project links, the decided outcomes, and the Procore projects held back. */
  private record ProjectLinks(
      Map<String, Long> links,
      Map<String, RecordOutcome> busybusySide,
      Map<Long, Violation> heldProcore) {}

  /** Cost code links, the busybusy side's decided outcomes, and the Procore codes held back. */
  private record CodeLinks(
      Map<String, Long> links,
      Map<String, RecordOutcome> busybusySide,
      Map<Long, Violation> heldProcore) {}

  /** A Procore cost code by its flat code. */
  private record FlatCode(long id, String code) {}

  private static PeopleLinks linkPeople(
      List<Person> people, List<Worker> members, Map<String, Long> given) {
    Map<String, Long> links = new TreeMap<>();
    Map<Long, Person> personById = new HashMap<>();
    people.forEach(p -> personById.put(p.id(), p));
    Set<String> memberIds = members.stream().map(Worker::id).collect(Collectors.toSet());
    Set<Long> linkedPeople = new HashSet<>();
    given.forEach(
        (m, p) -> {
          if (memberIds.contains(m) && personById.containsKey(p) && linkedPeople.add(p)) {
            links.put(m, p);
          }
        });
    for (Person p : people) {
      String origin = p.originId().orElse("");
      if (origin.startsWith(ProcorePersonTarget.ORIGIN_PREFIX)) {
        String m = origin.substring(ProcorePersonTarget.ORIGIN_PREFIX.length());
        if (memberIds.contains(m) && !links.containsKey(m) && linkedPeople.add(p.id())) {
          links.put(m, p.id());
        }
      }
    }
    List<Person> employees = new ArrayList<>();
    List<Person> others = new ArrayList<>();
    for (Person p : people) {
      if (!linkedPeople.contains(p.id())) {
        (p.isEmployee().orElse(false) ? employees : others).add(p);
      }
    }
    List<Worker> free = members.stream().filter(m -> !links.containsKey(m.id())).toList();
    Reconciliation<Person, Worker> r = Reconciler.reconcile(employees, free, PEOPLE_KEYS);
    for (Link<Person, Worker> l : r.links()) {
      links.put(l.right().id(), l.left().id());
    }
    Map<Long, RecordOutcome> procoreSide = new HashMap<>();
    Map<String, RecordOutcome> busybusySide = new HashMap<>();
    Map<String, Worker> memberById = new HashMap<>();
    members.forEach(m -> memberById.put(m.id(), m));
    links.forEach(
        (m, p) -> {
          procoreSide.put(p, RecordOutcome.unchanged(BusybusyMemberTarget.KEY_PREFIX + p, m));
          busybusySide.put(
              m, RecordOutcome.unchanged(ProcorePersonTarget.ORIGIN_PREFIX + m, String.valueOf(p)));
        });
    for (AmbiguousMatch<Person, Worker> a : r.ambiguous()) {
      Violation v =
          ambiguity(
              a,
              "Procore people",
              "busybusy members",
              BusybusyFirstSync::describe,
              BusybusyFirstSync::describe);
      a.lefts()
          .forEach(p -> procoreSide.put(p.id(), skip(BusybusyMemberTarget.KEY_PREFIX + p.id(), v)));
      a.rights()
          .forEach(
              w -> busybusySide.put(w.id(), skip(ProcorePersonTarget.ORIGIN_PREFIX + w.id(), v)));
    }
    // A member who matches only people not marked as employees: tell the user, never copy.
    Reconciliation<Person, Worker> nonEmployees =
        Reconciler.reconcile(others, r.onlyRight(), PEOPLE_KEYS);
    Map<String, List<Person>> matchedOthers = new LinkedHashMap<>();
    for (Link<Person, Worker> l : nonEmployees.links()) {
      matchedOthers.computeIfAbsent(l.right().id(), k -> new ArrayList<>()).add(l.left());
    }
    for (AmbiguousMatch<Person, Worker> a : nonEmployees.ambiguous()) {
      a.rights()
          .forEach(
              w -> matchedOthers.computeIfAbsent(w.id(), k -> new ArrayList<>()).addAll(a.lefts()));
    }
    matchedOthers.forEach(
        (m, persons) -> {
          String names =
              persons.stream().map(BusybusyFirstSync::describe).collect(Collectors.joining(", "));
          String key = ProcorePersonTarget.ORIGIN_PREFIX + m;
          busybusySide.put(
              m,
              RecordOutcome.skipped(
                  key,
                  NOT_AN_EMPLOYEE,
                  "busybusy member "
                      + describe(memberById.get(m))
                      + " matches "
                      + names
                      + " in Procore, not marked as an employee: mark them as an employee in"
                      + " Procore's directory and rerun (nothing was copied)"));
        });
    for (Person p : others) {
      procoreSide.putIfAbsent(
          p.id(),
          RecordOutcome.skipped(
              BusybusyMemberTarget.KEY_PREFIX + p.id(),
              NOT_AN_EMPLOYEE,
              "Procore person "
                  + describe(p)
                  + " is not marked as an employee: not linked or copied to busybusy; mark them"
                  + " as an employee in Procore's directory to sync their time"));
    }
    return new PeopleLinks(links, procoreSide, busybusySide);
  }

  private static ProjectLinks linkProjects(
      List<Project> projects, List<Location> tops, Map<String, Long> given) {
    Map<String, Long> links = new TreeMap<>();
    Map<Long, Project> byId = new HashMap<>();
    projects.forEach(p -> byId.put(p.id(), p));
    Set<String> topIds = tops.stream().map(Location::id).collect(Collectors.toSet());
    Set<Long> linked = new HashSet<>();
    // Given links stay as they are (the project flow archives across them); only live ones count.
    given.forEach(
        (b, p) -> {
          if (topIds.contains(b)) {
            links.put(b, p);
            linked.add(p);
          }
        });
    for (Project p : projects) {
      String origin = p.originId().orElse("");
      if (origin.startsWith(ProcoreProjectTarget.ORIGIN_PREFIX)) {
        String b = origin.substring(ProcoreProjectTarget.ORIGIN_PREFIX.length());
        if (topIds.contains(b) && !links.containsKey(b) && linked.add(p.id())) {
          links.put(b, p.id());
        }
      }
    }
    List<Project> freeProjects =
        projects.stream().filter(p -> p.active().orElse(true) && !linked.contains(p.id())).toList();
    List<Location> freeTops =
        tops.stream().filter(l -> !l.archived() && !links.containsKey(l.id())).toList();
    Reconciliation<Project, Location> r =
        Reconciler.reconcile(freeProjects, freeTops, PROJECT_KEYS);
    for (Link<Project, Location> l : r.links()) {
      links.put(l.right().id(), l.left().id());
    }
    Map<String, RecordOutcome> busybusySide = new HashMap<>();
    links.forEach(
        (b, p) ->
            busybusySide.put(
                b,
                RecordOutcome.unchanged(
                    ProcoreProjectTarget.ORIGIN_PREFIX + b, String.valueOf(p))));
    Map<Long, Violation> held = new HashMap<>();
    for (AmbiguousMatch<Project, Location> a : r.ambiguous()) {
      Violation v =
          ambiguity(
              a,
              "Procore projects",
              "busybusy projects",
              p -> p.id() + " (" + p.name() + ")",
              l -> l.id() + " (" + l.name() + ")");
      a.lefts().forEach(p -> held.put(p.id(), v));
      a.rights()
          .forEach(
              l -> busybusySide.put(l.id(), skip(ProcoreProjectTarget.ORIGIN_PREFIX + l.id(), v)));
    }
    return new ProjectLinks(links, busybusySide, held);
  }

  private static CodeLinks linkCodes(
      Map<Long, String> flat, List<CostCode> bbCodes, Map<String, Long> given) {
    Map<String, Long> links = new TreeMap<>();
    Set<String> bbIds = bbCodes.stream().map(CostCode::id).collect(Collectors.toSet());
    Set<Long> linked = new HashSet<>();
    given.forEach(
        (b, p) -> {
          if (bbIds.contains(b)) {
            links.put(b, p);
            linked.add(p);
          }
        });
    List<FlatCode> free = new ArrayList<>();
    flat.forEach(
        (id, code) -> {
          if (!linked.contains(id)) {
            free.add(new FlatCode(id, code));
          }
        });
    List<CostCode> freeBb =
        bbCodes.stream().filter(c -> !c.archived() && !links.containsKey(c.id())).toList();
    Reconciliation<FlatCode, CostCode> r = Reconciler.reconcile(free, freeBb, CODE_KEYS);
    for (Link<FlatCode, CostCode> l : r.links()) {
      links.put(l.right().id(), l.left().id());
    }
    Map<String, RecordOutcome> busybusySide = new HashMap<>();
    links.forEach(
        (b, p) ->
            busybusySide.put(b, RecordOutcome.unchanged(COST_CODE_PREFIX + b, String.valueOf(p))));
    Map<Long, Violation> held = new HashMap<>();
    for (AmbiguousMatch<FlatCode, CostCode> a : r.ambiguous()) {
      Violation v =
          ambiguity(
              a,
              "Procore cost codes",
              "busybusy cost codes",
              c -> c.id() + " (" + c.code() + ")",
              c -> c.id() + " (" + c.code() + c.name().map(n -> " " + n).orElse("") + ")");
      a.lefts().forEach(c -> held.put(c.id(), v));
      a.rights().forEach(c -> busybusySide.put(c.id(), skip(COST_CODE_PREFIX + c.id(), v)));
    }
    return new CodeLinks(links, busybusySide, held);
  }

  private static <L, R> Violation ambiguity(
      AmbiguousMatch<L, R> a,
      String leftNoun,
      String rightNoun,
      Function<L, String> left,
      Function<R, String> right) {
    String message =
        a.lefts().size()
            + " "
            + leftNoun
            + " and "
            + a.rights().size()
            + " "
            + rightNoun
            + " share the "
            + a.keyName()
            + " '"
            + a.keyValue()
            + "': Procore "
            + a.lefts().stream().map(left).collect(Collectors.joining(", "))
            + "; busybusy "
            + a.rights().stream().map(right).collect(Collectors.joining(", "))
            + ". Nothing was linked or copied: link them in BusybusyLinks or make them differ,"
            + " then rerun";
    return Violation.of(AMBIGUOUS, a.keyName(), a.keyValue(), message);
  }

  private static RecordOutcome skip(String key, Violation v) {
    return RecordOutcome.skipped(key, List.of(v));
  }

  private static String describe(Person p) {
    return p.id() + " (" + fullName(p.firstName().orElse(null), p.lastName().orElse(null)) + ")";
  }

  private static String describe(@Nullable Worker w) {
    return w == null
        ? "?"
        : w.id() + " (" + fullName(w.firstName().orElse(null), w.lastName().orElse(null)) + ")";
  }

  private static String fullName(@Nullable String first, @Nullable String last) {
    String f = first == null ? "" : first.strip();
    String l = last == null ? "" : last.strip();
    return (f + " " + l).strip();
  }

  @Override
  public String toString() {
    return "BusybusyFirstSync{company=" + company.companyId() + "}";
  }
}
