package dev.procoresync.testkit.bc.contract;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One field of a Business Central entity set, as the contract describes it.
 *
 * <pre>{@code
 * BcField flag = BcContract.load().entitySet(BcApi.CUSTOM, "projects").field("sendToProcore");
 * assert flag.type() == BcFieldType.BOOLEAN;
 * }</pre>
 *
 * @param name the JSON name, e.g. {@code sendToProcore}
 * @param type the OData type
 * @param maxLength the longest text a string field takes; empty for other types or no limit
 * @param enumName the contract enum whose members are the allowed values; empty when not an enum
 * @param readOnly true when a POST or PATCH may not set it
 * @param alName the AL field (table column) it shows, e.g. {@code Send to Procore}; empty if
 *     unnamed
 */
public record BcField(
    String name,
    BcFieldType type,
    OptionalInt maxLength,
    Optional<String> enumName,
    boolean readOnly,
    Optional<String> alName) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException when the name is blank, a max length is below 1, or an enum is
   *     not a string field
   * @param name the JSON name
   * @param type the OData type
   * @param maxLength the longest text; empty for none
   * @param enumName the contract enum; empty when not an enum
   * @param readOnly true when a write may not set it
   * @param alName the AL field; empty if unnamed
   */
  public BcField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(maxLength, "maxLength");
    Objects.requireNonNull(enumName, "enumName");
    Objects.requireNonNull(alName, "alName");
    if (name.isBlank()) {
      throw new IllegalArgumentException("field name must not be blank");
    }
    if (maxLength.isPresent() && maxLength.getAsInt() < 1) {
      throw new IllegalArgumentException(
          "maxLength of " + name + " must be at least 1, got: " + maxLength.getAsInt());
    }
    if (enumName.isPresent() && type != BcFieldType.STRING) {
      throw new IllegalArgumentException(
          "enum field " + name + " must be Edm.String, got: " + type);
    }
  }

  /**
   * Tells whether the field takes one of an enum's members.
   *
   * @return true for an enum field
   */
  public boolean isEnum() {
    return enumName.isPresent();
  }
}
