package dev.procoresync.testkit.procore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
  private final FakeProcore procore = FakeProcore.start();
  private final ExecutorService pool = Executors.newFixedThreadPool(16);

  @AfterEach
  void stop() {
    pool.shutdownNow();
    procore.close();
  }

  @Test
  void sixteenConcurrentSyncsOfTheSameOriginIdsCreateEachOnce() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    for (int t = 0; t < 16; t++) {
      results.add(
          pool.submit(
              () -> {
                start.await();
                return new Http(procore)
                    .patch(
                        "/rest/v1.0/vendors/sync",
                        "{\"updates\":[{\"origin_id\":\"o-1\",\"name\":\"One\"},"
                            + "{\"origin_id\":\"o-2\",\"name\":\"Two\"}]}")
                    .status();
              }));
    }
    start.countDown();
    for (Future<Integer> result : results) {
      assertEquals(200, result.get(30, TimeUnit.SECONDS));
    }
    assertEquals(2, procore.all("vendors").size());
    procore.verifyRequests("PATCH /rest/v1.0/vendors/sync", 16);
  }

  @Test
  void aHeldTokenRequestDoesNotBlockOtherTraffic() throws Exception {
    HeldTokenRequest held = procore.holdNextTokenRequest();
    CompletableFuture<Http.Response> token =
        CompletableFuture.supplyAsync(
            () ->
                new Http(procore)
                    .postForm(
                        "/oauth/token",
                        Map.of(
                            "grant_type", "client_credentials",
                            "client_id", procore.clientId(),
                            "client_secret", procore.clientSecret())),
            pool);
    assertTrue(held.awaitArrival(Duration.ofSeconds(10)));
    List<Future<Integer>> others = new ArrayList<>();
    for (int t = 0; t < 15; t++) {
      others.add(pool.submit(() -> new Http(procore).get("/rest/v1.0/vendors").status()));
    }
    for (Future<Integer> other : others) {
      assertEquals(200, other.get(30, TimeUnit.SECONDS));
    }
    assertFalse(token.isDone());
    assertEquals(0, procore.requestCount("POST /oauth/token"));
    held.release();
    assertEquals(200, token.get(30, TimeUnit.SECONDS).status());
    procore.verifyRequests("POST /oauth/token", 1);
  }
}
