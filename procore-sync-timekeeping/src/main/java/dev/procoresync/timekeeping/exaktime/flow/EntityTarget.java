package dev.procoresync.timekeeping.exaktime.flow;

import dev.procoresync.core.flow.FieldDigest;
import dev.procoresync.core.flow.ItemResult;
import dev.procoresync.core.flow.PlannedWrite;
import dev.procoresync.core.flow.UpsertTarget;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.validation.Violation;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * ExakTime records keyed by their identifier as an upsert target: one POST per new record, one PUT
 * per changed one (ExakTime has no batch route).
 */
final class EntityTarget<E> implements UpsertTarget<E, E> {
  private final String noun;
  private final Iterable<E> existing;
  private final Function<E, String> identifier;
  private final FieldDigest<E, E> digest;
  private final UnaryOperator<E> create;
  private final UnaryOperator<E> update;
  private final int windowSize;

  EntityTarget(
      String noun,
      Iterable<E> existing,
      Function<E, String> identifier,
      FieldDigest<E, E> digest,
      UnaryOperator<E> create,
      UnaryOperator<E> update,
      int windowSize) {
    this.noun = noun;
    this.existing = existing;
    this.identifier = identifier;
    this.digest = digest;
    this.create = create;
    this.update = update;
    this.windowSize = windowSize;
  }

  @Override
  public int windowSize() {
    return windowSize;
  }

  @Override
  public String noun() {
    return noun;
  }

  @Override
  public Iterable<E> existing() {
    return existing;
  }

  @Override
  public Optional<String> existingKey(E existing) {
    return Optional.of(identifier.apply(existing));
  }

  @Override
  public Optional<String> existingId(E existing) {
    return Optional.of(identifier.apply(existing));
  }

  @Override
  public Optional<String> updateKey(E update) {
    return Optional.of(identifier.apply(update));
  }

  @Override
  public FieldDigest<E, E> digest() {
    return digest;
  }

  @Override
  public E withTargetId(E update, String targetId) {
    return update;
  }

  @Override
  public List<Violation> validateKey(String key) {
    if (key.isBlank() || key.length() > 255) {
      return List.of(
          Violation.of(
              "exaktime.identifier",
              "identifier",
              key,
              "an ExakTime ID must be 1 to 255 characters"));
    }
    return List.of();
  }

  @Override
  public Map<String, ItemResult> write(List<PlannedWrite<E>> window) {
    Map<String, ItemResult> answers = new HashMap<>();
    for (PlannedWrite<E> w : window) {
      try {
        E written =
            w.kind() == PlannedWrite.Kind.CREATE ? create.apply(w.body()) : update.apply(w.body());
        answers.put(w.key(), ItemResult.written(identifier.apply(written)));
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
  public Map<String, E> lookup(Collection<String> keys) {
    Set<String> wanted = new HashSet<>(keys);
    Map<String, E> found = new HashMap<>();
    for (E e : existing) {
      String id = identifier.apply(e);
      if (wanted.contains(id)) {
        found.put(id, e);
      }
    }
    return found;
  }

  @Override
  public String toString() {
    return "ExakTime " + noun + "s";
  }
}
