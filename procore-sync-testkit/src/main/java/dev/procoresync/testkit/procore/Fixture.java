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
 * Mutable builder: each setter returns this fixture.
 *
 * <pre>{@code
 * Fixture vendor = Fixtures.vendor("Acme Concrete").originId("bc:vendor:V0001").with("city", "Denver");
 * }</pre>
 */
public final class Fixture {
  private final String resource;
  private final ObjectNode json;
  private OptionalLong owner = OptionalLong.empty();

  Fixture(String resource, ObjectNode json) {
    this.resource = resource;
    this.json = json;
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
   * @return this fixture
   */
  public Fixture in(long ownerId) {
    this.owner = OptionalLong.of(ownerId);
    return this;
  }

  /**
   * Fixes the record's id (otherwise the fake assigns one).
   *
   * @param id the id
   * @return this fixture
   */
  public Fixture id(long id) {
    json.put("id", id);
    return this;
  }

  /**
   * Sets {@code origin_id} (a string; timecard entries take a number, see {@link #with(String,
   * long)}).
   *
   * @param originId the other system's key
   * @return this fixture
   */
  public Fixture originId(String originId) {
    json.put("origin_id", Objects.requireNonNull(originId, "originId"));
    return this;
  }

  /**
   * Sets a text field.
   *
   * @param field the JSON field
   * @param value the value; null writes JSON null
   * @return this fixture
   */
  public Fixture with(String field, String value) {
    Objects.requireNonNull(field, "field");
    if (value == null) {
      json.putNull(field);
    } else {
      json.put(field, value);
    }
    return this;
  }

  /**
   * Sets a number field.
   *
   * @param field the JSON field
   * @param value the value
   * @return this fixture
   */
  public Fixture with(String field, long value) {
    json.put(Objects.requireNonNull(field, "field"), value);
    return this;
  }

  /**
   * Sets a decimal field (sent as a string, as Procore sends money).
   *
   * @param field the JSON field
   * @param value the value
   * @return this fixture
   */
  public Fixture with(String field, BigDecimal value) {
    json.put(
        Objects.requireNonNull(field, "field"),
        Objects.requireNonNull(value, "value").toPlainString());
    return this;
  }

  /**
   * Sets a boolean field.
   *
   * @param field the JSON field
   * @param value the value
   * @return this fixture
   */
  public Fixture with(String field, boolean value) {
    json.put(Objects.requireNonNull(field, "field"), value);
    return this;
  }

  /**
   * Sets any JSON value.
   *
   * @param field the JSON field
   * @param value the value
   * @return this fixture
   */
  public Fixture with(String field, JsonNode value) {
    json.set(
        Objects.requireNonNull(field, "field"),
        value == null ? JsonNodeFactory.instance.nullNode() : value);
    return this;
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
