package dev.procoresync.testkit.bc.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.testkit.bc.contract.BcContract;
import dev.procoresync.testkit.bc.contract.BcEntitySet;
import dev.procoresync.testkit.bc.contract.BcField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Field values: defaults (BC's blanks), and the checks and normal form of a written value. */
public final class Values {
  static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  static final String BLANK_GUID = "00000000-0000-0000-0000-000000000000";
  private static final Pattern GUID =
      Pattern.compile(
          "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");

  private Values() {}

  /**
   * Returns Business Central's blank value of a field.
   *
   * @param contract the contract (enum members)
   * @param field the field
   * @return the blank
   */
  public static JsonNode blank(BcContract contract, BcField field) {
    switch (field.type()) {
      case GUID:
        return JSON.textNode(BLANK_GUID);
      case BOOLEAN:
        return JSON.booleanNode(false);
      case INT32:
      case INT64:
        return JSON.numberNode(0);
      case DECIMAL:
        return JSON.numberNode(BigDecimal.ZERO);
      case DATE:
        return JSON.textNode("0001-01-01");
      case DATE_TIME_OFFSET:
        return JSON.textNode("0001-01-01T00:00:00Z");
      default:
        return JSON.textNode(field.enumName().map(e -> contract.enumMembers(e).get(0)).orElse(""));
    }
  }

  /**
   * Tells whether a stored value is blank (for unique keys: blank values never clash).
   *
   * @param value the value, or null
   * @return true for null, "", 0, false, the blank GUID or a blank date
   */
  public static boolean isBlank(JsonNode value) {
    if (value == null || value.isNull()) {
      return true;
    }
    if (value.isNumber()) {
      return value.decimalValue().signum() == 0;
    }
    if (value.isBoolean()) {
      return !value.asBoolean();
    }
    String s = value.asText();
    return s.isEmpty() || s.equals(BLANK_GUID) || s.startsWith("0001-01-01") || s.equals("_x0020_");
  }

  /**
   * Checks a request body against an entity set and returns its fields in normal form.
   *
   * @param contract the contract
   * @param set the entity set written to
   * @param body the body
   * @param navigations navigation properties allowed in the body (deep insert), left out of the
   *     result
   * @param allowReadOnly true for seeding (fixtures may set read-only fields)
   * @return the fields
   * @throws dev.procoresync.testkit.http.ReplyException with a BC 400 naming the field and value
   */
  public static ObjectNode normalise(
      BcContract contract,
      BcEntitySet set,
      JsonNode body,
      Set<String> navigations,
      boolean allowReadOnly) {
    if (!body.isObject()) {
      throw BcErrors.badRequest("Invalid Request Body: a JSON object is expected.");
    }
    ObjectNode out = JSON.objectNode();
    for (Map.Entry<String, JsonNode> e : body.properties()) {
      String name = e.getKey();
      if (name.startsWith("@odata.") || navigations.contains(name)) {
        continue;
      }
      BcField field =
          set.findField(name)
              .orElseThrow(
                  () ->
                      BcErrors.badRequest(
                          "The property '"
                              + name
                              + "' does not exist on type 'Microsoft.NAV."
                              + set.entityType()
                              + "'. Make sure to only use property names that are defined by the type."));
      if (field.readOnly() && !allowReadOnly) {
        throw BcErrors.fail(
            400, "BadRequest_InvalidOperation", "Control '" + name + "' is read-only.");
      }
      out.set(name, value(contract, set, field, e.getValue()));
    }
    return out;
  }

  private static JsonNode value(BcContract contract, BcEntitySet set, BcField field, JsonNode v) {
    String name = field.name();
    if (v.isNull()) {
      throw BcErrors.badRequest(
          "Cannot convert a null value for property '"
              + name
              + "' of type '"
              + field.type().edmName()
              + "'.");
    }
    String shown = v.isTextual() ? "'" + v.asText() + "'" : v.toString();
    try {
      switch (field.type()) {
        case BOOLEAN:
          if (!v.isBoolean()) {
            throw wrongType(field, shown);
          }
          return v;
        case INT32:
        case INT64:
          {
            BigDecimal d = number(v, field, shown);
            if (d.stripTrailingZeros().scale() > 0) {
              throw wrongType(field, shown);
            }
            long l = d.longValueExact();
            if (field.type() == dev.procoresync.testkit.bc.contract.BcFieldType.INT32
                && (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE)) {
              throw BcErrors.badRequest(
                  "The value "
                      + shown
                      + " of property '"
                      + name
                      + "' is out of range for Edm.Int32.");
            }
            return JSON.numberNode(l);
          }
        case DECIMAL:
          return JSON.numberNode(number(v, field, shown));
        case DATE:
          return JSON.textNode(LocalDate.parse(text(v, field, shown)).toString());
        case DATE_TIME_OFFSET:
          return JSON.textNode(OffsetDateTime.parse(text(v, field, shown)).toInstant().toString());
        case GUID:
          {
            String s = text(v, field, shown);
            if (!GUID.matcher(s).matches()) {
              throw wrongType(field, shown);
            }
            return JSON.textNode(s.toLowerCase(java.util.Locale.ROOT));
          }
        default:
          {
            String s = text(v, field, shown);
            if (field.isEnum()) {
              List<String> members = contract.enumMembers(field.enumName().orElseThrow());
              if (!members.contains(s)) {
                throw BcErrors.badRequest(
                    "Cannot convert the literal "
                        + shown
                        + " to the expected type 'Microsoft.NAV."
                        + field.enumName().orElseThrow()
                        + "' of property '"
                        + name
                        + "' (members: "
                        + members
                        + ").");
              }
            }
            if (field.maxLength().isPresent() && s.length() > field.maxLength().getAsInt()) {
              throw BcErrors.fail(
                  400,
                  "Application_StringExceededLength",
                  "The length of the string is "
                      + s.length()
                      + ", but it must be less than or equal to "
                      + field.maxLength().getAsInt()
                      + " characters. Property: "
                      + name
                      + ", value: "
                      + shown);
            }
            return JSON.textNode(s);
          }
      }
    } catch (ArithmeticException | NumberFormatException | DateTimeParseException e) {
      throw wrongType(field, shown);
    }
  }

  private static BigDecimal number(JsonNode v, BcField field, String shown) {
    if (v.isNumber()) {
      return v.decimalValue();
    }
    if (v.isTextual()) {
      return new BigDecimal(v.asText().trim());
    }
    throw wrongType(field, shown);
  }

  private static String text(JsonNode v, BcField field, String shown) {
    if (!v.isTextual()) {
      throw wrongType(field, shown);
    }
    return v.asText();
  }

  private static dev.procoresync.testkit.http.ReplyException wrongType(
      BcField field, String shown) {
    return BcErrors.badRequest(
        "Cannot convert the value "
            + shown
            + " of property '"
            + field.name()
            + "' to the expected type '"
            + field.type().edmName()
            + "'.");
  }
}
