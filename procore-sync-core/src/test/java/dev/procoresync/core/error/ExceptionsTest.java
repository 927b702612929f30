package dev.procoresync.core.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ExceptionsTest {

  @Test
  void transportAndApiFailuresShareTheUncheckedRoot() {
    IOException io = new IOException("connection reset");
    ProcoreSyncException transport = new ProcoreTransportException("GET /rest/v1.0/projects", io);
    ProcoreApiException api = new ProcoreApiException(422, "422 POST /rest/v1.0/vendors: taken");

    assertSame(io, transport.getCause());
    assertEquals(422, api.status());
    assertEquals("422 POST /rest/v1.0/vendors: taken", api.getMessage());
    RuntimeException unchecked = api;
    assertEquals(ServiceException.class, unchecked.getClass().getSuperclass());
    assertEquals("procore", api.service());
    assertEquals(TransportException.class, transport.getClass().getSuperclass());
  }
}
