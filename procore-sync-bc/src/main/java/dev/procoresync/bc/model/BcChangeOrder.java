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
 * A ProjectPro change order header, created once per approved Procore change order.
 *
 * <pre>{@code
 * BcChangeOrder co = BcChangeOrder.builder().jobNo("JOB000042").procoreChangeOrderId(77L).build();
 * }</pre>
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = BcChangeOrderBuilder.ImmutableBcChangeOrder.class)
@JsonDeserialize(as = BcChangeOrderBuilder.ImmutableBcChangeOrder.class)
public abstract class BcChangeOrder {

  BcChangeOrder() {}

  /**
   * Returns a new, empty builder of {@code BcChangeOrder} values.
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
   * Returns the change order number.
   *
   * @return the change order number, empty when Business Central leaves it out
   */
  public abstract Optional<String> number();

  /**
   * Returns the Procore change order id it was created from.
   *
   * @return the Procore change order id it was created from, empty when Business Central leaves it
   *     out
   */
  public abstract Optional<Long> procoreChangeOrderId();

  /**
   * Returns the Procore change order number.
   *
   * @return the Procore change order number, empty when Business Central leaves it out
   */
  public abstract Optional<String> procoreChangeOrderNumber();

  /**
   * Returns the title.
   *
   * @return the title, empty when Business Central leaves it out
   */
  public abstract Optional<String> title();

  /**
   * Returns the description.
   *
   * @return the description, empty when Business Central leaves it out
   */
  public abstract Optional<String> description();

  /**
   * Returns the change order date.
   *
   * @return the change order date, empty when Business Central leaves it out
   */
  public abstract Optional<LocalDate> changeOrderDate();

  /**
   * Returns the status.
   *
   * @return the status, empty when Business Central leaves it out
   */
  public abstract Optional<String> status();

  /**
   * Returns the amount.
   *
   * @return the amount, empty when Business Central leaves it out
   */
  public abstract Optional<BigDecimal> amount();

  /**
   * Returns whether the record is marked synced with Procore.
   *
   * @return whether the record is marked synced with Procore, empty when Business Central leaves it
   *     out
   */
  public abstract Optional<Boolean> synced();

  /**
   * Returns when it was marked synced.
   *
   * @return when it was marked synced, empty when Business Central leaves it out
   */
  public abstract Optional<Instant> syncedAt();

  /**
   * Returns when Business Central last changed the record (SystemModifiedAt), for incremental
   * reads.
   *
   * @return when Business Central last changed the record (SystemModifiedAt), for incremental
   *     reads, empty when the page does not send it
   */
  public abstract Optional<Instant> lastModifiedDateTime();

  /** Builds {@link BcChangeOrder} values; see {@link BcChangeOrder#builder()}. */
  public static final class Builder extends BcChangeOrderBuilder {
    Builder() {}
  }
}
