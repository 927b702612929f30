package dev.procoresync.it.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procoresync.core.flow.CostCodeUpsertFlow;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One flow instance shared by several workers, each on its own project (DESIGN.md "Scale"). */
@FakeProcoreTest
class FlowConcurrencyTest {

  @Test
  void oneFlowInstanceServesSeveralProjectsAtOnce(FakeProcore fake) throws Exception {
    int workers = 4;
    List<Long> projects = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      projects.add(fake.givenProject(Fixtures.project("Project " + i)));
    }
    CostCodeUpsertFlow flow = CostCodeUpsertFlow.create(FlowHarness.company(fake), fake.clock());
    CyclicBarrier start = new CyclicBarrier(workers);
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<SyncReport>> runs = new ArrayList<>();
      for (long project : projects) {
        runs.add(
            pool.submit(
                () -> {
                  start.await(30, TimeUnit.SECONDS);
                  return flow.run(
                      project,
                      CostCodeUpsertFlowTest.largeList(300),
                      CostCodeUpsertFlowTest.MAPPING,
                      RunOptions.defaults());
                }));
      }
      for (Future<SyncReport> run : runs) {
        assertEquals(301, run.get(2, TimeUnit.MINUTES).count(Outcome.CREATED));
      }
    } finally {
      pool.shutdownNow();
    }
    for (long project : projects) {
      long codes =
          fake.all("cost_codes").stream()
              .filter(n -> n.path("project_id").asLong() == project)
              .count();
      assertEquals(301, codes, "project " + project);
    }
    assertEquals(Map.of(), perProjectDuplicates(fake));
  }

  private static Map<String, Long> perProjectDuplicates(FakeProcore fake) {
    return fake.all("cost_codes").stream()
        .collect(
            java.util.stream.Collectors.groupingBy(
                n -> n.path("project_id").asText() + "/" + n.path("origin_id").asText(),
                java.util.stream.Collectors.counting()))
        .entrySet()
        .stream()
        .filter(e -> e.getValue() > 1)
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
