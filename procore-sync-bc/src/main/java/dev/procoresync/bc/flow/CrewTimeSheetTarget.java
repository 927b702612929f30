package dev.procoresync.bc.flow;

import dev.procoresync.bc.client.BcApi;
import dev.procoresync.bc.client.BcClient;
import dev.procoresync.bc.client.BcEntitySet;
import dev.procoresync.bc.client.ODataQuery;
import dev.procoresync.bc.mapping.CrewTimeSheetRules;
import dev.procoresync.bc.model.BcCrewTimeSheetLine;
import dev.procoresync.core.flow.FieldDigest;
import dev.procoresync.core.flow.ItemResult;
import dev.procoresync.core.flow.PlannedWrite;
import dev.procoresync.core.flow.UpsertTarget;
import dev.procoresync.core.http.BatchItemFailure;
import dev.procoresync.core.http.BatchResult;
import dev.procoresync.core.http.ODataBatchOperation;
import dev.procoresync.core.http.ODataBatchResult;
import dev.procoresync.core.validation.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Business Central's crew time sheet buffer as an upsert target: the index holds every buffer line
 * by its Procore line id; a window is written as one {@code $batch} (at most 100 operations a
 * request) of creates: the buffer page takes new lines only (the contract offers GET and POST), so
 * a line it holds is never written again (see {@link #changedButBuffered}).
 */
final class CrewTimeSheetTarget implements UpsertTarget<BcCrewTimeSheetLine, BcCrewTimeSheetLine> {
  static final FieldDigest<BcCrewTimeSheetLine, BcCrewTimeSheetLine> DIGEST =
      FieldDigest.of(
          List.of(
              BcCrewTimeSheetLine::status,
              BcCrewTimeSheetLine::workDate,
              BcCrewTimeSheetLine::jobNo,
              BcCrewTimeSheetLine::jobTaskNo,
              BcCrewTimeSheetLine::costType,
              BcCrewTimeSheetLine::segmentCode,
              BcCrewTimeSheetLine::resourceNumber,
              BcCrewTimeSheetLine::hours,
              BcCrewTimeSheetLine::description),
          List.of(
              BcCrewTimeSheetLine::status,
              BcCrewTimeSheetLine::workDate,
              BcCrewTimeSheetLine::jobNo,
              BcCrewTimeSheetLine::jobTaskNo,
              BcCrewTimeSheetLine::costType,
              BcCrewTimeSheetLine::segmentCode,
              BcCrewTimeSheetLine::resourceNumber,
              BcCrewTimeSheetLine::hours,
              BcCrewTimeSheetLine::description));

  private final BcClient bc;
  private final int windowSize;
  private final Map<String, BcCrewTimeSheetLine> held = new ConcurrentHashMap<>();

  CrewTimeSheetTarget(BcClient bc, int windowSize) {
    this.bc = bc;
    this.windowSize = windowSize;
  }

  @Override
  public String noun() {
    return "crew time sheet line";
  }

  @Override
  public Iterable<BcCrewTimeSheetLine> existing() {
    List<BcCrewTimeSheetLine> all = new ArrayList<>();
    for (BcCrewTimeSheetLine l : bc.list(BcEntitySet.CREW_TIME_SHEET_ENTRIES, ODataQuery.all())) {
      all.add(l);
      held.put(CrewTimeSheetRules.key(l), l);
    }
    return all;
  }

  @Override
  public Optional<String> existingKey(BcCrewTimeSheetLine existing) {
    return Optional.of(CrewTimeSheetRules.key(existing));
  }

  @Override
  public Optional<String> existingId(BcCrewTimeSheetLine existing) {
    return existing.id();
  }

  @Override
  public Optional<String> updateKey(BcCrewTimeSheetLine update) {
    return Optional.of(CrewTimeSheetRules.key(update));
  }

  @Override
  public FieldDigest<BcCrewTimeSheetLine, BcCrewTimeSheetLine> digest() {
    return DIGEST;
  }

  @Override
  public BcCrewTimeSheetLine withTargetId(BcCrewTimeSheetLine update, String targetId) {
    return update.toBuilder().id(targetId).build();
  }

  @Override
  public int windowSize() {
    return windowSize;
  }

  /**
   * Tells whether a mapped line is in the buffer already with other values: the buffer takes no
   * changes (the guide: what exists by header and line id is skipped), so such a line is SKIPPED
   * with the rule; an equal one is left to the template (UNCHANGED).
   */
  Optional<Violation> changedButBuffered(BcCrewTimeSheetLine line) {
    BcCrewTimeSheetLine before = held.get(CrewTimeSheetRules.key(line));
    if (before == null || !DIGEST.changes(line, DIGEST.digest(before))) {
      return Optional.empty();
    }
    return Optional.of(
        Violation.of(
            CrewTimeSheetRules.ALREADY_BUFFERED,
            "Time Sheet Line ID",
            String.valueOf(line.procoreTimesheetLineId()),
            "timesheet "
                + line.procoreTimesheetHeaderId()
                + " line "
                + line.procoreTimesheetLineId()
                + " is already in Business Central's crew time sheet buffer"
                + before.crewTimeSheetNumber().map(n -> " (crew time sheet " + n + ")").orElse("")
                + "; it changed in Procore since, and the buffer takes no changes: correct it in"
                + " Business Central"));
  }

  @Override
  public Map<String, ItemResult> write(List<PlannedWrite<BcCrewTimeSheetLine>> window) {
    Map<String, ItemResult> answers = new HashMap<>();
    List<ODataBatchOperation> ops = new ArrayList<>();
    for (PlannedWrite<BcCrewTimeSheetLine> w : window) {
      BcCrewTimeSheetLine line = w.body();
      if (w.kind() == PlannedWrite.Kind.CREATE) {
        ops.add(bc.createOperation(BcEntitySet.CREW_TIME_SHEET_ENTRIES, w.key(), line));
        continue;
      }
      answers.put(
          w.key(),
          ItemResult.failed(
              "BcBufferTakesNoChanges", "the crew time sheet buffer takes new lines only"));
    }
    if (ops.isEmpty()) {
      return answers;
    }
    BatchResult<ODataBatchResult> result = bc.batch(BcApi.CUSTOM, ops);
    for (ODataBatchResult r : result.values()) {
      String id =
          r.body()
              .map(b -> b.path("id").asText(null))
              .orElseGet(
                  () ->
                      Optional.ofNullable(held.get(r.id()))
                          .flatMap(BcCrewTimeSheetLine::id)
                          .orElse(null));
      answers.put(r.id(), ItemResult.written(id));
    }
    for (BatchItemFailure f : result.failures()) {
      boolean sure =
          f.status().isPresent() && f.status().getAsInt() >= 400 && f.status().getAsInt() < 500;
      String message = f.message();
      answers.put(
          f.key(),
          sure
              ? ItemResult.failed("BcServiceException", message)
              : ItemResult.unknown("BcServiceException", message));
    }
    return answers;
  }

  @Override
  public Map<String, BcCrewTimeSheetLine> lookup(Collection<String> keys) {
    Set<String> wanted = new HashSet<>(keys);
    Map<String, BcCrewTimeSheetLine> found = new HashMap<>();
    for (BcCrewTimeSheetLine l : existing()) {
      String key = CrewTimeSheetRules.key(l);
      if (wanted.contains(key)) {
        found.put(key, l);
      }
    }
    return found;
  }

  @Override
  public String toString() {
    return "crew time sheet buffer of " + bc.companyId();
  }
}
