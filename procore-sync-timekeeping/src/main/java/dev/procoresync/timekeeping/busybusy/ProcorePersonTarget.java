package dev.procoresync.timekeeping.busybusy;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.flow.FieldDigest;
import dev.procoresync.core.flow.ItemResult;
import dev.procoresync.core.flow.PlannedWrite;
import dev.procoresync.core.flow.UpsertTarget;
import dev.procoresync.core.model.Person;
import dev.procoresync.core.model.PersonUpdate;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.validation.Violation;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Procore's company people as the target of the first sync's busybusy -> Procore step: creates an
 * employee ({@code is_employee}) for each busybusy member Procore lacks, with {@code origin_id}
 * {@code busybusy:member:<id>}, the key of the step. Creates go through {@code people().create},
 * which looks the origin id up before it sends a create again after a timeout.
 */
final class ProcorePersonTarget implements UpsertTarget<Person, PersonUpdate> {
  /** The prefix of the keys and origin ids: the busybusy member id follows it. */
  static final String ORIGIN_PREFIX = "busybusy:member:";

  private final CompanyClient company;
  private final List<Person> people;
  private final int windowSize;

  /** Key to the id of every person this target created (or found created). */
  final Map<String, Long> created = new HashMap<>();

  ProcorePersonTarget(CompanyClient company, List<Person> people, int windowSize) {
    this.company = company;
    this.people = people;
    this.windowSize = windowSize;
  }

  @Override
  public String noun() {
    return "Procore person";
  }

  @Override
  public Iterable<Person> existing() {
    return people;
  }

  @Override
  public int windowSize() {
    return windowSize;
  }

  @Override
  public Optional<String> existingKey(Person existing) {
    return existing.originId().filter(o -> o.startsWith(ORIGIN_PREFIX));
  }

  @Override
  public Optional<String> existingId(Person existing) {
    return Optional.of(String.valueOf(existing.id()));
  }

  @Override
  public Optional<String> updateKey(PersonUpdate update) {
    return update.originId();
  }

  /** The key alone, as in the outcomes the first sync decides itself (links, skips). */
  @Override
  public String label(PersonUpdate update) {
    return updateKey(update).orElse(noun());
  }

  @Override
  public FieldDigest<Person, PersonUpdate> digest() {
    return FieldDigest.of(
        List.of(Person::firstName, Person::lastName, Person::employeeId),
        List.of(PersonUpdate::firstName, PersonUpdate::lastName, PersonUpdate::employeeId));
  }

  @Override
  public PersonUpdate withTargetId(PersonUpdate update, String targetId) {
    return update;
  }

  @Override
  public List<Violation> validate(PersonUpdate update) {
    if (update.lastName().filter(s -> !s.isBlank()).isEmpty()) {
      return List.of(
          Violation.of(
              "procore.person_without_last_name",
              "lastName",
              update.originId().orElse(""),
              "the busybusy member has no last name, which Procore requires: add one in busybusy"));
    }
    return List.of();
  }

  @Override
  public Map<String, ItemResult> write(List<PlannedWrite<PersonUpdate>> window) {
    Map<String, ItemResult> answers = new HashMap<>();
    for (PlannedWrite<PersonUpdate> w : window) {
      if (w.kind() != PlannedWrite.Kind.CREATE) {
        answers.put(
            w.key(),
            ItemResult.failed(
                "UnsupportedOperationException",
                "the first sync links people and creates missing ones; it never changes one"));
        continue;
      }
      try {
        Person p = company.people().create(w.body());
        created.put(w.key(), p.id());
        answers.put(w.key(), ItemResult.written(String.valueOf(p.id())));
      } catch (RuntimeException e) {
        String type = e.getClass().getSimpleName();
        String message = RecordOutcome.describe(e);
        answers.put(
            w.key(),
            UpsertTarget.refusedForSure(e)
                ? ItemResult.failed(type, message)
                : ItemResult.unknown(type, message));
      }
    }
    return answers;
  }

  @Override
  public Map<String, Person> lookup(Collection<String> keys) {
    Set<String> wanted = new HashSet<>(keys);
    Map<String, Person> found = new HashMap<>();
    for (Person p : company.people().list()) {
      p.originId()
          .filter(wanted::contains)
          .ifPresent(
              key -> {
                found.put(key, p);
                created.put(key, p.id());
              });
    }
    return found;
  }

  @Override
  public String toString() {
    return "people of company " + company.companyId();
  }
}
