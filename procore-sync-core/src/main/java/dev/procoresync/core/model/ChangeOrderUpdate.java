package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The writable attributes common to change orders: the body of a create or update (wrapped as
 * {@code change_order} or the resource's own key) and one item of the potential change order and
 * change order request sync actions.
 */
@Value.Immutable
@JsonSerialize(as = ChangeOrderUpdateBuilder.ImmutableChangeOrderUpdate.class)
@JsonDeserialize(as = ChangeOrderUpdateBuilder.ImmutableChangeOrderUpdate.class)
public abstract class ChangeOrderUpdate {

  ChangeOrderUpdate() {}

  /**
   * Returns a new, empty builder of {@code ChangeOrderUpdate} values.
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
   * The id of the change order to update; empty to create one (or to match by origin id in a sync).
   *
   * @return the id of the change order to update; empty to create one (or to match by origin id in
   *     a sync), or empty when Procore leaves it out
   */
  public abstract Optional<Long> id();

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
   * The contract.
   *
   * @return the contract, or empty when Procore leaves it out
   */
  public abstract Optional<Long> contractId();

  /**
   * The total.
   *
   * @return the total, or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> grandTotal();

  /**
   * The due date.
   *
   * @return the due date, or empty when Procore leaves it out
   */
  public abstract Optional<LocalDate> dueDate();

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
   * The other system's code, shown to users.
   *
   * @return the other system's code, shown to users, or empty when Procore leaves it out
   */
  public abstract Optional<String> originCode();

  /**
   * Builds {@code ChangeOrderUpdate} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends ChangeOrderUpdateBuilder {
    Builder() {}
  }
}
