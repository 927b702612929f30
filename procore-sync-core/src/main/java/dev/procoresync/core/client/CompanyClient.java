package dev.procoresync.core.client;

/**
 * The client scoped to one company: every request carries {@code Procore-Company-Id} and the
 * company's rate-limit budget. Holds the resource facades; thread safe; obtained from {@link
 * ProcoreClient#forCompany(long)}.
 *
 * <pre>{@code
 * CompanyClient company = client.forCompany(42L);
 * company.vendors().sync(updates);
 * company.timecardEntries().listChangedBetween(since, now).forEach(...);
 * }</pre>
 */
public final class CompanyClient {
  private final long companyId;
  private final Companies companies;
  private final Projects projects;
  private final Vendors vendors;
  private final CompanyUsers companyUsers;
  private final CostCodes costCodes;
  private final LineItemTypes lineItemTypes;
  private final SubJobs subJobs;
  private final TimecardEntries timecardEntries;
  private final People people;
  private final TimecardTimeTypes timecardTimeTypes;
  private final Timesheets timesheets;
  private final Crews crews;
  private final WorkClassifications workClassifications;
  private final TimesheetRounding timesheetRounding;
  private final Budget budget;
  private final Commitments commitments;
  private final DirectCosts directCosts;
  private final Requisitions requisitions;
  private final ContractPayments contractPayments;
  private final ChangeManagement changeManagement;
  private final WorkBreakdownStructure workBreakdownStructure;
  private final Webhooks webhooks;

  CompanyClient(long companyId, Scope scope) {
    this.companyId = companyId;
    this.companies = new Companies(scope);
    this.projects = new Projects(scope);
    this.vendors = new Vendors(scope);
    this.companyUsers = new CompanyUsers(scope);
    this.costCodes = new CostCodes(scope);
    this.lineItemTypes = new LineItemTypes(scope);
    this.subJobs = new SubJobs(scope);
    this.timecardEntries = new TimecardEntries(scope);
    this.people = new People(scope);
    this.timecardTimeTypes = new TimecardTimeTypes(scope);
    this.timesheets = new Timesheets(scope);
    this.crews = new Crews(scope);
    this.workClassifications = new WorkClassifications(scope);
    this.timesheetRounding = new TimesheetRounding(scope);
    this.budget = new Budget(scope);
    this.commitments = new Commitments(scope);
    this.directCosts = new DirectCosts(scope);
    this.requisitions = new Requisitions(scope);
    this.contractPayments = new ContractPayments(scope);
    this.changeManagement = new ChangeManagement(scope);
    this.workBreakdownStructure = new WorkBreakdownStructure(scope);
    this.webhooks = new Webhooks(scope);
  }

  /**
   * Returns the company this scope sends in {@code Procore-Company-Id}.
   *
   * @return the company id
   */
  public long companyId() {
    return companyId;
  }

  /**
   * Returns the companies facade (with the company header, as service accounts need).
   *
   * @return the facade
   */
  public Companies companies() {
    return companies;
  }

  /**
   * Returns the projects facade.
   *
   * @return the facade
   */
  public Projects projects() {
    return projects;
  }

  /**
   * Returns the vendors facade.
   *
   * @return the facade
   */
  public Vendors vendors() {
    return vendors;
  }

  /**
   * Returns the company users facade (the company directory's users).
   *
   * @return the facade
   */
  public CompanyUsers companyUsers() {
    return companyUsers;
  }

  /**
   * Returns the cost codes facade (project codes and standard lists).
   *
   * @return the facade
   */
  public CostCodes costCodes() {
    return costCodes;
  }

  /**
   * Returns the cost types (line item types) facade.
   *
   * @return the facade
   */
  public LineItemTypes lineItemTypes() {
    return lineItemTypes;
  }

  /**
   * Returns the sub jobs facade.
   *
   * @return the facade
   */
  public SubJobs subJobs() {
    return subJobs;
  }

  /**
   * Returns the timecard entries facade.
   *
   * @return the facade
   */
  public TimecardEntries timecardEntries() {
    return timecardEntries;
  }

  /**
   * Returns the company people facade.
   *
   * @return the facade
   */
  public People people() {
    return people;
  }

  /**
   * Returns the project timesheets facade (list, show, create, approval).
   *
   * <pre>{@code
   * client.forCompany(42L).timesheets().list(projectId);
   * }</pre>
   *
   * @return the facade
   */
  public Timesheets timesheets() {
    return timesheets;
  }

  /**
   * Returns the project crews facade (list, show, create, update, delete).
   *
   * <pre>{@code
   * client.forCompany(42L).crews().list(projectId);
   * }</pre>
   *
   * @return the facade
   */
  public Crews crews() {
    return crews;
  }

  /**
   * Returns the company work classifications facade (list, show, create, update).
   *
   * <pre>{@code
   * client.forCompany(42L).workClassifications().list();
   * }</pre>
   *
   * @return the facade
   */
  public WorkClassifications workClassifications() {
    return workClassifications;
  }

  /**
   * Returns the company's timesheet rounding configuration facade (read, create, update, delete).
   *
   * <pre>{@code
   * client.forCompany(42L).timesheetRounding().find();
   * }</pre>
   *
   * @return the facade
   */
  public TimesheetRounding timesheetRounding() {
    return timesheetRounding;
  }

  /**
   * Returns the timecard time types facade.
   *
   * @return the facade
   */
  public TimecardTimeTypes timecardTimeTypes() {
    return timecardTimeTypes;
  }

  /**
   * The project budgets: views, detail rows, budget line items, budget changes and legacy
   * modifications.
   *
   * @return the facade
   */
  public Budget budget() {
    return budget;
  }

  /**
   * The project commitments: purchase order and work order contracts, their lines and commitment
   * change orders.
   *
   * @return the facade
   */
  public Commitments commitments() {
    return commitments;
  }

  /**
   * The project direct costs and their lines.
   *
   * @return the facade
   */
  public DirectCosts directCosts() {
    return directCosts;
  }

  /**
   * The project subcontractor invoices (requisitions).
   *
   * @return the facade
   */
  public Requisitions requisitions() {
    return requisitions;
  }

  /**
   * The payments issued on commitments (contract payments).
   *
   * @return the facade
   */
  public ContractPayments contractPayments() {
    return contractPayments;
  }

  /**
   * The project change management: change events, change order packages, potential change orders
   * and change order requests.
   *
   * @return the facade
   */
  public ChangeManagement changeManagement() {
    return changeManagement;
  }

  /**
   * The work breakdown structure: patterns, segments, segment items and project budget codes.
   *
   * @return the facade
   */
  public WorkBreakdownStructure workBreakdownStructure() {
    return workBreakdownStructure;
  }

  /**
   * The company webhooks: hooks, triggers and deliveries.
   *
   * @return the facade
   */
  public Webhooks webhooks() {
    return webhooks;
  }

  @Override
  public String toString() {
    return "CompanyClient{company=" + companyId + "}";
  }
}
