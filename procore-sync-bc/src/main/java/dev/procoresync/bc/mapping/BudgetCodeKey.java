package dev.procoresync.bc.mapping;

import java.util.Objects;
import java.util.Optional;

/**
 * The parts of a Procore budget code as ProjectPro keeps them: cost code = Job Task No., cost type
 * = Cost Type, sub job = Segment Code.
 *
 * @param jobTaskNumber the Job Task No. (Procore cost code)
 * @param costType the Cost Type, if any
 * @param segmentCode the Segment Code (Procore sub job), if any
 */
public record BudgetCodeKey(
    String jobTaskNumber, Optional<String> costType, Optional<String> segmentCode) {

  /**
   * Checks the parts.
   *
   * @param jobTaskNumber the Job Task No.
   * @param costType the Cost Type, if any
   * @param segmentCode the Segment Code, if any
   * @throws NullPointerException when a part is {@code null}
   */
  public BudgetCodeKey {
    Objects.requireNonNull(jobTaskNumber, "jobTaskNumber");
    Objects.requireNonNull(costType, "costType");
    Objects.requireNonNull(segmentCode, "segmentCode");
    costType = costType.filter(s -> !s.isBlank());
    segmentCode = segmentCode.filter(s -> !s.isBlank());
  }

  /**
   * Describes the key for a message, such as {@code 01.1000.M}.
   *
   * @return the text
   */
  public String describe() {
    return segmentCode.map(s -> s + ".").orElse("")
        + jobTaskNumber
        + costType.map(t -> "." + t).orElse("");
  }
}
