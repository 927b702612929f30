package dev.procoresync.core.mapping.changeorder;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What the classifier needs to know about one Procore change order, adapted from the model in one
 * line by the flow.
 *
 * <pre>{@code
 * ChangeOrderFacts facts = ChangeOrderFacts.builder()
 *     .kind(ChangeOrderKind.PACKAGE)
 *     .id(co.id())
 *     .rawStatus(co.status())
 *     .projectId(co.projectId())
 *     .contractId(co.contractId())
 *     .tier(project.changeOrderTiers())
 *     .lineItemCount(co.lineItems().size())
 *     .putAllCustomFields(co.customFieldValues())
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ChangeOrderFacts {

  /**
   * Returns a new, empty builder of {@code ChangeOrderFacts} values.
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
   * Returns which resource this is.
   *
   * @return the kind
   */
  public abstract ChangeOrderKind kind();

  /**
   * Returns the Procore id.
   *
   * @return the id
   */
  public abstract long id();

  /**
   * Returns the status exactly as Procore sent it.
   *
   * @return the raw status; may be empty
   */
  public abstract String rawStatus();

  /**
   * Returns the status read from {@link #rawStatus()}.
   *
   * @return the known status, or {@link ChangeOrderStatus#UNKNOWN}
   */
  @Value.Derived
  public ChangeOrderStatus status() {
    return ChangeOrderStatus.fromWire(rawStatus());
  }

  /**
   * Returns the project the change order belongs to.
   *
   * @return the project id, or empty when there is no project link
   */
  public abstract Optional<Long> projectId();

  /**
   * Returns the contract (prime or commitment) the change order belongs to.
   *
   * @return the contract id, or empty when none
   */
  public abstract Optional<Long> contractId();

  /**
   * Returns the number of change-order tiers the project is configured for (1, 2 or 3).
   *
   * @return the tier setting, or empty when unknown
   */
  public abstract OptionalInt tier();

  /**
   * Returns the number of line items.
   *
   * @return the count
   */
  @Value.Default
  public int lineItemCount() {
    return 0;
  }

  /**
   * Returns the NPC flag when the model carries one directly (for example read by the flow).
   *
   * @return the flag, or empty when not known
   */
  public abstract Optional<Boolean> npcFlag();

  /**
   * Returns custom field values by field name or id, as text.
   *
   * @return the custom fields
   */
  public abstract Map<String, String> customFields();

  /**
   * Returns the title.
   *
   * @return the title, or empty
   */
  @Value.Default
  public String title() {
    return "";
  }

  /**
   * Builds {@code ChangeOrderFacts} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends ChangeOrderFactsBuilder {
    Builder() {}
  }
}
