package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The writable attributes of a work classification: the body of a create or update (wrapped as
 * {@code work_classification}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkClassificationUpdate.class)
@JsonDeserialize(as = ImmutableWorkClassificationUpdate.class)
public abstract class WorkClassificationUpdate {

  WorkClassificationUpdate() {}

  /**
   * The classification's name (required to create).
   *
   * @return the classification's name (required to create), or empty when Procore leaves it out
   */
  public abstract Optional<String> name();

  /**
   * A short name.
   *
   * @return A short name, or empty when Procore leaves it out
   */
  public abstract Optional<String> abbreviation();
}
