package dev.procoresync.bc.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Business Central resource (a worker), with ProjectPro's "Use Crew Time Sheet".
 *
 * <pre>{@code
 * BcResource r = BcResource.builder().number("R0001").useCrewTimeSheet(true).build();
 * }</pre>
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = BcResourceBuilder.ImmutableBcResource.class)
@JsonDeserialize(as = BcResourceBuilder.ImmutableBcResource.class)
public abstract class BcResource {

  BcResource() {}

  /**
   * Returns a new, empty builder of {@code BcResource} values.
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
   * Returns the resource number.
   *
   * @return the resource number
   */
  public abstract String number();

  /**
   * Returns the name.
   *
   * @return the name, empty when Business Central leaves it out
   */
  public abstract Optional<String> name();

  /**
   * Returns the type (Person, Machine).
   *
   * @return the type (Person, Machine), empty when Business Central leaves it out
   */
  public abstract Optional<String> type();

  /**
   * Returns the base unit of measure.
   *
   * @return the base unit of measure, empty when Business Central leaves it out
   */
  public abstract Optional<String> baseUnitOfMeasure();

  /**
   * Returns the unit cost.
   *
   * @return the unit cost, empty when Business Central leaves it out
   */
  public abstract Optional<BigDecimal> unitCost();

  /**
   * Returns whether the resource is blocked.
   *
   * @return whether the resource is blocked, empty when Business Central leaves it out
   */
  public abstract Optional<Boolean> blocked();

  /**
   * Returns whether the resource uses crew time sheets ("Use Crew Time Sheet").
   *
   * @return whether the resource uses crew time sheets ("Use Crew Time Sheet"), empty when Business
   *     Central leaves it out
   */
  public abstract Optional<Boolean> useCrewTimeSheet();

  /**
   * Returns the Procore person this resource is.
   *
   * @return the Procore person this resource is, empty when Business Central leaves it out
   */
  public abstract Optional<Long> procorePersonId();

  /**
   * Returns the employee number.
   *
   * @return the employee number, empty when Business Central leaves it out
   */
  public abstract Optional<String> employeeNumber();

  /**
   * Returns when Business Central last changed the record (SystemModifiedAt), for incremental
   * reads.
   *
   * @return when Business Central last changed the record (SystemModifiedAt), for incremental
   *     reads, empty when the page does not send it
   */
  public abstract Optional<Instant> lastModifiedDateTime();

  /** Builds {@link BcResource} values; see {@link BcResource#builder()}. */
  public static final class Builder extends BcResourceBuilder {
    Builder() {}
  }
}
