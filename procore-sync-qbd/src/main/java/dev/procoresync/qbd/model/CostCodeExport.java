package dev.procoresync.qbd.model;

import dev.procoresync.core.model.CostCode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Procore cost code as the QuickBooks export sees it: its id, its full code (such as {@code
 * 01-100}), its description, and whether it belongs to a custom WBS segment (which the connector
 * does not support).
 *
 * <pre>{@code
 * CostCodeExport c = CostCodeExport.from(costCode);
 * CostCodeExport.builder().procoreId(7L).code("01-100").description("General Conditions").build();
 * }</pre>
 */
@Value.Immutable
public abstract class CostCodeExport {
  CostCodeExport() {}

  /**
   * Returns a new, empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this value's attributes.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Reads a cost code of Procore's standard (company) list.
   *
   * @param code the cost code
   * @return the export input: full code, else code; name as description
   */
  public static CostCodeExport from(CostCode code) {
    return builder()
        .procoreId(code.id())
        .code(code.fullCode().or(code::code).orElse(""))
        .description(code.name())
        .build();
  }

  /**
   * Returns Procore's id of the cost code.
   *
   * @return the id
   */
  public abstract long procoreId();

  /**
   * Returns the full code.
   *
   * @return such as {@code "01-100"}; blank codes are SKIPPED by the flow
   */
  public abstract String code();

  /**
   * Returns the description.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * Tells whether the code comes from a custom WBS segment.
   *
   * @return {@code true} for such codes (SKIPPED: not supported by the connector); default false
   */
  @Value.Default
  public boolean customSegment() {
    return false;
  }

  /** Builds {@link CostCodeExport} values. */
  public static final class Builder extends CostCodeExportBuilder {
    Builder() {}
  }
}
