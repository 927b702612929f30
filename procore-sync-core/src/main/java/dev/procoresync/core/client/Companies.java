package dev.procoresync.core.client;

import dev.procoresync.core.client.internal.CompaniesApi;
import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.model.Company;

/**
 * The companies the credential can reach ({@code GET /rest/v1.0/companies}).
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
