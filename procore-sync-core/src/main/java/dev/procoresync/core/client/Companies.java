package dev.procoresync.core.client;

import dev.procoresync.core.client.internal.CompaniesApi;
import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.model.Company;

/**
 * The companies the credential can reach ({@code GET /rest/v1.0/companies}).
 *
 * <p>Every other request of the library carries the {@code Procore-Company-Id} header of the {@link
 * CompanyClient} it goes through. This list is the one call that may go without it: {@link
 * ProcoreClient#companies()} sends none, for a user's token (authorization code grant), which may
 * reach several companies. A Developer Managed Service Account (client credentials) must send the
 * header on this call too: Procore answers it with status 400 and {@code Missing Procore-Company-Id
 * header!}, which the client throws as the library's exception for a 400. A service account
 * therefore lists through a company scope: {@code client.forCompany(companyId).companies().list()}.
 *
 * <pre>{@code
 * client.companies().list().forEach(c -> System.out.println(c.id() + " " + c.name()));
 * }</pre>
 */
public final class Companies {
  private final Scope scope;
  private final CompaniesApi api;

  Companies(Scope scope) {
    this.scope = scope;
    this.api = scope.service(CompaniesApi.class);
  }

  /**
   * Lists the companies, lazily.
   *
   * @return the companies
   */
  public PagedIterable<Company> list() {
    return scope.transport().list(api.list(Scope.V1_PAGE_SIZE), Company.class, Envelope.NONE);
  }

  @Override
  public String toString() {
    return "Companies{" + scope + "}";
  }
}
