package dev.procoresync.core.client;

import dev.procoresync.core.error.ProcoreApiException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when Procore answers 405 to a legacy budget modification: the company has moved to budget
 * changes, and budget modifications are read-only. Write a budget change instead ({@link
 * Budget#createChange}).
 */
public class BudgetModificationsUnavailableException extends ProcoreApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the failure from the parts of the 405 exchange.
   *
   * @param method the HTTP method
   * @param path the request path
   * @param requestId Procore's request id, or {@code null}
   */
  public BudgetModificationsUnavailableException(
      String method, String path, @Nullable String requestId) {
    super(
        405,
        method,
        path,
        "this company uses budget changes: budget modifications are read-only;"
            + " create a budget change instead",
        requestId,
        List.of());
  }
}
