package dev.procoresync.testkit.bc.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.procoresync.testkit.bc.contract.BcEntitySet;
import dev.procoresync.testkit.bc.contract.BcField;
import dev.procoresync.testkit.bc.contract.BcFieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A parsed OData {@code $filter} as Business Central takes it: {@code eq ne gt ge lt le}, {@code
 * and}, {@code or} (on one field only, as Business Central refuses "OR" across distinct fields),
 * {@code not}, parentheses, {@code startswith}/{@code endswith}/{@code contains}; string literals
 * in single quotes with {@code ''} for a quote, unquoted GUIDs, numbers, dates, date-times and
 * {@code true}/{@code false}/{@code null}. Literals are checked against the field's type.
 * Immutable.
 */
public final class ODataFilter {
  private static final int MAX_DEPTH = 200;
  private static final Pattern GUID =
      Pattern.compile(
          "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");
  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Set<String> COMPARISONS = Set.of("eq", "ne", "gt", "ge", "lt", "le");
  private static final Set<String> FUNCTIONS = Set.of("startswith", "endswith", "contains");

  private final Node root;

  private ODataFilter(Node root) {
    this.root = root;
  }

  /**
   * Parses a filter for an entity set.
   *
   * @param text the decoded {@code $filter} value
   * @param set the entity set whose fields it names
   * @return the filter
   * @throws FilterException naming the position, field or literal that is wrong
   */
  public static ODataFilter parse(String text, BcEntitySet set) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(set, "set");
    Parser parser = new Parser(tokens(text), set, text);
    Node node = parser.or(0);
    if (parser.pos < parser.tokens.size()) {
      Token t = parser.tokens.get(parser.pos);
      throw new FilterException(
          "Syntax error at position " + t.at + " in '" + text + "': unexpected '" + t.text + "'.");
    }
    return new ODataFilter(node);
  }

  /**
   * Tells whether a record matches.
   *
   * @param row the record's JSON
   * @return true when it matches
   */
  public boolean test(JsonNode row) {
    return root.test(row);
  }

  /**
   * Returns the literal of a top-level {@code field eq literal} (one that every match must
   * satisfy), so that a generated set can jump to the matching rows.
   *
   * @param field the field
   * @return the literal's text, or empty
   */
  public Optional<String> equalityOn(String field) {
    List<Node> conjuncts = root instanceof And and ? and.parts : List.of(root);
    for (Node n : conjuncts) {
      if (n instanceof Cmp c
          && c.op.equals("eq")
          && c.field.name().equals(field)
          && c.value != null) {
        return Optional.of(c.value.toString());
      }
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------ tokens

  private record Token(String text, int at, boolean quoted) {}

  private static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')' || c == ',') {
        out.add(new Token(String.valueOf(c), i, false));
        i++;
      } else if (c == '\'') {
        StringBuilder s = new StringBuilder();
        int start = i++;
        boolean closed = false;
        while (i < n) {
          char d = text.charAt(i);
          if (d == '\'') {
            if (i + 1 < n && text.charAt(i + 1) == '\'') {
              s.append('\'');
              i += 2;
            } else {
              i++;
              closed = true;
              break;
            }
          } else {
            s.append(d);
            i++;
          }
        }
        if (!closed) {
          throw new FilterException(
              "Syntax error at position "
                  + start
                  + " in '"
                  + text
                  + "': unterminated string literal.");
        }
        out.add(new Token(s.toString(), start, true));
      } else if (Character.isLetterOrDigit(c) || c == '_' || c == '-') {
        int start = i;
        while (i < n) {
          char d = text.charAt(i);
          if (Character.isLetterOrDigit(d)
              || d == '_'
              || d == '-'
              || d == ':'
              || d == '.'
              || d == '+') {
            i++;
          } else {
            break;
          }
        }
        out.add(new Token(text.substring(start, i), start, false));
      } else {
        throw new FilterException(
            "Syntax error at position "
                + i
                + " in '"
                + text
                + "': unexpected character '"
                + c
                + "'.");
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ tree

  private interface Node {
    boolean test(JsonNode row);

    void fields(Set<String> into);
  }

  private record Or(List<Node> parts) implements Node {
    @Override
    public boolean test(JsonNode row) {
      for (Node p : parts) {
        if (p.test(row)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void fields(Set<String> into) {
      parts.forEach(p -> p.fields(into));
    }
  }

  private record And(List<Node> parts) implements Node {
    @Override
    public boolean test(JsonNode row) {
      for (Node p : parts) {
        if (!p.test(row)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public void fields(Set<String> into) {
      parts.forEach(p -> p.fields(into));
    }
  }

  private record Not(Node inner) implements Node {
    @Override
    public boolean test(JsonNode row) {
      return !inner.test(row);
    }

    @Override
    public void fields(Set<String> into) {
      inner.fields(into);
    }
  }

  /** {@code field op value}; a null value is the literal {@code null}. */
  private record Cmp(BcField field, String op, @Nullable Comparable<?> value) implements Node {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public boolean test(JsonNode row) {
      Comparable actual = ODataFilter.value(field, row.get(field.name()));
      if (value == null || actual == null) {
        boolean same = value == null && actual == null;
        return op.equals("eq") ? same : op.equals("ne") && !same;
      }
      int c = actual.compareTo(value);
      switch (op) {
        case "eq":
          return c == 0;
        case "ne":
          return c != 0;
        case "gt":
          return c > 0;
        case "ge":
          return c >= 0;
        case "lt":
          return c < 0;
        default:
          return c <= 0;
      }
    }

    @Override
    public void fields(Set<String> into) {
      into.add(field.name());
    }
  }

  private record Fn(String name, BcField field, String text) implements Node {
    @Override
    public boolean test(JsonNode row) {
      JsonNode v = row.get(field.name());
      String s = v == null || v.isNull() ? "" : v.asText();
      switch (name) {
        case "startswith":
          return s.startsWith(text);
        case "endswith":
          return s.endsWith(text);
        default:
          return s.contains(text);
      }
    }

    @Override
    public void fields(Set<String> into) {
      into.add(field.name());
    }
  }

  /**
   * Reads a record's field as a comparable value of the field's type.
   *
   * @param field the field
   * @param node the JSON value, or null when absent
   * @return the value, or null for JSON null or absent
   */
  static @Nullable Comparable<?> value(BcField field, @Nullable JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    try {
      switch (field.type()) {
        case BOOLEAN:
          return node.asBoolean();
        case INT32:
        case INT64:
        case DECIMAL:
          return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText().trim());
        case DATE:
          return LocalDate.parse(node.asText());
        case DATE_TIME_OFFSET:
          return OffsetDateTime.parse(node.asText()).toInstant();
        case GUID:
          return node.asText().toLowerCase(Locale.ROOT);
        default:
          return node.asText();
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      return null;
    }
  }

  // ------------------------------------------------------------------ parser

  private static final class Parser {
    final List<Token> tokens;
    final BcEntitySet set;
    final String text;
    int pos;

    Parser(List<Token> tokens, BcEntitySet set, String text) {
      this.tokens = tokens;
      this.set = set;
      this.text = text;
    }

    private @Nullable Token peek() {
      return pos < tokens.size() ? tokens.get(pos) : null;
    }

    private boolean keyword(String word) {
      Token t = peek();
      return t != null && !t.quoted && t.text.equals(word);
    }

    private Token next(String expecting) {
      Token t = peek();
      if (t == null) {
        throw new FilterException(
            "Syntax error at position "
                + text.length()
                + " in '"
                + text
                + "': "
                + expecting
                + " expected.");
      }
      pos++;
      return t;
    }

    Node or(int depth) {
      depth(depth);
      List<Node> parts = new ArrayList<>();
      parts.add(and(depth + 1));
      while (keyword("or")) {
        pos++;
        parts.add(and(depth + 1));
      }
      if (parts.size() == 1) {
        return parts.get(0);
      }
      Or or = new Or(List.copyOf(parts));
      Set<String> fields = new LinkedHashSet<>();
      or.fields(fields);
      if (fields.size() > 1) {
        throw new FilterException(
            "The 'OR' operator is not supported on distinct fields: "
                + String.join(", ", fields)
                + ".");
      }
      return or;
    }

    Node and(int depth) {
      depth(depth);
      List<Node> parts = new ArrayList<>();
      parts.add(unary(depth + 1));
      while (keyword("and")) {
        pos++;
        parts.add(unary(depth + 1));
      }
      return parts.size() == 1 ? parts.get(0) : new And(List.copyOf(parts));
    }

    Node unary(int depth) {
      depth(depth);
      if (keyword("not")) {
        pos++;
        return new Not(unary(depth + 1));
      }
      if (keyword("(")) {
        pos++;
        Node inner = or(depth + 1);
        Token close = next("')'");
        if (close.quoted || !close.text.equals(")")) {
          throw new FilterException(
              "Syntax error at position " + close.at + " in '" + text + "': ')' expected.");
        }
        return inner;
      }
      Token first = next("a property name");
      if (!first.quoted && FUNCTIONS.contains(first.text) && keyword("(")) {
        return function(first);
      }
      Token op = next("an operator");
      Token second = next("a value");
      if (op.quoted || !COMPARISONS.contains(op.text)) {
        throw new FilterException(
            "Syntax error at position "
                + op.at
                + " in '"
                + text
                + "': eq, ne, gt, ge, lt or le expected, found '"
                + op.text
                + "'.");
      }
      if (isName(first)) {
        return comparison(first, op.text, second);
      }
      if (isName(second)) {
        return comparison(second, flip(op.text), first);
      }
      throw new FilterException(
          "Syntax error at position "
              + first.at
              + " in '"
              + text
              + "': a comparison needs a property name.");
    }

    private Node function(Token name) {
      pos++; // (
      Token property = next("a property name");
      Token comma = next("','");
      Token literal = next("a string");
      Token close = next("')'");
      if (!isName(property)
          || comma.quoted
          || !comma.text.equals(",")
          || !literal.quoted
          || close.quoted
          || !close.text.equals(")")) {
        throw new FilterException(
            "Syntax error at position "
                + name.at
                + " in '"
                + text
                + "': "
                + name.text
                + "(property, 'text') expected.");
      }
      BcField field = field(property);
      if (field.type() != BcFieldType.STRING) {
        throw new FilterException(
            name.text
                + " needs a string property; "
                + field.name()
                + " is "
                + field.type().edmName()
                + ".");
      }
      return new Fn(name.text, field, literal.text);
    }

    private static boolean isName(Token t) {
      return !t.quoted
          && NAME.matcher(t.text).matches()
          && !Set.of("true", "false", "null", "and", "or", "not").contains(t.text)
          && !COMPARISONS.contains(t.text);
    }

    private static String flip(String op) {
      switch (op) {
        case "gt":
          return "lt";
        case "ge":
          return "le";
        case "lt":
          return "gt";
        case "le":
          return "ge";
        default:
          return op;
      }
    }

    private BcField field(Token t) {
      return set.findField(t.text)
          .orElseThrow(
              () ->
                  new FilterException(
                      "Could not find a property named '"
                          + t.text
                          + "' on type 'Microsoft.NAV."
                          + set.entityType()
                          + "'."));
    }

    private Node comparison(Token property, String op, Token literal) {
      BcField field = field(property);
      if (!literal.quoted && literal.text.equals("null")) {
        return new Cmp(field, op, null);
      }
      String found = literalType(literal);
      String wanted = field.type().edmName();
      boolean ok;
      switch (field.type()) {
        case STRING:
          ok = literal.quoted;
          break;
        case GUID:
          ok = found.equals("Edm.Guid");
          break;
        case BOOLEAN:
          ok = found.equals("Edm.Boolean") && (op.equals("eq") || op.equals("ne"));
          break;
        case INT32:
        case INT64:
        case DECIMAL:
          ok = found.equals("Edm.Decimal");
          break;
        case DATE:
          ok = found.equals("Edm.Date");
          break;
        default:
          ok = found.equals("Edm.DateTimeOffset");
      }
      if (!ok) {
        throw new FilterException(
            "A binary operator with incompatible types was detected. Found operand types '"
                + wanted
                + "' and '"
                + found
                + "' for operator kind '"
                + op
                + "' on property '"
                + field.name()
                + "' (value "
                + (literal.quoted ? "'" + literal.text + "'" : literal.text)
                + ").");
      }
      Comparable<?> value;
      try {
        value = parsed(field.type(), literal.text);
      } catch (NumberFormatException | DateTimeParseException e) {
        throw new FilterException(
            "Unable to convert '"
                + literal.text
                + "' to "
                + wanted
                + " for property '"
                + field.name()
                + "'.");
      }
      return new Cmp(field, op, value);
    }

    private static Comparable<?> parsed(BcFieldType type, String text) {
      switch (type) {
        case BOOLEAN:
          return Boolean.parseBoolean(text);
        case INT32:
        case INT64:
        case DECIMAL:
          return new BigDecimal(text);
        case DATE:
          return LocalDate.parse(text);
        case DATE_TIME_OFFSET:
          Instant instant = OffsetDateTime.parse(text).toInstant();
          return instant;
        case GUID:
          return text.toLowerCase(Locale.ROOT);
        default:
          return text;
      }
    }

    private String literalType(Token t) {
      if (t.quoted) {
        return "Edm.String";
      }
      String s = t.text;
      if (s.equals("true") || s.equals("false")) {
        return "Edm.Boolean";
      }
      if (GUID.matcher(s).matches()) {
        return "Edm.Guid";
      }
      if (DATE_TIME.matcher(s).matches()) {
        return "Edm.DateTimeOffset";
      }
      if (DATE.matcher(s).matches()) {
        return "Edm.Date";
      }
      if (NUMBER.matcher(s).matches()) {
        return "Edm.Decimal";
      }
      throw new FilterException(
          "Syntax error at position " + t.at + " in '" + text + "': '" + s + "' is not a value.");
    }

    private void depth(int depth) {
      if (depth > MAX_DEPTH) {
        throw new FilterException(
            "The $filter is nested too deeply (more than " + MAX_DEPTH + " levels).");
      }
    }
  }
}
