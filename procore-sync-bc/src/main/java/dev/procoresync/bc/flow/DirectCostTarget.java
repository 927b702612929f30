package dev.procoresync.bc.flow;

import dev.procoresync.bc.mapping.DirectCostDraft;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.SyncFailure;
import dev.procoresync.core.client.SyncResult;
import dev.procoresync.core.flow.FieldDigest;
import dev.procoresync.core.flow.ItemResult;
import dev.procoresync.core.flow.PlannedWrite;
import dev.procoresync.core.flow.UpsertTarget;
import dev.procoresync.core.model.DirectCost;
import dev.procoresync.core.model.DirectCostLineItem;
import dev.procoresync.core.model.DirectCostLineItemUpdate;
import dev.procoresync.core.model.DirectCostUpdate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Procore direct costs across the linked projects as one upsert target: the index holds every
 * direct cost with an origin id in those projects; a window is written per project with the header
 * {@code sync} (up to 1,000 a call) and then the line items' {@code sync}.
 */
final class DirectCostTarget implements UpsertTarget<DirectCostTarget.Held, DirectCostDraft> {
  /** A direct cost as read, with its project. */
  record Held(long projectId, DirectCost cost) {}

  static final FieldDigest<Held, DirectCostDraft> DIGEST =
      FieldDigest.of(
          List.of(
              h -> Optional.of(h.projectId()),
              h -> h.cost().directCostType().map(Enum::name),
              h -> h.cost().description(),
              h -> h.cost().directCostDate(),
              h -> h.cost().invoiceNumber(),
              h -> h.cost().originData(),
              h -> h.cost().grandTotal(),
              h -> Optional.of(h.cost().lineItems().size())),
          List.of(
              d -> Optional.of(d.projectId()),
              d -> d.header().directCostType().map(Enum::name),
              d -> d.header().description(),
              d -> d.header().directCostDate(),
              d -> d.header().invoiceNumber(),
              d -> d.header().originData(),
              d -> Optional.of(d.total()),
              d -> Optional.of(d.lines().size())));

  private final String noun;
  private final CompanyClient procore;
  private final Supplier<Collection<Long>> projects;
  private final int windowSize;
  private final Map<String, Long> lineState = new java.util.concurrent.ConcurrentHashMap<>();

  DirectCostTarget(
      String noun, CompanyClient procore, Supplier<Collection<Long>> projects, int windowSize) {
    this.noun = noun;
    this.procore = procore;
    this.projects = projects;
    this.windowSize = windowSize;
  }

  @Override
  public String noun() {
    return noun;
  }

  @Override
  public Iterable<Held> existing() {
    List<Held> held = new ArrayList<>();
    for (long project : projects.get()) {
      for (DirectCost c : procore.directCosts().list(project)) {
        if (c.originId().isPresent()) {
          held.add(new Held(project, c));
          List<Object[]> lines = new ArrayList<>();
          for (DirectCostLineItem l : c.lineItems()) {
            lines.add(
                new Object[] {
                  l.originId().orElse(""),
                  l.amount().orElse(null),
                  l.quantity().orElse(null),
                  l.unitCost().orElse(null),
                  l.description().orElse("")
                });
          }
          lineState.put(c.originId().get(), lineHash(c.originData().orElse(""), lines));
        }
      }
    }
    return held;
  }

  @Override
  public Optional<String> existingKey(Held existing) {
    return existing.cost().originId();
  }

  @Override
  public Optional<String> existingId(Held existing) {
    return Optional.of(String.valueOf(existing.cost().id()));
  }

  @Override
  public Optional<String> updateKey(DirectCostDraft update) {
    return update.header().originId();
  }

  @Override
  public FieldDigest<Held, DirectCostDraft> digest() {
    return DIGEST;
  }

  @Override
  public DirectCostDraft withTargetId(DirectCostDraft update, String targetId) {
    return update.withId(Long.parseLong(targetId));
  }

  @Override
  public int windowSize() {
    return windowSize;
  }

  @Override
  public Map<String, ItemResult> write(List<PlannedWrite<DirectCostDraft>> window) {
    Map<Long, List<DirectCostDraft>> byProject = new LinkedHashMap<>();
    for (PlannedWrite<DirectCostDraft> w : window) {
      byProject.computeIfAbsent(w.body().projectId(), p -> new ArrayList<>()).add(w.body());
    }
    Map<String, ItemResult> answers = new HashMap<>();
    for (Map.Entry<Long, List<DirectCostDraft>> e : byProject.entrySet()) {
      long project = e.getKey();
      List<DirectCostUpdate> headers = new ArrayList<>();
      Map<String, DirectCostDraft> byKey = new HashMap<>();
      for (DirectCostDraft d : e.getValue()) {
        headers.add(d.header());
        byKey.put(d.header().originId().orElseThrow(), d);
      }
      SyncResult<DirectCost> written = procore.directCosts().sync(project, headers);
      for (Map.Entry<String, SyncFailure> f : written.failuresByOriginId().entrySet()) {
        answers.put(f.getKey(), failed(f.getValue()));
      }
      List<DirectCostLineItemUpdate> lines = new ArrayList<>();
      Map<String, String> headerOfLine = new HashMap<>();
      for (DirectCost c : written.entities()) {
        String key = c.originId().orElse(null);
        DirectCostDraft d = key == null ? null : byKey.get(key);
        if (d == null) {
          continue;
        }
        answers.put(key, ItemResult.written(String.valueOf(c.id())));
        Long held = lineState.get(key);
        if (held != null && held == lineHash(d)) {
          continue; // the lines are as mapped: only the header changed
        }
        for (DirectCostLineItemUpdate l : d.lines()) {
          DirectCostLineItemUpdate line = l.toBuilder().directCostId(c.id()).build();
          lines.add(line);
          headerOfLine.put(line.originId().orElseThrow(), key);
        }
      }
      if (!lines.isEmpty()) {
        SyncResult<?> lineResult = procore.directCosts().syncLines(project, lines);
        for (Map.Entry<String, SyncFailure> f : lineResult.failuresByOriginId().entrySet()) {
          String key = headerOfLine.get(f.getKey());
          if (key != null) {
            // the header is there, its total is not: the next run sees the difference and rewrites
            answers.put(key, failed(f.getValue()));
          }
        }
      }
    }
    return answers;
  }

  @Override
  public Map<String, Held> lookup(Collection<String> keys) {
    Set<String> wanted = new HashSet<>(keys);
    Map<String, Held> found = new HashMap<>();
    for (Held h : existing()) {
      h.cost().originId().filter(wanted::contains).ifPresent(k -> found.put(k, h));
    }
    return found;
  }

  static long lineHash(DirectCostDraft d) {
    List<Object[]> lines = new ArrayList<>();
    for (DirectCostLineItemUpdate l : d.lines()) {
      lines.add(
          new Object[] {
            l.originId().orElse(""),
            l.amount().orElse(null),
            l.quantity().orElse(null),
            l.unitCost().orElse(null),
            l.description().orElse("")
          });
    }
    return lineHash(d.header().originData().orElse(""), lines);
  }

  private static long lineHash(String originData, List<Object[]> lines) {
    lines.sort(java.util.Comparator.comparing(a -> (String) a[0]));
    StringBuilder text = new StringBuilder(originData);
    for (Object[] line : lines) {
      for (Object part : line) {
        text.append('\u0001');
        text.append(
            part instanceof java.math.BigDecimal b
                ? b.stripTrailingZeros().toPlainString()
                : String.valueOf(part));
      }
    }
    try {
      byte[] sha =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.nio.ByteBuffer.wrap(sha).getLong();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  static ItemResult failed(SyncFailure failure) {
    String message = failure.message();
    String text =
        message == null || message.isBlank()
            ? "Procore refused this record without saying why"
            : message;
    if (failure.cause().isPresent() && !UpsertTarget.refusedForSure(failure.cause().get())) {
      return ItemResult.unknown(failure.cause().get().getClass().getName(), text);
    }
    return ItemResult.failed("ProcoreSyncError", text);
  }

  @Override
  public String toString() {
    return noun + "s of " + procore.companyId();
  }
}
