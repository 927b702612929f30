package dev.procoresync.timekeeping.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A cost code as a time-keeping app holds it: flat, a code and a title (Procore's tiered codes are
 * flattened into this shape, e.g. {@code 06-200}).
 *
 * <pre>{@code
 * CostCode framing = CostCode.builder().id("cc-9").code("06-200").name("Rough Framing").build();
 * }</pre>
 */
@Value.Immutable
public abstract class CostCode {
  CostCode() {}

  /**
   * Returns a new, empty builder; {@code build()} throws {@link IllegalStateException} naming every
   * required attribute left unset and {@link IllegalArgumentException} when the id or code is
   * blank.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this value's attributes, to make a changed copy.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Returns the source's key.
   *
   * @return the id, never blank
   */
  public abstract String id();

  /**
   * Returns the code users type, such as {@code 06-200}.
   *
   * @return the code, never blank
   */
  public abstract String code();

  /**
   * Returns the title.
   *
   * @return the name, if any
   */
  public abstract Optional<String> name();

  /**
   * Tells whether the cost code is archived (or deactivated) in the source.
   *
   * @return {@code true} when archived
   */
  @Value.Default
  public boolean archived() {
    return false;
  }

  @Value.Check
  void check() {
    Checks.notBlank("cost code id", id());
    Checks.notBlank("cost code " + id() + " code", code());
  }

  /**
   * Builds {@link CostCode} values: a setter per attribute, {@code from(value)} and {@code
   * build()}. Not thread safe.
   */
  public static final class Builder extends CostCodeBuilder {
    Builder() {}
  }
}
