package dev.procoresync.core.mapping.changeorder;

import dev.procoresync.core.validation.Violation;
import java.util.List;
import org.immutables.value.Value;

/**
 * The class of one change order and, when it is not eligible, every reason why (each also as a
 * {@link Violation} ready for a SKIPPED outcome).
 */
@Value.Immutable
public abstract class ChangeOrderClassification {

  /**
   * Returns a new, empty builder of {@code ChangeOrderClassification} values.
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
   * Returns the class.
   *
   * @return REGULAR, NPC or NOT_ELIGIBLE
   */
  public abstract ChangeOrderCategory category();

  /**
   * Returns the reasons it is not eligible, in rule order.
   *
   * @return the reasons; empty unless NOT_ELIGIBLE
   */
  public abstract List<IneligibleReason> reasons();

  /**
   * Returns one violation per reason, naming the change order, the field and the value.
   *
   * @return the violations; empty unless NOT_ELIGIBLE
   */
  public abstract List<Violation> violations();

  /**
   * Tells whether the change order is to be synced (REGULAR or NPC).
   *
   * @return {@code true} unless NOT_ELIGIBLE
   */
  public boolean isEligible() {
    return category() != ChangeOrderCategory.NOT_ELIGIBLE;
  }

  @Value.Check
  void check() {
    if ((category() == ChangeOrderCategory.NOT_ELIGIBLE) == reasons().isEmpty()) {
      throw new IllegalStateException(
          "NOT_ELIGIBLE needs at least one reason, and only NOT_ELIGIBLE may have reasons");
    }
  }

  /**
   * Builds {@code ChangeOrderClassification} values: a setter per attribute (plus {@code
   * add*}/{@code addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)}
   * to start from a value, and {@code build()}. Get one from {@link #builder()} or {@link
   * #toBuilder()}; a builder is not thread safe.
   */
  public static final class Builder extends ChangeOrderClassificationBuilder {
    Builder() {}
  }
}
