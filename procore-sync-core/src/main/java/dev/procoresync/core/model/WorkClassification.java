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
@JsonSerialize(as = ImmutableWorkClassification.class)
@JsonDeserialize(as = ImmutableWorkClassification.class)
public abstract class WorkClassification {

  WorkClassification() {}

  /**
   * Procore's id of the record.
   *
   * @return Procore's id of the record, or empty when Procore leaves it out
   */
  public abstract Optional<Long> id();

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
}
