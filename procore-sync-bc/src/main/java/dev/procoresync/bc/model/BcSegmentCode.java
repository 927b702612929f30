package dev.procoresync.bc.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ProjectPro project segment code: becomes a Procore WBS segment item and sub job.
 *
 * <pre>{@code
 * BcSegmentCode s = BcSegmentCode.builder().jobNo("JOB000042").code("01").description("Site work").build();
 * }</pre>
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = BcSegmentCodeBuilder.ImmutableBcSegmentCode.class)
@JsonDeserialize(as = BcSegmentCodeBuilder.ImmutableBcSegmentCode.class)
public abstract class BcSegmentCode {

  BcSegmentCode() {}

  /**
   * Returns a new, empty builder of {@code BcSegmentCode} values.
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
   * @return the project number, empty when Business Central leaves it out
   */
  public abstract Optional<String> jobNo();

  /**
   * Returns the segment code.
   *
   * @return the segment code
   */
  public abstract String code();

  /**
   * Returns the description.
   *
   * @return the description, empty when Business Central leaves it out
   */
  public abstract Optional<String> description();

  /**
   * Returns whether the segment is blocked.
   *
   * @return whether the segment is blocked, empty when Business Central leaves it out
   */
  public abstract Optional<Boolean> blocked();

  /**
   * Returns Procore's sub job id, once pushed.
   *
   * @return Procore's sub job id, once pushed, empty when Business Central leaves it out
   */
  public abstract Optional<Long> procoreSubJobId();

  /**
   * Returns Procore's segment item id, once pushed.
   *
   * @return Procore's segment item id, once pushed, empty when Business Central leaves it out
   */
  public abstract Optional<Long> procoreSegmentItemId();

  /**
   * Returns when Business Central last changed the record (SystemModifiedAt), for incremental
   * reads.
   *
   * @return when Business Central last changed the record (SystemModifiedAt), for incremental
   *     reads, empty when the page does not send it
   */
  public abstract Optional<Instant> lastModifiedDateTime();

  /** Builds {@link BcSegmentCode} values; see {@link BcSegmentCode#builder()}. */
  public static final class Builder extends BcSegmentCodeBuilder {
    Builder() {}
  }
}
