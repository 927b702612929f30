package dev.procoresync.core.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.error.ProcoreApiException;
import dev.procoresync.core.error.ProcoreConflictException;
import dev.procoresync.core.error.ProcoreForbiddenException;
import dev.procoresync.core.error.ProcoreNotFoundException;
import dev.procoresync.core.error.ProcorePayloadTooLargeException;
import dev.procoresync.core.error.ProcoreRateLimitedException;
import dev.procoresync.core.error.ProcoreServerException;
import dev.procoresync.core.error.ProcoreUnauthorizedException;
import dev.procoresync.core.error.ProcoreValidationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ErrorMapperTest {

  private static ProcoreApiException map(int status) {
    return ErrorMapper.toException(status, "GET", "/rest/v1.0/projects/7", "", "req-1", null);
  }

  @Test
  void statusesMapToTypes() {
    assertInstanceOf(ProcoreValidationException.class, map(400));
    assertInstanceOf(ProcoreUnauthorizedException.class, map(401));
    assertInstanceOf(ProcoreForbiddenException.class, map(403));
    assertInstanceOf(ProcoreNotFoundException.class, map(404));
    assertInstanceOf(ProcoreConflictException.class, map(409));
    assertInstanceOf(ProcorePayloadTooLargeException.class, map(413));
    assertInstanceOf(ProcoreValidationException.class, map(422));
    assertInstanceOf(ProcoreRateLimitedException.class, map(429));
    assertInstanceOf(ProcoreServerException.class, map(500));
    assertInstanceOf(ProcoreServerException.class, map(503));
    assertEquals(ProcoreApiException.class, map(405).getClass());
  }

  @Test
  void messageCarriesStatusMethodPathProcoreMessageAndRequestId() {
    ProcoreApiException e =
        ErrorMapper.toException(
            404,
            "GET",
            "/rest/v1.0/projects/7",
            "{\"errors\":\"Project not found\"}",
            "abc-123",
            null);
    assertEquals(
        "404 on GET /rest/v1.0/projects/7: Project not found (request id abc-123)", e.getMessage());
    assertEquals("abc-123", e.requestId().orElseThrow());
    assertEquals("Project not found", e.procoreMessage());
  }

  @Test
  void rateLimitedCarriesRetryAfter() {
    ProcoreApiException e =
        ErrorMapper.toException(503, "GET", "/x", "busy", null, Duration.ofSeconds(7));
    assertInstanceOf(ProcoreRateLimitedException.class, e);
    assertEquals(
        Duration.ofSeconds(7), ((ProcoreRateLimitedException) e).retryAfter().orElseThrow());
    assertTrue(e.getMessage().contains("request id none"));
  }
}
