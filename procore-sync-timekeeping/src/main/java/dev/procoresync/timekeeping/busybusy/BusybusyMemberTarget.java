package dev.procoresync.timekeeping.busybusy;

import dev.procoresync.core.flow.FieldDigest;
import dev.procoresync.core.flow.ItemResult;
import dev.procoresync.core.flow.PlannedWrite;
import dev.procoresync.core.flow.UpsertTarget;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.validation.Violation;
import dev.procoresync.timekeeping.model.Worker;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * busybusy's members as the target of the first sync's Procore -> busybusy step: creates a member
 * for each Procore employee busybusy lacks. Keys are {@code procore-person:<id>}; a linked member
 * carries its person's key. Linked members are never written (the first sync decides them).
 */
final class BusybusyMemberTarget implements UpsertTarget<Worker, BusybusyMemberTarget.NewMember> {
  /** The prefix of the keys: the Procore person id follows it. */
  static final String KEY_PREFIX = "procore-person:";

  private final BusybusyClient busybusy;
  private final List<Worker> members;
  private final Map<String, String> keyOf;
  private final int windowSize;
  private final Set<String> known = new HashSet<>();
  private final Map<String, NewMember> sent = new HashMap<>();

  /** Key to the id of every member this target created (or found created after a timeout). */
  final Map<String, String> created = new HashMap<>();

  /**
   * A member to create.
   *
   * @param key {@code procore-person:<id>}
   * @param firstName the first name, or {@code null}
   * @param lastName the last name, or {@code null}
   * @param number the employee id, or {@code null}
   */
  record NewMember(
      String key, @Nullable String firstName, @Nullable String lastName, @Nullable String number) {}

  BusybusyMemberTarget(
      BusybusyClient busybusy, List<Worker> members, Map<String, String> keyOf, int windowSize) {
    this.busybusy = busybusy;
    this.members = members;
    this.keyOf = keyOf;
    this.windowSize = windowSize;
    members.forEach(m -> known.add(m.id()));
  }

  @Override
  public String noun() {
    return "busybusy member";
  }

  @Override
  public Iterable<Worker> existing() {
    return members;
  }

  @Override
  public int windowSize() {
    return windowSize;
  }

  @Override
  public Optional<String> existingKey(Worker existing) {
    return Optional.ofNullable(keyOf.get(existing.id()));
  }

  @Override
  public Optional<String> existingId(Worker existing) {
    return Optional.of(existing.id());
  }

  @Override
  public Optional<String> updateKey(NewMember update) {
    return Optional.of(update.key());
  }

  /** The key alone, as in the outcomes the first sync decides itself (links, skips). */
  @Override
  public String label(NewMember update) {
    return updateKey(update).orElse(noun());
  }

  @Override
  public FieldDigest<Worker, NewMember> digest() {
    return FieldDigest.of(
        List.of(Worker::firstName, Worker::lastName, Worker::employeeNumber),
        List.of(
            m -> Optional.ofNullable(m.firstName()),
            m -> Optional.ofNullable(m.lastName()),
            m -> Optional.ofNullable(m.number())));
  }

  @Override
  public NewMember withTargetId(NewMember update, String targetId) {
    return update;
  }

  @Override
  public List<Violation> validateKey(String key) {
    return List.of();
  }

  @Override
  public List<Violation> validate(NewMember update) {
    if (update.lastName() == null || update.lastName().isBlank()) {
      return List.of(
          Violation.of(
              "busybusy.member_without_last_name",
              "last_name",
              update.key(),
              "the Procore person has no last name, which busybusy needs: add one in Procore"));
    }
    return List.of();
  }

  @Override
  public Map<String, ItemResult> write(List<PlannedWrite<NewMember>> window) {
    Map<String, ItemResult> answers = new HashMap<>();
    for (PlannedWrite<NewMember> w : window) {
      NewMember m = w.body();
      if (w.kind() != PlannedWrite.Kind.CREATE) {
        answers.put(
            w.key(),
            ItemResult.failed(
                "UnsupportedOperationException",
                "the first sync links members and creates missing ones; it never changes one"));
        continue;
      }
      try {
        sent.put(w.key(), m);
        String id =
            busybusy.createMember(
                Objects.requireNonNullElse(m.firstName(), ""),
                Objects.requireNonNull(m.lastName()),
                m.number());
        created.put(w.key(), id);
        answers.put(w.key(), ItemResult.written(id));
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

  /** After an unknown create, finds a new member with the same names and number. */
  @Override
  public Map<String, Worker> lookup(Collection<String> keys) {
    Map<String, Worker> found = new HashMap<>();
    List<Worker> now = busybusy.members().toList();
    for (String key : keys) {
      NewMember m = sent.get(key);
      if (m == null) {
        continue;
      }
      for (Worker w : now) {
        if (!known.contains(w.id())
            && !created.containsValue(w.id())
            && Objects.equals(
                w.firstName().orElse(""), Objects.requireNonNullElse(m.firstName(), ""))
            && Objects.equals(w.lastName().orElse(null), m.lastName())
            && Objects.equals(w.employeeNumber().orElse(null), m.number())) {
          created.put(key, w.id());
          found.put(key, w);
          break;
        }
      }
    }
    return found;
  }

  @Override
  public String toString() {
    return "busybusy members";
  }
}
