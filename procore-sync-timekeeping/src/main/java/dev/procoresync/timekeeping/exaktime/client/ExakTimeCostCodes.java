package dev.procoresync.timekeeping.exaktime.client;

import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.timekeeping.exaktime.model.ExakTimeCostCode;
import java.util.Map;
import java.util.Objects;

/**
 * ExakTime's cost codes, {@code /v1/Time/CostCodes}: the one route a public source confirms
 * (identifier, name, is_active, cost_type_id, display_option; names unique; no delete, only
 * deactivation; page_size up to 100).
 *
 * <pre>{@code
 * exak.costCodes().create(ExakTimeCostCode.builder().identifier("01-100").name("Labor").build());
 * }</pre>
 */
public final class ExakTimeCostCodes {
  private static final String PATH = "v1/Time/CostCodes";
  private final ExakTimeClient client;

  ExakTimeCostCodes(ExakTimeClient client) {
    this.client = client;
  }

  /**
   * Lists every cost code, lazily.
   *
   * @return the cost codes
   */
  public PagedIterable<ExakTimeCostCode> list() {
    return client.list(PATH, Map.of(), ExakTimeCostCode.class);
  }

  /**
   * Creates a cost code.
   *
   * @param costCode the cost code
   * @return the cost code as ExakTime stored it
   * @throws dev.procoresync.core.error.ServiceException with 409 when the identifier or the name is
   *     taken
   * @throws dev.procoresync.core.error.TransportException when no answer came (look it up before
   *     creating it again)
   */
  public ExakTimeCostCode create(ExakTimeCostCode costCode) {
    return client.send("POST", PATH, costCode, ExakTimeCostCode.class);
  }

  /**
   * Replaces a cost code's attributes.
   *
   * @param costCode the cost code; its identifier names the record
   * @return the cost code as ExakTime stored it
   * @throws dev.procoresync.core.error.ServiceException with 404 when there is none
   */
  public ExakTimeCostCode update(ExakTimeCostCode costCode) {
    Objects.requireNonNull(costCode, "costCode");
    return client.send(
        "PUT",
        PATH + "/" + ExakTimeClient.segment(costCode.identifier()),
        costCode,
        ExakTimeCostCode.class);
  }

  @Override
  public String toString() {
    return "ExakTimeCostCodes{" + client + "}";
  }
}
