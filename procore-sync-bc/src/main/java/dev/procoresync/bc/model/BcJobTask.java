package dev.procoresync.bc.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A job task (table Job Task): a posting task becomes a Procore cost code under the right segment.
 *
 * <pre>{@code
 * BcJobTask t = BcJobTask.builder().jobNo("JOB000042").jobTaskNo("1000").description("Concrete").build();
 * }</pre>
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = BcJobTaskBuilder.ImmutableBcJobTask.class)
@JsonDeserialize(as = BcJobTaskBuilder.ImmutableBcJobTask.class)
public abstract class BcJobTask {

  BcJobTask() {}

  /**
   * Returns a new, empty builder of {@code BcJobTask} values.
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
   * Returns Business Central's SystemId of the record.
   *
   * @return Business Central's SystemId of the record, empty on a record not yet created
   */
  public abstract Optional<String> id();

  /**
   * Returns the record's ETag ({@code @odata.etag}), sent back as {@code If-Match} on every PATCH
   * and DELETE.
   *
   * @return the record's ETag ({@code @odata.etag}), sent back as {@code If-Match} on every PATCH
   *     and DELETE, empty on a record not yet created
   */
  @JsonProperty("@odata.etag")
  public abstract Optional<String> etag();

  /**
   * Returns the project number.
   *
   * @return the project number
   */
  public abstract String jobNo();

  /**
   * Returns the job task number.
   *
   * @return the job task number
   */
  public abstract String jobTaskNo();

  /**
   * Returns the description.
   *
   * @return the description, empty when Business Central leaves it out
   */
  public abstract Optional<String> description();

  /**
   * Returns the task type (Posting, Heading, Total, Begin-Total, End-Total).
   *
   * @return the task type (Posting, Heading, Total, Begin-Total, End-Total), empty when Business
   *     Central leaves it out
   */
  public abstract Optional<String> jobTaskType();

  /**
   * Returns the indentation.
   *
   * @return the indentation, empty when Business Central leaves it out
   */
  public abstract Optional<Integer> indentation();

  /**
   * Returns the totaling range.
   *
   * @return the totaling range, empty when Business Central leaves it out
   */
  public abstract Optional<String> totaling();

  /**
   * Returns the segment code the task belongs to.
   *
   * @return the segment code the task belongs to, empty when Business Central leaves it out
   */
  public abstract Optional<String> segmentCode();

  /**
   * Returns Procore's cost code id, once pushed.
   *
   * @return Procore's cost code id, once pushed, empty when Business Central leaves it out
   */
  public abstract Optional<Long> procoreCostCodeId();

  /**
   * Returns when Business Central last changed the record (SystemModifiedAt), for incremental
   * reads.
   *
   * @return when Business Central last changed the record (SystemModifiedAt), for incremental
   *     reads, empty when the page does not send it
   */
  public abstract Optional<Instant> lastModifiedDateTime();

  /** Builds {@link BcJobTask} values; see {@link BcJobTask#builder()}. */
  public static final class Builder extends BcJobTaskBuilder {
    Builder() {}
  }
}
