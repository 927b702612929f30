package dev.procoresync.bc.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A job planning line (table Job Planning Line): with "Send Budget Line to Procore" it becomes a
 * Procore budget line item.
 *
 * <pre>{@code
 * BcPlanningLine l = BcPlanningLine.builder().jobNo("JOB000042").jobTaskNo("1000").totalCost(new BigDecimal("1200")).build();
 * }</pre>
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = BcPlanningLineBuilder.ImmutableBcPlanningLine.class)
@JsonDeserialize(as = BcPlanningLineBuilder.ImmutableBcPlanningLine.class)
public abstract class BcPlanningLine {

  BcPlanningLine() {}

  /**
   * Returns a new, empty builder of {@code BcPlanningLine} values.
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
   * Returns Business Central's SystemId of the record.
   *
   * @return Business Central's SystemId of the record, empty on a record not yet created
   */
  public abstract Optional<String> id();

  /**
   * Returns the record's ETag ({@code @odata.etag}), sent back as {@code If-Match} on every PATCH
   * and DELETE.
   *
   * @return the record's ETag ({@code @odata.etag}), sent back as {@code If-Match} on every PATCH
   *     and DELETE, empty on a record not yet created
   */
  @JsonProperty("@odata.etag")
  public abstract Optional<String> etag();

  /**
   * Returns the project number.
   *
   * @return the project number
   */
  public abstract String jobNo();

  /**
   * Returns the job task number.
   *
   * @return the job task number
   */
  public abstract String jobTaskNo();

  /**
   * Returns the line number.
   *
   * @return the line number, empty when Business Central leaves it out
   */
  public abstract Optional<Integer> lineNo();

  /**
   * Returns the planning date.
   *
   * @return the planning date, empty when Business Central leaves it out
   */
  public abstract Optional<LocalDate> planningDate();

  /**
   * Returns the line type (Budget, Billable, Both Budget and Billable).
   *
   * @return the line type (Budget, Billable, Both Budget and Billable), empty when Business Central
   *     leaves it out
   */
  public abstract Optional<String> lineType();

  /**
   * Returns the line's type (Resource, Item, G/L Account, Text).
   *
   * @return the line's type (Resource, Item, G/L Account, Text), empty when Business Central leaves
   *     it out
   */
  public abstract Optional<String> type();

  /**
   * Returns the resource, item or account number.
   *
   * @return the resource, item or account number, empty when Business Central leaves it out
   */
  public abstract Optional<String> number();

  /**
   * Returns the description.
   *
   * @return the description, empty when Business Central leaves it out
   */
  public abstract Optional<String> description();

  /**
   * Returns the quantity.
   *
   * @return the quantity, empty when Business Central leaves it out
   */
  public abstract Optional<BigDecimal> quantity();

  /**
   * Returns the unit of measure.
   *
   * @return the unit of measure, empty when Business Central leaves it out
   */
  public abstract Optional<String> unitOfMeasureCode();

  /**
   * Returns the unit cost.
   *
   * @return the unit cost, empty when Business Central leaves it out
   */
  public abstract Optional<BigDecimal> unitCost();

  /**
   * Returns the total cost.
   *
   * @return the total cost, empty when Business Central leaves it out
   */
  public abstract Optional<BigDecimal> totalCost();

  /**
   * Returns the unit price.
   *
   * @return the unit price, empty when Business Central leaves it out
   */
  public abstract Optional<BigDecimal> unitPrice();

  /**
   * Returns the total price.
   *
   * @return the total price, empty when Business Central leaves it out
   */
  public abstract Optional<BigDecimal> totalPrice();

  /**
   * Returns the line amount.
   *
   * @return the line amount, empty when Business Central leaves it out
   */
  public abstract Optional<BigDecimal> lineAmount();

  /**
   * Returns the currency code.
   *
   * @return the currency code, empty when Business Central leaves it out
   */
  public abstract Optional<String> currencyCode();

  /**
   * Returns ProjectPro's cost type.
   *
   * @return ProjectPro's cost type, empty when Business Central leaves it out
   */
  public abstract Optional<String> costType();

  /**
   * Returns the segment code.
   *
   * @return the segment code, empty when Business Central leaves it out
   */
  public abstract Optional<String> segmentCode();

  /**
   * Returns whether the line is to be sent ("Send Budget Line to Procore").
   *
   * @return whether the line is to be sent ("Send Budget Line to Procore"), empty when Business
   *     Central leaves it out
   */
  public abstract Optional<Boolean> sendBudgetLineToProcore();

  /**
   * Returns Procore's budget line item id, once pushed.
   *
   * @return Procore's budget line item id, once pushed, empty when Business Central leaves it out
   */
  public abstract Optional<Long> procoreBudgetLineItemId();

  /**
   * Returns when Business Central last changed the record (SystemModifiedAt), for incremental
   * reads.
   *
   * @return when Business Central last changed the record (SystemModifiedAt), for incremental
   *     reads, empty when the page does not send it
   */
  public abstract Optional<Instant> lastModifiedDateTime();

  /** Builds {@link BcPlanningLine} values; see {@link BcPlanningLine#builder()}. */
  public static final class Builder extends BcPlanningLineBuilder {
    Builder() {}
  }
}
