package dev.procoresync.state.jdbc;

import dev.procoresync.core.error.ClientException;
import java.sql.SQLException;

/**
 * The database behind a {@link JdbcSyncStateStore} refused or could not be reached; the cause is
 * the driver's {@link SQLException} (its SQL state tells which).
 */
public final class JdbcStateException extends ClientException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param what what the store was doing, such as {@code "store a token pair"}
   * @param cause the driver's exception
   */
  public JdbcStateException(String what, SQLException cause) {
    super(
        "state-jdbc",
        what + ": " + cause.getMessage() + " (SQL state " + cause.getSQLState() + ")",
        cause);
  }
}
