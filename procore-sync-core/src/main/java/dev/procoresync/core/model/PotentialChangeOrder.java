package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A potential change order ({@code /rest/v1.0/potential_change_orders}). */
@Value.Immutable
@JsonSerialize(as = PotentialChangeOrderBuilder.ImmutablePotentialChangeOrder.class)
@JsonDeserialize(as = PotentialChangeOrderBuilder.ImmutablePotentialChangeOrder.class)
public abstract class PotentialChangeOrder {

  PotentialChangeOrder() {}

  /**
   * Returns a new, empty builder of {@code PotentialChangeOrder} values.
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
   * The number.
   *
   * @return the number, or empty when Procore leaves it out
   */
  public abstract Optional<String> number();

  /**
   * The title.
   *
   * @return the title, or empty when Procore leaves it out
   */
  public abstract Optional<String> title();

  /**
   * The description.
   *
   * @return the description, or empty when Procore leaves it out
   */
  public abstract Optional<String> description();

  /**
   * The state.
   *
   * @return the state, or empty when Procore leaves it out
   */
  public abstract Optional<ChangeOrderStatus> status();

  /**
   * The contract the change order belongs to.
   *
   * @return the contract the change order belongs to, or empty when Procore leaves it out
   */
  public abstract Optional<Long> contractId();

  /**
   * The total.
   *
   * @return the total, or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> grandTotal();

  /**
   * The change order request it belongs to.
   *
   * @return the change order request it belongs to, or empty when Procore leaves it out
   */
  public abstract Optional<Long> changeOrderRequestId();

  /**
   * The prime change event.
   *
   * @return the prime change event, or empty when Procore leaves it out
   */
  public abstract Optional<Long> primeChangeEventId();

  /**
   * The commitment change event.
   *
   * @return the commitment change event, or empty when Procore leaves it out
   */
  public abstract Optional<Long> commitmentChangeEventId();

  /**
   * The other system's key kept by Procore, such as {@code bc:po:PO-0042}.
   *
   * @return the other system's key kept by Procore, such as {@code bc:po:PO-0042}, or empty when
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
   * Builds {@code PotentialChangeOrder} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends PotentialChangeOrderBuilder {
    Builder() {}
  }
}
