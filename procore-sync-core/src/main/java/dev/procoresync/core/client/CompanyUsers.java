package dev.procoresync.core.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.internal.CompanyUsersApi;
import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.model.CompanyUser;
import dev.procoresync.core.model.CompanyUserUpdate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * The users of the company directory ({@code /rest/v1.3/companies/{company_id}/users}): list, show,
 * create, update and batch sync.
 *
 * <pre>{@code
 * CompanyUsers users = client.forCompany(42L).companyUsers();
 * CompanyUser pat = users.create(CompanyUserUpdate.builder()
 *     .lastName("Lee").emailAddress("pat@example.com").originId("bc:user:U7").build());
 * SyncResult<CompanyUser> r = users.sync(updates);
 * }</pre>
 */
public final class CompanyUsers {
  private final Scope scope;
  private final CompanyUsersApi api;

  CompanyUsers(Scope scope) {
    this.scope = scope;
    this.api = scope.service(CompanyUsersApi.class);
  }

  /**
   * Lists the company's users, lazily.
   *
   * <pre>{@code
   * users.list().forEach(u -> System.out.println(u.emailAddress().orElse("")));
   * }</pre>
   *
   * @return the users
   */
  public PagedIterable<CompanyUser> list() {
    return list(ListOptions.none());
  }

  /**
   * Lists the company's users matching the options, lazily.
   *
   * <pre>{@code
   * users.list(ListOptions.none().withUpdatedBetween(since, now));
   * }</pre>
   *
   * @param options filters such as {@code withUpdatedBetween} or {@code withOriginId}
   * @return the users
   */
  public PagedIterable<CompanyUser> list(ListOptions options) {
    Objects.requireNonNull(options, "options");
    return scope
        .transport()
        .list(
            api.list(scope.companyId(), options.perPageOr(Scope.V1_PAGE_SIZE), options.query()),
            CompanyUser.class,
            Envelope.NONE);
  }

  /**
   * Finds the user carrying an origin id.
   *
   * @param originId the other system's key
   * @return the user, if one has it
   */
  public Optional<CompanyUser> findByOriginId(String originId) {
    Objects.requireNonNull(originId, "originId");
    return StreamSupport.stream(
            list(ListOptions.none().withOriginId(originId)).spliterator(), false)
        .filter(u -> u.originId().filter(originId::equals).isPresent())
        .findFirst();
  }

  /**
   * Shows a company user.
   *
   * @param id the user id
   * @return the user
   * @throws dev.procoresync.core.error.ProcoreNotFoundException when it does not exist
   */
  public CompanyUser get(long id) {
    return scope
        .transport()
        .execute(api.get(scope.companyId(), id), CompanyUser.class, Envelope.NONE);
  }

  /**
   * Creates a company user. When the outcome of the POST is unknown (timeout, 5xx) and the user has
   * an origin id, the client looks it up by origin id before sending it again, so it is never
   * created twice.
   *
   * @param user the attributes ({@code email_address} and {@code last_name} are required)
   * @return the created user
   * @throws IllegalArgumentException when {@code email_address} or {@code last_name} is missing
   */
  public CompanyUser create(CompanyUserUpdate user) {
    Objects.requireNonNull(user, "user");
    if (user.emailAddress().filter(s -> !s.isBlank()).isEmpty()) {
      throw new IllegalArgumentException(
          "user.emailAddress is required to create a company user, got " + user.emailAddress());
    }
    if (user.lastName().filter(s -> !s.isBlank()).isEmpty()) {
      throw new IllegalArgumentException(
          "user.lastName is required to create a company user, got " + user.lastName());
    }
    ObjectNode body = scope.object();
    body.set("user", scope.tree(user));
    return scope.createSafely(
        headers -> api.create(scope.companyId(), body, headers),
        CompanyUser.class,
        user.originId().isPresent() ? () -> findByOriginId(user.originId().get()) : null);
  }

  /**
   * Updates a company user.
   *
   * @param id the user id
   * @param user the attributes to change (only those set are sent)
   * @return the updated user
   * @throws dev.procoresync.core.error.ProcoreNotFoundException when it does not exist
   */
  public CompanyUser update(long id, CompanyUserUpdate user) {
    Objects.requireNonNull(user, "user");
    ObjectNode body = scope.object();
    body.set("user", scope.tree(user));
    return scope
        .transport()
        .execute(api.update(scope.companyId(), id, body), CompanyUser.class, Envelope.NONE);
  }

  /**
   * Creates or updates many users through {@code PATCH
   * /rest/v1.3/companies/{company_id}/users/sync}, in chunks of up to 1,000. Items are matched by
   * {@code id}, then by {@code origin_id}.
   *
   * @param updates the items
   * @return the stored users and the per-item failures
   */
  public SyncResult<CompanyUser> sync(List<CompanyUserUpdate> updates) {
    return scope.sync(
        updates,
        array -> {
          ObjectNode body = scope.object();
          body.set("updates", array);
          return api.sync(scope.companyId(), body);
        },
        CompanyUser.class);
  }

  @Override
  public String toString() {
    return "CompanyUsers{" + scope + "}";
  }
}
