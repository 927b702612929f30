package dev.procoresync.core.client;

import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.client.internal.PeopleApi;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.model.Person;
import java.util.Objects;

/**
 * The company's people: the workers timecards are kept for, including those without a login.
 *
 * <pre>{@code
 * client.forCompany(42L).people().list(ListOptions.none().withFilter("is_employee", "true"));
 * }</pre>
 */
public final class People {
  private final Scope scope;
  private final PeopleApi api;

  People(Scope scope) {
    this.scope = scope;
    this.api = scope.service(PeopleApi.class);
  }

  /**
   * Lists the company's people, lazily.
   *
   * @return the people
   */
  public PagedIterable<Person> list() {
    return list(ListOptions.none());
  }

  /**
   * Lists the company's people matching the options, lazily.
   *
   * @param options filters such as {@code is_employee} or {@code search}
   * @return the people
   */
  public PagedIterable<Person> list(ListOptions options) {
    Objects.requireNonNull(options, "options");
    return scope
        .transport()
        .list(
            api.list(scope.companyId(), options.perPageOr(Scope.V1_PAGE_SIZE), options.query()),
            Person.class,
            Envelope.NONE);
  }

  @Override
  public String toString() {
    return "People{" + scope + "}";
  }
}
