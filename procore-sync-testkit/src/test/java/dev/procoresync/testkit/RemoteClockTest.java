package dev.procoresync.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.procoresync.testkit.procore.FakeProcore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RemoteClockTest {

  @Test
  void readsAndAdvancesTheClockTheFakeProcoreServes() throws Exception {
    try (FakeProcore procore = FakeProcore.start()) {
      RemoteClock remote = RemoteClock.of(procore.apiBaseUrl());
      assertEquals(procore.clock().instant(), remote.instant());
      procore.clock().advance(Duration.ofMinutes(5));
      assertEquals(procore.clock().instant(), remote.instant());
      Instant before = remote.instant();
      remote.sleeper().sleep(Duration.ofSeconds(90));
      assertEquals(before.plusSeconds(90), procore.clock().instant());
      // never backwards
      assertEquals(before.plusSeconds(90), remote.advanceTo(before));
      assertEquals(before.plusSeconds(90), procore.clock().instant());
    }
  }

  @Test
  void aBodyThatIsNotAnInstantIsRefusedAndTheClockStays() throws Exception {
    try (FakeProcore procore = FakeProcore.start()) {
      Instant before = procore.clock().instant();
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(procore.apiBaseUrl() + "/__testkit/clock/advance-to"))
                      .POST(HttpRequest.BodyPublishers.ofString("tomorrow"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(400, answer.statusCode());
      assertEquals(before, procore.clock().instant());
      assertThrows(
          NullPointerException.class, () -> RemoteClock.of(procore.apiBaseUrl()).advanceTo(null));
    }
  }
}
