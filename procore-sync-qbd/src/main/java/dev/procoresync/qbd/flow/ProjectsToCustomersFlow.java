package dev.procoresync.qbd.flow;

import dev.procoresync.core.flow.Mapped;
import dev.procoresync.core.model.Project;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.validation.Validated;
import dev.procoresync.qbd.mapping.CustomerMapping;
import dev.procoresync.qbd.model.JobSettings;
import dev.procoresync.qbd.qbxml.CustomerAdd;
import dev.procoresync.qbd.qbxml.CustomerMod;
import dev.procoresync.qbd.qbxml.ListQuery;
import dev.procoresync.qbd.qbxml.ListType;
import dev.procoresync.qbd.qbxml.QbRequestBody;
import dev.procoresync.qbd.qbxml.QbRet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Procore projects -> QuickBooks jobs ({@code Customer:Job}) or customers, per {@link JobSettings}
 * ({@link CustomerMapping}): the project's address goes to Ship To. A job whose parent customer is
 * missing is FAILED with status 3140 (create the customer in QuickBooks first).
 *
 * <pre>{@code
 * QbdFlowRun run = ProjectsToCustomersFlow.create(qbd, JobSettings.builder().parentCustomer("Acme").build())
 *     .start("projects-1", projects);
 * }</pre>
 */
public final class ProjectsToCustomersFlow {
  /** The flow's name in reports. */
  public static final String FLOW = "qbd-projects-to-customers";

  private final ExportEngine<Project> engine;

  private ProjectsToCustomersFlow(QbdConnection conn, JobSettings settings) {
    this.engine = new ExportEngine<>(conn, new Spec(settings));
  }

  /**
   * Creates the flow.
   *
   * @param conn the Web Connector queue and company
   * @param settings jobs under a customer, or customers
   * @return the flow
   */
  public static ProjectsToCustomersFlow create(QbdConnection conn, JobSettings settings) {
    return new ProjectsToCustomersFlow(
        Objects.requireNonNull(conn, "conn"), Objects.requireNonNull(settings, "settings"));
  }

  /**
   * Starts a run: queues the read of QuickBooks' customers and jobs.
   *
   * @param runId the run's id, unique per run
   * @param projects the Procore projects
   * @return the run
   * @throws IllegalArgumentException when {@code runId} is blank
   */
  public QbdFlowRun start(String runId, Iterable<Project> projects) {
    return engine.start(
        Objects.requireNonNull(runId, "runId"), Objects.requireNonNull(projects, "projects"));
  }

  /**
   * Moves the run on once the Web Connector drained what it queued; does nothing before.
   *
   * @param run the run
   * @return the run, in its next phase
   */
  public QbdFlowRun advance(QbdFlowRun run) {
    return engine.advance(Objects.requireNonNull(run, "run"));
  }

  private static final class Spec implements ExportSpec<Project> {
    private final JobSettings settings;

    Spec(JobSettings settings) {
      this.settings = settings;
    }

    @Override
    public String flow() {
      return FLOW;
    }

    @Override
    public String noun() {
      return "job";
    }

    @Override
    public QbRequestBody read(int pageSize) {
      return ListQuery.builder().type(ListType.CUSTOMER).maxReturned(pageSize).build();
    }

    @Override
    public QbRequestBody recheck(List<String> lookups) {
      return ListQuery.builder().type(ListType.CUSTOMER).fullNames(lookups).build();
    }

    @Override
    public Optional<String> keyOf(QbRet existing) {
      return existing.fullName().map(n -> "qbd:customer:" + ExportEngine.lower(n));
    }

    @Override
    public String lookupOf(QbRet existing) {
      return existing.fullName().orElse("");
    }

    @Override
    public List<String> compared() {
      return List.of(
          "FullName",
          "ShipAddress/Addr1",
          "ShipAddress/City",
          "ShipAddress/State",
          "ShipAddress/PostalCode");
    }

    @Override
    public Mapped<QbWrite> map(Project project) {
      Validated<CustomerAdd> customer = CustomerMapping.toCustomer(project, settings);
      if (!customer.isValid()) {
        String key = "qbd:customer:procore-project-" + project.id();
        return Mapped.decided(key, RecordOutcome.skipped(key, customer.violations()));
      }
      CustomerAdd add = customer.value();
      String full = CustomerMapping.fullName(project, settings);
      QbWrite.Builder w =
          QbWrite.builder()
              .key("qbd:customer:" + ExportEngine.lower(full))
              .lookup(full)
              .add(add)
              .putCompare("FullName", full);
      add.shipAddress()
          .ifPresent(
              a -> {
                a.addr1().ifPresent(v -> w.putCompare("ShipAddress/Addr1", v));
                a.city().ifPresent(v -> w.putCompare("ShipAddress/City", v));
                a.state().ifPresent(v -> w.putCompare("ShipAddress/State", v));
                a.postalCode().ifPresent(v -> w.putCompare("ShipAddress/PostalCode", v));
              });
      return Mapped.upsert(w.build());
    }

    @Override
    public QbRequestBody toMod(QbWrite write, QbRet existing) {
      CustomerAdd add = (CustomerAdd) write.add();
      return CustomerMod.builder()
          .listId(existing.id().orElseThrow())
          .editSequence(existing.editSequence().orElseThrow())
          .shipAddress(add.shipAddress())
          .build();
    }
  }
}
