package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to another Procore record as it is nested in a response: its id and, when Procore
 * sends it, its name (a party, crew, company, project stage, sub job...).
 *
 * <pre>{@code
 * NamedRef crew = NamedRef.builder().id(12L).name("Framing crew").build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = NamedRefBuilder.ImmutableNamedRef.class)
@JsonDeserialize(as = NamedRefBuilder.ImmutableNamedRef.class)
public abstract class NamedRef {

  NamedRef() {}

  /**
   * Returns a new, empty builder of {@code NamedRef} values.
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
   * Procore's id of the record.
   *
   * @return Procore's id of the record (Procore always sends it)
   */
  public abstract long id();

  /**
   * The referenced record's name.
   *
   * @return the referenced record's name, or empty when Procore leaves it out
   */
  public abstract Optional<String> name();

  /**
   * Builds {@code NamedRef} values: a setter per attribute (plus {@code add*}/{@code addAll*} for
   * lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a value,
   * and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder is not
   * thread safe.
   */
  public static final class Builder extends NamedRefBuilder {
    Builder() {}
  }
}
