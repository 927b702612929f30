package com.example.host;

import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.client.ProcoreCredentials;
import dev.procoresync.core.client.ProcoreEnvironment;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The production client, from the service account in {@code procore.client-id}/{@code -secret}. */
@Configuration
@ConditionalOnProperty("procore.client-id")
public class ProcoreConfiguration {
  /**
   * The one client of the application: thread safe, shared by every sync.
   *
   * @param clientId the service account's client id
   * @param clientSecret its client secret
   * @return the client
   */
  @Bean
  public ProcoreClient procoreClient(
      @Value("${procore.client-id}") String clientId,
      @Value("${procore.client-secret}") String clientSecret) {
    return ProcoreClient.builder()
        .environment(ProcoreEnvironment.PRODUCTION)
        .credentials(ProcoreCredentials.clientCredentials(clientId, clientSecret))
        .build();
  }
}
