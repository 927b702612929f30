package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A work classification of the company, such as {@code Journeyman Carpenter} ({@code
 * /rest/v1.0/companies/{company_id}/work_classifications}).
 */
@Value.Immutable
@JsonSerialize(as = WorkClassificationBuilder.ImmutableWorkClassification.class)
@JsonDeserialize(as = WorkClassificationBuilder.ImmutableWorkClassification.class)
public abstract class WorkClassification {

  WorkClassification() {}

  /**
   * Returns a new, empty builder of {@code WorkClassification} values.
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
   * The classification's name.
   *
   * @return the classification's name, or empty when Procore leaves it out
   */
  public abstract Optional<String> name();

  /**
   * A short name.
   *
   * @return A short name, or empty when Procore leaves it out
   */
  public abstract Optional<String> abbreviation();

  /**
   * The company owning the classification.
   *
   * @return the company owning the classification, or empty when Procore leaves it out
   */
  public abstract Optional<Long> companyId();

  /**
   * The projects using the classification.
   *
   * @return the projects using the classification (empty when none)
   */
  public abstract List<Long> projectIds();

  /**
   * Builds {@code WorkClassification} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends WorkClassificationBuilder {
    Builder() {}
  }
}
