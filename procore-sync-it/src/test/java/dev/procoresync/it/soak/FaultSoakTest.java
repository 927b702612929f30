package dev.procoresync.it.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.error.ProcoreSyncException;
import dev.procoresync.core.flow.CostCodeInput;
import dev.procoresync.core.flow.CostCodeUpsertFlow;
import dev.procoresync.core.flow.TimecardAudit;
import dev.procoresync.core.flow.TimecardAuditFlow;
import dev.procoresync.core.flow.TimecardAuditRules;
import dev.procoresync.core.flow.VendorUpsertFlow;
import dev.procoresync.core.model.VendorUpdate;
import dev.procoresync.core.state.InMemorySyncStateStore;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.Fixtures;
import dev.procoresync.testkit.procore.RecordedRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault soak (issue 12): every flow against the fake Procore over loopback, one seed per test.
 * Each seed draws from {@code new SplittableRandom(seed)} the input, what Procore already holds,
 * the credentials (client credentials or rotating refresh tokens), the access-token lifetime, a
 * token expiry in the middle of the run, and a mix of faults ({@link FaultMix}); then runs the
 * flow, a clean rerun and a second clean rerun, and checks the invariants ({@link Ledger}).
 *
 * <p>{@code -Dprocoresync.soak.seeds=1000} runs 1,000 seeds per flow; {@code
 * -Dprocoresync.soak.seed=N} replays seed N. A failure names its seed.
 */
class FaultSoakTest {
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final String TOKEN = "POST /oauth/token";
  private static final String VENDOR_SYNC = "PATCH /rest/v1.0/vendors/sync";
  private static final String VENDOR_LIST = "GET /rest/v1.0/vendors";
  private static final String CODE_SYNC = "PATCH /rest/v1.0/cost_codes/sync";
  private static final String CODE_LIST = "GET /rest/v1.0/cost_codes";
  private static final LocalDate MON = LocalDate.of(2026, 1, 5);
  private static final LocalDate FRI = LocalDate.of(2026, 1, 9);

  private static final AtomicLong SEEDS = new AtomicLong();
  private static final AtomicLong FAULTS = new AtomicLong();
  private static final AtomicLong RECORDS = new AtomicLong();
  private static final AtomicLong LOST = new AtomicLong();
  private static final AtomicLong DUPLICATED = new AtomicLong();
  private static final AtomicLong DISAGREEMENTS = new AtomicLong();

  static LongStream vendorSeeds() {
    return SoakSeeds.seeds(40);
  }

  static LongStream costCodeSeeds() {
    return SoakSeeds.seeds(40);
  }

  static LongStream timecardSeeds() {
    return SoakSeeds.seeds(20);
  }

  @AfterAll
  static void figures() {
    System.out.printf(
        "fault soak: %d seeds, %d faults injected, %d records, %d lost, %d duplicated,"
            + " %d outcome/target disagreements%n",
        SEEDS.get(),
        FAULTS.get(),
        RECORDS.get(),
        LOST.get(),
        DUPLICATED.get(),
        DISAGREEMENTS.get());
  }

  // ------------------------------------------------------------------ vendors

  /** A host's vendor record. */
  record ErpVendor(String number, String name, @Nullable String abbreviation) {
    String origin() {
      return "erp:vendor:" + number;
    }
  }

  static final Function<ErpVendor, VendorUpdate> VENDOR_MAPPING =
      v ->
          VendorUpdate.builder()
              .originId(v.origin())
              .name(v.name())
              .abbreviatedName(Optional.ofNullable(v.abbreviation()))
              .build();

  @ParameterizedTest(name = "vendors seed={0}")
  @MethodSource("vendorSeeds")
  void vendorUpsert(long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    try (FakeProcore fake = FakeProcore.start()) {
      SoakClient client = SoakClient.of(rng, fake);
      int n = 1 + rng.nextInt(40);
      List<ErpVendor> erp = new ArrayList<>();
      List<ErpVendor> fixed = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        String number = String.format("V-%05d", i);
        String name = "Vendor " + i + (rng.nextInt(4) == 0 ? " Ltd" : "");
        int a = rng.nextInt(10);
        // a too long abbreviation is refused by Procore per item inside a 200 sync answer
        String abbreviation = a == 0 ? "FAR-TOO-LONG-" + i : a < 5 ? null : "V" + i;
        erp.add(new ErpVendor(number, name, abbreviation));
        fixed.add(new ErpVendor(number, name, a == 0 ? null : abbreviation));
        if (rng.nextInt(4) == 0) {
          fake.givenVendor(
              Fixtures.vendor(rng.nextBoolean() ? name : "Old " + i)
                  .with("origin_id", "erp:vendor:" + number));
        }
      }
      int window = 1 + rng.nextInt(15);
      Supplier<VendorUpsertFlow> flow =
          () -> VendorUpsertFlow.create(client.company, fake.clock()).withWindowSize(window);
      List<String> origins = erp.stream().map(ErpVendor::origin).toList();
      Map<String, ErpVendor> byOrigin = new HashMap<>();
      Map<String, ErpVendor> fixedByOrigin = new HashMap<>();
      erp.forEach(v -> byOrigin.put(v.origin(), v));
      fixed.forEach(v -> fixedByOrigin.put(v.origin(), v));
      soak(
          seed,
          rng,
          fake,
          client,
          "vendors",
          origins,
          List.of(VENDOR_SYNC, VENDOR_SYNC, VENDOR_LIST, TOKEN, "/rest/**"),
          VENDOR_SYNC,
          ledger ->
              flow.get().run(erp, VENDOR_MAPPING, RunOptions.builder().listener(ledger).build()),
          ledger ->
              flow.get().run(fixed, VENDOR_MAPPING, RunOptions.builder().listener(ledger).build()),
          (origin, held) -> vendorMatches(byOrigin.get(origin), held),
          (origin, held) -> vendorMatches(fixedByOrigin.get(origin), held));
    }
  }

  private static boolean vendorMatches(ErpVendor v, ObjectNode held) {
    return v.name().equals(held.path("name").asText())
        && (v.abbreviation() == null
            || v.abbreviation().equals(held.path("abbreviated_name").asText()));
  }

  // ------------------------------------------------------------------ cost codes

  /** A host's cost-code line. */
  record ErpCode(String id, @Nullable String parent, String code, String name) {
    String origin() {
      return "erp:cost_code:" + id;
    }
  }

  static final Function<ErpCode, CostCodeInput> CODE_MAPPING =
      c ->
          CostCodeInput.of(
              c.origin(),
              c.parent() == null ? null : "erp:cost_code:" + c.parent(),
              c.code(),
              c.name());

  @ParameterizedTest(name = "cost codes seed={0}")
  @MethodSource("costCodeSeeds")
  void costCodeUpsert(long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    try (FakeProcore fake = FakeProcore.start()) {
      SoakClient client = SoakClient.of(rng, fake);
      long project = fake.givenProject(Fixtures.project("Tower"));
      List<ErpCode> erp = new ArrayList<>();
      int divisions = 1 + rng.nextInt(4);
      for (int d = 1; d <= divisions; d++) {
        String div = String.format("%02d", d);
        String divName = "Division " + d + (rng.nextInt(3) == 0 ? " (renamed)" : "");
        erp.add(new ErpCode(div, null, div, divName));
        if (rng.nextInt(3) == 0) {
          fake.givenCostCode(
              project,
              Fixtures.costCode(div, rng.nextBoolean() ? divName : "Old " + d)
                  .with("origin_id", "erp:cost_code:" + div));
        }
        int codes = rng.nextInt(5);
        for (int c = 1; c <= codes; c++) {
          String code = String.format("%d00", c);
          String id = div + "-" + code;
          erp.add(new ErpCode(id, div, code, "Code " + id));
          int subs = rng.nextInt(3);
          for (int s = 0; s < subs; s++) {
            String sub = String.valueOf((char) ('A' + s));
            erp.add(new ErpCode(id + "-" + sub, id, sub, "Sub " + id + sub));
          }
        }
      }
      // the flow orders parents before children itself
      java.util.Collections.shuffle(erp, new java.util.Random(rng.nextLong()));
      int window = 1 + rng.nextInt(10);
      Supplier<CostCodeUpsertFlow> flow =
          () -> CostCodeUpsertFlow.create(client.company, fake.clock()).withWindowSize(window);
      List<String> origins = erp.stream().map(ErpCode::origin).toList();
      Map<String, ErpCode> byOrigin = new HashMap<>();
      erp.forEach(c -> byOrigin.put(c.origin(), c));
      BiPredicate<String, ObjectNode> matches =
          (origin, held) -> {
            ErpCode c = byOrigin.get(origin);
            if (!c.name().equals(held.path("name").asText())
                || !c.code().equals(held.path("code").asText())) {
              return false;
            }
            JsonNode parentId = held.path("parent_id");
            if (c.parent() == null) {
              return parentId.isMissingNode() || parentId.isNull();
            }
            return fake.all("cost_codes").stream()
                .anyMatch(
                    p ->
                        ("erp:cost_code:" + c.parent()).equals(p.path("origin_id").asText())
                            && p.path("id").asLong() == parentId.asLong());
          };
      soak(
          seed,
          rng,
          fake,
          client,
          "cost_codes",
          origins,
          List.of(CODE_SYNC, CODE_SYNC, CODE_LIST, TOKEN, "/rest/**"),
          CODE_SYNC,
          ledger ->
              flow.get()
                  .run(project, erp, CODE_MAPPING, RunOptions.builder().listener(ledger).build()),
          ledger ->
              flow.get()
                  .run(project, erp, CODE_MAPPING, RunOptions.builder().listener(ledger).build()),
          matches,
          matches);
    }
  }

  // ------------------------------------------------------------------ the shared run

  /**
   * The faulted run, the clean rerun and the second clean rerun of one write flow, with every
   * invariant checked; fails naming the seed.
   */
  private static void soak(
      long seed,
      SplittableRandom rng,
      FakeProcore fake,
      SoakClient client,
      String resource,
      List<String> origins,
      List<String> patterns,
      String writePattern,
      Function<Ledger, SyncReport> faultedRun,
      Function<Ledger, SyncReport> cleanRun,
      BiPredicate<String, ObjectNode> faultedMatches,
      BiPredicate<String, ObjectNode> cleanMatches) {
    FaultMix faults = new FaultMix().inject(rng, fake, patterns, writePattern, 6);
    Ledger first = new Ledger();
    if (rng.nextBoolean()) {
      // the access token expires in the middle of the run
      first.at(
          1 + rng.nextInt(origins.size()),
          () -> fake.clock().advance(client.tokenLifetime.plusSeconds(1)));
    }
    String context =
        SoakClient.class.getSimpleName()
            + " "
            + client
            + ", "
            + origins.size()
            + " "
            + resource
            + ", faults "
            + faults;

    // 1. the faulted run
    Map<String, ObjectNode> before = first.stored(fake, resource, "before");
    SyncReport report = null;
    try {
      report = faultedRun.apply(first);
    } catch (RuntimeException e) {
      first.problems.add("faulted run threw " + e);
    }
    Map<String, ObjectNode> after = first.stored(fake, resource, "faulted run");
    if (report != null) {
      first.exactlyOneOutcome(report, origins, "faulted run");
    }
    first.noSilentWrites(before, after, "faulted run");
    long disagreements = first.disagreements(before, after, faultedMatches, "faulted run");

    // 2. the clean rerun: converges, each record written at most once
    faults.drain(fake);
    fake.clearRequests();
    Ledger second = new Ledger();
    SyncReport rerun = null;
    try {
      rerun = cleanRun.apply(second);
    } catch (RuntimeException e) {
      second.problems.add("clean rerun threw " + e);
    }
    Map<String, ObjectNode> afterRerun = second.stored(fake, resource, "clean rerun");
    if (rerun != null) {
      second.exactlyOneOutcome(rerun, origins, "clean rerun");
      second.expect(
          rerun.count(Outcome.FAILED) == 0 && rerun.count(Outcome.SKIPPED) == 0,
          "clean rerun: " + rerun.counts());
    }
    disagreements += second.disagreements(after, afterRerun, cleanMatches, "clean rerun");
    Map<String, Integer> sent = new HashMap<>();
    for (RecordedRequest r : writes(fake)) {
      JsonNode updates = r.bodyJson().path("updates");
      for (JsonNode u : updates) {
        sent.merge(u.path("origin_id").asText(), 1, Integer::sum);
      }
    }
    sent.forEach(
        (origin, times) ->
            second.expect(times == 1, "clean rerun: " + origin + " sent " + times + " times"));

    // 3. the second clean rerun writes nothing
    fake.clearRequests();
    Ledger third = new Ledger();
    SyncReport again = null;
    try {
      again = cleanRun.apply(third);
    } catch (RuntimeException e) {
      third.problems.add("second clean rerun threw " + e);
    }
    third.stored(fake, resource, "second clean rerun");
    if (again != null) {
      third.exactlyOneOutcome(again, origins, "second clean rerun");
      third.expect(
          again.count(Outcome.UNCHANGED) == origins.size(),
          "second clean rerun: " + again.counts());
    }
    third.expect(
        writes(fake).isEmpty(), "second clean rerun wrote: " + writes(fake).size() + " requests");

    SEEDS.incrementAndGet();
    FAULTS.addAndGet(faults.count());
    RECORDS.addAndGet(origins.size());
    DISAGREEMENTS.addAndGet(disagreements);
    for (Ledger l : List.of(first, second, third)) {
      l.problems.forEach(
          p -> {
            if (p.contains("duplicate")) {
              DUPLICATED.incrementAndGet();
            } else if (p.contains("outcomes")) {
              LOST.incrementAndGet();
            }
          });
    }
    List<String> problems = new ArrayList<>(first.problems);
    problems.addAll(second.problems);
    problems.addAll(third.problems);
    assertEquals(
        List.of(), problems, SoakSeeds.replay(seed) + "; " + context + "; report " + report);
  }

  private static List<RecordedRequest> writes(FakeProcore fake) {
    return fake.requests().stream()
        .filter(r -> r.path().startsWith("/rest/") && WRITES.contains(r.method()))
        .toList();
  }

  // ------------------------------------------------------------------ timecard audit (read only)

  @ParameterizedTest(name = "timecard audit seed={0}")
  @MethodSource("timecardSeeds")
  void timecardAudit(long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    try (FakeProcore fake = FakeProcore.start()) {
      SoakClient client = SoakClient.of(rng, fake);
      long project = fake.givenProject(Fixtures.project("Tower"));
      List<Long> workers = new ArrayList<>();
      for (int w = 0; w < 1 + rng.nextInt(4); w++) {
        workers.add(
            fake.givenPerson(
                Fixtures.person("W" + w, "Worker")
                    .with("is_employee", true)
                    .with("employee_id", "E-" + w)));
      }
      List<String> expected = new ArrayList<>();
      int entries = rng.nextInt(60);
      for (int i = 0; i < entries; i++) {
        LocalDate date = MON.plusDays(rng.nextInt(7) - 1);
        String hours = String.valueOf(rng.nextInt(27));
        long id =
            fake.givenTimecardEntry(
                project,
                Fixtures.timecardEntry(
                        date, new BigDecimal(hours), workers.get(rng.nextInt(workers.size())))
                    .with("approval_status", rng.nextInt(5) == 0 ? "pending" : "approved"));
        if (!date.isBefore(MON) && !date.isAfter(FRI)) {
          expected.add(String.valueOf(id));
        }
      }
      String list = "GET /rest/v1.0/projects/" + project + "/timecard_entries";
      String people = "GET /rest/v1.0/companies/" + fake.companyId() + "/people";
      FaultMix faults =
          new FaultMix().inject(rng, fake, List.of(list, list, people, TOKEN, "/rest/**"), null, 6);
      Ledger first = new Ledger();
      if (rng.nextBoolean() && !expected.isEmpty()) {
        first.at(
            1 + rng.nextInt(expected.size()),
            () -> fake.clock().advance(client.tokenLifetime.plusSeconds(1)));
      }
      TimecardAuditRules rules = TimecardAuditRules.builder().build();
      Function<Ledger, TimecardAudit> run =
          ledger ->
              TimecardAuditFlow.create(
                      client.company, InMemorySyncStateStore.create(fake.clock()), fake.clock())
                  .run(project, MON, FRI, rules, RunOptions.builder().listener(ledger).build());

      TimecardAudit faulted = null;
      try {
        faulted = run.apply(first);
      } catch (ProcoreSyncException e) {
        // documented: a read that fails beyond the retries ends the audit before any outcome
        first.expect(first.outcomes.isEmpty(), "the audit threw " + e + " after outcomes");
      }
      if (faulted != null) {
        first.exactlyOneOutcome(faulted.report(), expected, "faulted audit");
      }
      faults.drain(fake);
      fake.clearRequests();
      Ledger second = new Ledger();
      TimecardAudit clean = run.apply(second);
      second.exactlyOneOutcome(clean.report(), expected, "clean audit");
      if (faulted != null) {
        second.expect(
            faulted.report().counts().equals(clean.report().counts())
                && faulted.hoursByWorkerAndDay().equals(clean.hoursByWorkerAndDay()),
            "faulted audit " + faulted.report().counts() + " vs clean " + clean.report().counts());
      }
      Ledger third = new Ledger();
      TimecardAudit again = run.apply(third);
      third.expect(
          again.report().counts().equals(clean.report().counts()),
          "second clean audit " + again.report().counts());
      third.expect(writes(fake).isEmpty(), "the audit wrote " + writes(fake));

      SEEDS.incrementAndGet();
      FAULTS.addAndGet(faults.count());
      RECORDS.addAndGet(expected.size());
      List<String> problems = new ArrayList<>(first.problems);
      problems.addAll(second.problems);
      problems.addAll(third.problems);
      problems.stream().filter(p -> p.contains("outcomes")).forEach(p -> LOST.incrementAndGet());
      assertEquals(
          List.of(),
          problems,
          SoakSeeds.replay(seed)
              + "; "
              + client
              + ", "
              + expected.size()
              + " entries, faults "
              + faults);
    }
  }
}
