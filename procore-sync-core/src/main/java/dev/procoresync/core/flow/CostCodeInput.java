package dev.procoresync.core.flow;

import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One line of a host's tiered cost-code list, as {@link CostCodeUpsertFlow} takes it: the line's
 * own key, its parent's key (none for a division), the code of its tier and its name.
 *
 * <p>Keys are origin ids in the documented form {@code system:entity:key}, such as {@code
 * erp:cost_code:03-100}. Blank values are allowed here so that the flow can report them as skips
 * rather than fail the mapping.
 *
 * <pre>{@code
 * CostCodeInput division = CostCodeInput.division("erp:cost_code:03", "03", "Concrete");
 * CostCodeInput code = CostCodeInput.code("erp:cost_code:03-100", "erp:cost_code:03", "100", "Forms");
 * }</pre>
 */
@Value.Immutable
public abstract class CostCodeInput {

  CostCodeInput() {}

  /**
   * Returns a new, empty builder of {@code CostCodeInput} values.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset; a setter given {@code null} for a required attribute throws {@link
   * NullPointerException} naming it ({@code null} for an optional attribute leaves it empty).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy; this value is
   * left as it is.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Returns the line's origin id, the key Procore keeps in {@code origin_id}.
   *
   * @return the origin id, possibly blank (then the line is skipped)
   */
  public abstract String originId();

  /**
   * Returns the parent line's origin id.
   *
   * @return the parent's origin id; empty for a division (a top-level code)
   */
  public abstract Optional<String> parentOriginId();

  /**
   * Returns the code of this tier, without the parents' prefixes (Procore composes {@code
   * full_code}).
   *
   * @return the code, such as {@code 100}; possibly blank (then the line is skipped)
   */
  public abstract String code();

  /**
   * Returns the name users see.
   *
   * @return the name, possibly blank (then the line is skipped)
   */
  public abstract String name();

  /**
   * Creates a line; {@code null} texts become blank and a blank parent means a division.
   *
   * @param originId the line's origin id
   * @param parentOriginId the parent's origin id, or {@code null} (or blank) for a division
   * @param code the code of this tier
   * @param name the name
   * @return the line
   */
  public static CostCodeInput of(
      @Nullable String originId,
      @Nullable String parentOriginId,
      @Nullable String code,
      @Nullable String name) {
    return CostCodeInput.builder()
        .originId(originId == null ? "" : originId)
        .parentOriginId(
            parentOriginId == null || parentOriginId.isBlank()
                ? Optional.empty()
                : Optional.of(parentOriginId))
        .code(code == null ? "" : code)
        .name(name == null ? "" : name)
        .build();
  }

  /**
   * Creates a division (a top-level code).
   *
   * @param originId the division's origin id
   * @param code the division's code, such as {@code 03}
   * @param name the name, such as {@code Concrete}
   * @return the line
   */
  public static CostCodeInput division(String originId, String code, String name) {
    return of(originId, null, code, name);
  }

  /**
   * Creates a code under a parent (a division or another code).
   *
   * @param originId the code's origin id
   * @param parentOriginId the parent's origin id
   * @param code the code of this tier, such as {@code 100}
   * @param name the name
   * @return the line
   */
  public static CostCodeInput code(
      String originId, String parentOriginId, String code, String name) {
    return of(originId, parentOriginId, code, name);
  }

  /**
   * Builds {@code CostCodeInput} values: a setter per attribute (plus {@code add*}/{@code addAll*}
   * for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a
   * value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder
   * is not thread safe.
   */
  public static final class Builder extends CostCodeInputBuilder {
    Builder() {}
  }
}
