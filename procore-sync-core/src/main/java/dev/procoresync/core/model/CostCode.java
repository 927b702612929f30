package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A project cost code ({@code /rest/v1.0/cost_codes}); cost codes are tiered, so {@code code} is
 * this tier's code and {@code fullCode} carries the parents' prefixes ({@code 06-200}).
 *
 * <pre>{@code
 * CostCode code = CostCode.builder().id(501L).code("200").fullCode("06-200").name("Rough carpentry").build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = CostCodeBuilder.ImmutableCostCode.class)
@JsonDeserialize(as = CostCodeBuilder.ImmutableCostCode.class)
public abstract class CostCode {

  CostCode() {}

  /**
   * Returns a new, empty builder of {@code CostCode} values.
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
   * Procore's id of the record.
   *
   * @return Procore's id of the record (Procore always sends it)
   */
  public abstract long id();

  /**
   * This tier's code, without the parents' prefixes.
   *
   * @return This tier's code, without the parents' prefixes, or empty when Procore leaves it out
   */
  public abstract Optional<String> code();

  /**
   * The code with the parents' prefixes, such as {@code 06-200}.
   *
   * @return the code with the parents' prefixes, such as {@code 06-200}, or empty when Procore
   *     leaves it out
   */
  public abstract Optional<String> fullCode();

  /**
   * The cost code's name.
   *
   * @return the cost code's name, or empty when Procore leaves it out
   */
  public abstract Optional<String> name();

  /**
   * The parent cost code (a division at the top).
   *
   * @return the parent cost code (a division at the top), or empty when Procore leaves it out
   */
  public abstract Optional<NamedRef> parent();

  /**
   * What the code belongs to: {@code Project} or {@code SubJob}.
   *
   * @return What the code belongs to: {@code Project} or {@code SubJob}, or empty when Procore
   *     leaves it out
   */
  public abstract Optional<String> billerType();

  /**
   * The id of the project or sub job the code belongs to.
   *
   * @return the id of the project or sub job the code belongs to, or empty when Procore leaves it
   *     out
   */
  public abstract Optional<Long> billerId();

  /**
   * The company standard cost code it was copied from.
   *
   * @return the company standard cost code it was copied from, or empty when Procore leaves it out
   */
  public abstract Optional<Long> standardCostCodeId();

  /**
   * The company standard cost code list it was copied from.
   *
   * @return the company standard cost code list it was copied from, or empty when Procore leaves it
   *     out
   */
  public abstract Optional<Long> standardCostCodeListId();

  /**
   * The sort position.
   *
   * @return the sort position, or empty when Procore leaves it out
   */
  public abstract Optional<Long> position();

  /**
   * The other system's key kept by Procore, such as {@code bc:vendor:V0042}.
   *
   * @return the other system's key kept by Procore, such as {@code bc:vendor:V0042}, or empty when
   *     Procore leaves it out
   */
  public abstract Optional<String> originId();

  /**
   * Free text for the integration, never shown to users.
   *
   * @return Free text for the integration, never shown to users, or empty when Procore leaves it
   *     out
   */
  public abstract Optional<String> originData();

  /**
   * The cost types allowed with this code.
   *
   * @return the cost types allowed with this code (empty when none)
   */
  public abstract List<LineItemType> lineItemTypes();

  /**
   * When the record was created.
   *
   * @return When the record was created, or empty when Procore leaves it out
   */
  public abstract Optional<Instant> createdAt();

  /**
   * When the record was last updated.
   *
   * @return When the record was last updated, or empty when Procore leaves it out
   */
  public abstract Optional<Instant> updatedAt();

  /**
   * Builds {@code CostCode} values: a setter per attribute (plus {@code add*}/{@code addAll*} for
   * lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a value,
   * and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder is not
   * thread safe.
   */
  public static final class Builder extends CostCodeBuilder {
    Builder() {}
  }
}
