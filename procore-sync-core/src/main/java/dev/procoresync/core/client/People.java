package dev.procoresync.core.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.client.internal.PeopleApi;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.model.Person;
import dev.procoresync.core.model.PersonUpdate;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * The company's people: the workers timecards are kept for, including those without a login.
 *
 * <pre>{@code
 * client.forCompany(42L).people().list(ListOptions.none().withFilter("is_employee", "true"));
 * Person bo = client.forCompany(42L).people().create(PersonUpdate.builder()
 *     .firstName("Bo").lastName("Lin").isEmployee(true).originId("busybusy:member:9f1c").build());
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

  /**
   * Finds the active person carrying an origin id (the list is read and filtered here: the people
   * endpoint documents no {@code origin_id} filter).
   *
   * @param originId the other system's key
   * @return the person, if one has it
   */
  public Optional<Person> findByOriginId(String originId) {
    Objects.requireNonNull(originId, "originId");
    return StreamSupport.stream(list().spliterator(), false)
        .filter(p -> p.originId().filter(originId::equals).isPresent())
        .findFirst();
  }

  /**
   * Creates a person of the company directory ({@code POST /rest/v1.0/companies/{id}/people}). When
   * the outcome of the POST is unknown (timeout, 5xx) and the person has an origin id, the client
   * looks it up by origin id before sending it again, so it is never created twice.
   *
   * @param person the attributes ({@code last_name} is required)
   * @return the created person
   * @throws IllegalArgumentException when {@code last_name} is missing
   */
  public Person create(PersonUpdate person) {
    Objects.requireNonNull(person, "person");
    if (person.lastName().filter(s -> !s.isBlank()).isEmpty()) {
      throw new IllegalArgumentException("person.last_name is required to create a person");
    }
    ObjectNode body = scope.object();
    body.set("person", scope.tree(person));
    return scope.createSafely(
        headers -> api.create(scope.companyId(), body, headers),
        Person.class,
        person.originId().isPresent() ? () -> findByOriginId(person.originId().get()) : null);
  }

  @Override
  public String toString() {
    return "People{" + scope + "}";
  }
}
