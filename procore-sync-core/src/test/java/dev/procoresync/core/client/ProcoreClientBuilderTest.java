package dev.procoresync.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProcoreClientBuilderTest {

  private static final ProcoreCredentials CREDS =
      ProcoreCredentials.clientCredentials("client-1", "s3cr3t-value");

  @Test
  void missingSettingsAreNamed() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> ProcoreClient.builder().credentials(CREDS).build());
    assertTrue(e.getMessage().startsWith("environment must be set"), e.getMessage());
    e =
        assertThrows(
            IllegalStateException.class,
            () -> ProcoreClient.builder().environment(ProcoreEnvironment.PRODUCTION).build());
    assertTrue(e.getMessage().startsWith("credentials must be set"), e.getMessage());
  }

  @Test
  void badValuesAreNamed() {
    ProcoreClient.Builder b =
        ProcoreClient.builder().environment(ProcoreEnvironment.PRODUCTION).credentials(CREDS);
    assertTrue(
        assertThrows(IllegalStateException.class, () -> b.readTimeout(Duration.ZERO).build())
            .getMessage()
            .startsWith("readTimeout must be positive"));
    b.readTimeout(Duration.ofSeconds(1));
    assertTrue(
        assertThrows(IllegalStateException.class, () -> b.syncChunkSize(1001).build())
            .getMessage()
            .startsWith("syncChunkSize"));
    b.syncChunkSize(1000);
    assertTrue(
        assertThrows(IllegalStateException.class, () -> b.userAgentSuffix("a\nb").build())
            .getMessage()
            .startsWith("userAgentSuffix"));
  }

  @Test
  void secretsNeverInToString() {
    ProcoreClient client =
        ProcoreClient.builder()
            .environment(ProcoreEnvironment.PRODUCTION)
            .credentials(CREDS)
            .build();
    assertFalse(client.toString().contains("s3cr3t"));
    assertFalse(CREDS.toString().contains("s3cr3t"));
    assertFalse(
        ProcoreCredentials.refreshToken("c", "s3cr3t", "r3fr3sh").toString().contains("r3fr3sh"));
    assertEquals(4, client.forCompany(4).companyId());
    assertTrue(client.forCompany(4) == client.forCompany(4));
    assertThrows(IllegalArgumentException.class, () -> client.forCompany(0));
  }

  @Test
  void environments() {
    assertEquals("https://sandbox.procore.com", ProcoreEnvironment.DEVELOPER_SANDBOX.apiUrl());
    assertEquals(
        "https://login-sandbox.procore.com", ProcoreEnvironment.DEVELOPER_SANDBOX.loginUrl());
    assertEquals("https://api-monthly.procore.com", ProcoreEnvironment.MONTHLY_SANDBOX.apiUrl());
    assertEquals("https://login.procoregov.com", ProcoreEnvironment.FEDERAL.loginUrl());
    ProcoreEnvironment local =
        ProcoreEnvironment.custom("http://127.0.0.1:8080/", "http://localhost:9");
    assertEquals("http://127.0.0.1:8080", local.loginUrl());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ProcoreEnvironment.custom("http://login.example.com", "https://api.example.com"));
    assertTrue(e.getMessage().startsWith("loginUrl must use https"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> ProcoreEnvironment.custom("https://a.example.com", "https://b.example.com/rest"));
  }
}
