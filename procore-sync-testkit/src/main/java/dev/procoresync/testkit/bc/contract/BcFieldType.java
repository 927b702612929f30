package dev.procoresync.testkit.bc.contract;

import java.util.Objects;

/**
 * The OData (CSDL) type of a field of a Business Central entity set, as the contract names it. Enum
 * fields are {@link #STRING} with an enum name ({@link BcField#enumName()}): their JSON values are
 * the CSDL member names Business Central sends ({@code
 * "Both_x0020_Budget_x0020_and_x0020_Billable"}).
 */
public enum BcFieldType {
  /** {@code Edm.Guid}: unquoted in {@code $filter}, a string in JSON. */
  GUID("Edm.Guid"),
  /** {@code Edm.String}: quoted in {@code $filter} (an embedded quote doubled). */
  STRING("Edm.String"),
  /** {@code Edm.Boolean}. */
  BOOLEAN("Edm.Boolean"),
  /** {@code Edm.Int32}. */
  INT32("Edm.Int32"),
  /** {@code Edm.Int64} (AL BigInteger; Procore ids). */
  INT64("Edm.Int64"),
  /** {@code Edm.Decimal}: a JSON number. */
  DECIMAL("Edm.Decimal"),
  /** {@code Edm.Date}: {@code 2025-09-22}; blank is {@code 0001-01-01}. */
  DATE("Edm.Date"),
  /**
   * {@code Edm.DateTimeOffset}: {@code 2025-09-22T10:15:30Z}; blank is {@code
   * 0001-01-01T00:00:00Z}.
   */
  DATE_TIME_OFFSET("Edm.DateTimeOffset");

  private final String edmName;

  BcFieldType(String edmName) {
    this.edmName = edmName;
  }

  /**
   * Returns the CSDL name.
   *
   * @return e.g. {@code Edm.Guid}
   */
  public String edmName() {
    return edmName;
  }

  /**
   * Reads a CSDL name.
   *
   * @param edmName e.g. {@code Edm.Decimal}
   * @return the type
   * @throws IllegalArgumentException naming the value when it is not one of the types above
   */
  public static BcFieldType fromEdmName(String edmName) {
    Objects.requireNonNull(edmName, "edmName");
    for (BcFieldType type : values()) {
      if (type.edmName.equals(edmName)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown field type: " + edmName);
  }
}
