package dev.procoresync.state.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.procoresync.core.testing.StateStoreContract;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The store contract on an embedded H2 database: what a user without a server can try. */
class H2StateStoreContractTest extends StateStoreContract {
  private final String url = "jdbc:h2:mem:state-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  private final JdbcSyncStateStore store = JdbcSyncStateStore.connect(url, Clock.systemUTC());

  @Override
  protected Object store() {
    return store;
  }

  @Test
  void theSchemaIsVersionedAndMigratingAgainChangesNothing() {
    assertEquals(2, store.schemaVersion());
    JdbcSyncStateStore again = JdbcSyncStateStore.connect(url, Clock.systemUTC());
    assertEquals(2, again.schemaVersion());
  }

  @Test
  void aDatabaseFromANewerLibraryIsRefused() throws Exception {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO procore_sync_schema (version, applied_ms) VALUES (99, 0)");
    }
    JdbcStateException e =
        assertThrows(
            JdbcStateException.class, () -> JdbcSyncStateStore.connect(url, Clock.systemUTC()));
    assertEquals(true, e.getMessage().contains("version 99, newer than this library's 2"));
  }

  @Test
  void aUrlThatIsNotJdbcIsRefusedWithoutPrintingItsQuery() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> JdbcSyncStateStore.connect("postgres://h/db?password=secret", Clock.systemUTC()));
    assertEquals(false, e.getMessage().contains("secret"));
  }
}
