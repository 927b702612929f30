package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The writable attributes of a sub job: a create or update body (wrapped as {@code sub_job}) and
 * one item of {@code PATCH /rest/v1.0/sub_jobs/sync}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSubJobUpdate.class)
@JsonDeserialize(as = ImmutableSubJobUpdate.class)
public abstract class SubJobUpdate {

  SubJobUpdate() {}

  /**
   * The id of the sub job to update; empty to create one (or to match by origin id).
   *
   * @return the id of the sub job to update; empty to create one (or to match by origin id), or
   *     empty when Procore leaves it out
   */
  public abstract Optional<Long> id();

  /**
   * The sub job's name.
   *
   * @return the sub job's name, or empty when Procore leaves it out
   */
  public abstract Optional<String> name();

  /**
   * The sub job's code.
   *
   * @return the sub job's code, or empty when Procore leaves it out
   */
  public abstract Optional<String> code();

  /**
   * The other system's key kept by Procore, such as {@code bc:vendor:V0042}.
   *
   * @return the other system's key kept by Procore, such as {@code bc:vendor:V0042}, or empty when
   *     Procore leaves it out
   */
  public abstract Optional<String> originId();

  /**
   * Free text for the integration, never shown to users.
   *
   * @return Free text for the integration, never shown to users, or empty when Procore leaves it
   *     out
   */
  public abstract Optional<String> originData();
}
