package dev.procoresync.testkit.procore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A Procore record to seed, as its wire JSON, with sensible defaults already filled in. Made by
 * {@link Fixtures}; handed to {@link FakeProcore#given(Fixture)} or a {@code givenX} method.
 * Immutable: each {@code with}/{@code in}/{@code id}/{@code originId} returns a changed copy, so
 * one fixture can be the base of many.
 *
 * <pre>{@code
 * Fixture acme = Fixtures.vendor("Acme Concrete").originId("bc:vendor:V0001").with("city", "Denver");
 * Fixture inReno = acme.with("city", "Reno"); // acme still says Denver
 * }</pre>
 */
public final class Fixture {
  private final String resource;
  private final ObjectNode json;
  private final OptionalLong owner;

  Fixture(String resource, ObjectNode json) {
    this(resource, json, OptionalLong.empty());
  }

  private Fixture(String resource, ObjectNode json, OptionalLong owner) {
    this.resource = resource;
    this.json = json;
    this.owner = owner;
  }

  /** A copy whose JSON {@code change} edits. */
  private Fixture edit(java.util.function.Consumer<ObjectNode> change) {
    ObjectNode copy = json.deepCopy();
    change.accept(copy);
    return new Fixture(resource, copy, owner);
  }

  /**
   * Returns the resource this fixture seeds, e.g. {@code vendors}.
   *
   * @return the resource name
   */
  public String resource() {
    return resource;
  }

  /**
   * Returns the project or parent record (hook, contract, segment...) this fixture belongs to.
   *
   * @return the owner id, or empty for company-level records
   */
  public OptionalLong owner() {
    return owner;
  }

  /**
   * Sets the project (or parent record) the record belongs to.
   *
   * @param ownerId the project id for project-level records, else the parent's id
   * @return a changed copy
   */
  public Fixture in(long ownerId) {
    return new Fixture(resource, json, OptionalLong.of(ownerId));
  }

  /**
   * Fixes the record's id (otherwise the fake assigns one).
   *
   * @param id the id
   * @return a changed copy
   */
  public Fixture id(long id) {
    return edit(j -> j.put("id", id));
  }

  /**
   * Sets {@code origin_id} (a string; timecard entries take a number, see {@link #with(String,
   * long)}).
   *
   * @param originId the other system's key
   * @return a changed copy
   */
  public Fixture originId(String originId) {
    Objects.requireNonNull(originId, "originId");
    return edit(j -> j.put("origin_id", originId));
  }

  /**
   * Sets a text field.
   *
   * @param field the JSON field
   * @param value the value; null writes JSON null
   * @return a changed copy
   */
  public Fixture with(String field, String value) {
    Objects.requireNonNull(field, "field");
    return edit(
        j -> {
          if (value == null) {
            j.putNull(field);
          } else {
            j.put(field, value);
          }
        });
  }

  /**
   * Sets a number field.
   *
   * @param field the JSON field
   * @param value the value
   * @return a changed copy
   */
  public Fixture with(String field, long value) {
    Objects.requireNonNull(field, "field");
    return edit(j -> j.put(field, value));
  }

  /**
   * Sets a decimal field (sent as a string, as Procore sends money).
   *
   * @param field the JSON field
   * @param value the value
   * @return a changed copy
   */
  public Fixture with(String field, BigDecimal value) {
    Objects.requireNonNull(field, "field");
    String text = Objects.requireNonNull(value, "value").toPlainString();
    return edit(j -> j.put(field, text));
  }

  /**
   * Sets a boolean field.
   *
   * @param field the JSON field
   * @param value the value
   * @return a changed copy
   */
  public Fixture with(String field, boolean value) {
    Objects.requireNonNull(field, "field");
    return edit(j -> j.put(field, value));
  }

  /**
   * Sets any JSON value.
   *
   * @param field the JSON field
   * @param value the value
   * @return a changed copy
   */
  public Fixture with(String field, JsonNode value) {
    Objects.requireNonNull(field, "field");
    JsonNode copy = value == null ? JsonNodeFactory.instance.nullNode() : value.deepCopy();
    return edit(j -> j.set(field, copy));
  }

  /**
   * Returns a copy of the JSON as it will be seeded.
   *
   * @return the wire JSON
   */
  public ObjectNode json() {
    return json.deepCopy();
  }

  @Override
  public String toString() {
    return resource + json;
  }
}
