package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Procore company the credentials can reach ({@code GET /rest/v1.0/companies}).
 *
 * <pre>{@code
 * Company acme = Company.builder().id(7).name("Acme Builders").build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = CompanyBuilder.ImmutableCompany.class)
@JsonDeserialize(as = CompanyBuilder.ImmutableCompany.class)
public abstract class Company {

  Company() {}

  /**
   * Returns a new, empty builder of {@code Company} values.
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
   * Procore's id of the company.
   *
   * @return Procore's id of the company
   */
  public abstract long id();

  /**
   * The company's name.
   *
   * @return the company's name
   */
  public abstract String name();

  /**
   * Whether the company is active.
   *
   * @return Whether the company is active, or empty when Procore leaves it out
   */
  @JsonProperty("is_active")
  public abstract Optional<Boolean> isActive();

  /**
   * The address of the company's logo.
   *
   * @return the address of the company's logo, or empty when Procore leaves it out
   */
  public abstract Optional<String> logoUrl();

  /**
   * Whether this is the company of the authenticated user.
   *
   * @return Whether this is the company of the authenticated user, or empty when Procore leaves it
   *     out
   */
  public abstract Optional<Boolean> myCompany();

  /**
   * Builds {@code Company} values: a setter per attribute (plus {@code add*}/{@code addAll*} for
   * lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a value,
   * and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder is not
   * thread safe.
   */
  public static final class Builder extends CompanyBuilder {
    Builder() {}
  }
}
