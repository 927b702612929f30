package dev.procoresync.core.sync;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Where a cancelled run stopped, so that the next run can carry on from there.
 *
 * <p>The token is meaningful to the flow that wrote it: each flow documents its form. The empty
 * token is {@link #start()}: nothing was processed yet.
 *
 * <p><b>Record counts.</b> The flows built on {@link dev.procoresync.core.flow.UpsertTemplate}
 * (such as {@code VendorUpsertFlow} and {@code CostCodeUpsertFlow}) write a record count ({@link
 * #afterRecords(long)}): the token {@code "1000"} means "the first 1,000 records, in the order the
 * flow processes them, have their outcome in an earlier report; every later record has none". A run
 * resumed from it takes those records from the same source again, without mapping or writing them,
 * and reports them as {@linkplain SyncReport#resumedPast() resumed past}, not as skips. The
 * position is only meaningful for the same source in the same order; a resumed run over a source
 * that changed in between still gives every record it processes exactly one outcome, and the
 * upsert's change detection rewrites nothing that is already on the target.
 *
 * <pre>{@code
 * run.checkpoint(ResumePosition.of("V-0042"));
 * // next run:
 * RunOptions.builder().resumeFrom(report.resumeFrom()).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ResumePositionBuilder.ImmutableResumePosition.class)
@JsonDeserialize(as = ResumePositionBuilder.ImmutableResumePosition.class)
public abstract class ResumePosition {
  ResumePosition() {}

  /**
   * Returns a new, empty builder of {@code ResumePosition} values.
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
   * Returns the flow-defined token; empty for {@link #start()}.
   *
   * @return the token
   */
  @Value.Parameter
  public abstract String token();

  /**
   * Tells whether this is the start, where nothing was processed yet.
   *
   * @return {@code true} for the start
   */
  public final boolean atStart() {
    return token().isEmpty();
  }

  /**
   * Returns the position before the first record.
   *
   * @return the start position
   */
  public static ResumePosition start() {
    return ResumePositionBuilder.ImmutableResumePosition.of("");
  }

  /**
   * Returns the position after the record a flow describes with {@code token}.
   *
   * @param token the flow-defined token, such as the last source key processed
   * @return the position
   * @throws IllegalArgumentException when {@code token} is blank
   * @throws NullPointerException when {@code token} is {@code null}
   */
  public static ResumePosition of(String token) {
    if (Objects.requireNonNull(token, "token").isBlank()) {
      throw new IllegalArgumentException(
          "token must not be blank (was '"
              + token
              + "'); use ResumePosition.start() for the start");
    }
    return ResumePositionBuilder.ImmutableResumePosition.of(token);
  }

  /**
   * Returns the position after the first {@code records} records a flow processes (the form of the
   * upsert template's positions, see above).
   *
   * @param records how many records have their outcome, 0 or more
   * @return the position; {@link #start()} for 0
   * @throws IllegalArgumentException when {@code records} is negative
   */
  public static ResumePosition afterRecords(long records) {
    if (records < 0) {
      throw new IllegalArgumentException("records must not be negative (was " + records + ")");
    }
    return records == 0
        ? start()
        : ResumePositionBuilder.ImmutableResumePosition.of(Long.toString(records));
  }

  /**
   * Reads a record count written by {@link #afterRecords(long)}.
   *
   * @return how many records the position passes over; 0 for {@link #start()}
   * @throws IllegalArgumentException when the token is not a record count (a position written by a
   *     flow with another form), naming the token
   */
  public final long records() {
    if (atStart()) {
      return 0;
    }
    String t = token();
    boolean digits =
        !t.isEmpty() && t.length() <= 18 && t.chars().allMatch(c -> c >= '0' && c <= '9');
    if (!digits) {
      throw new IllegalArgumentException(
          "resume position '"
              + (t.length() > 40 ? t.substring(0, 40) + "…" : t)
              + "' is not a record count (a position of another flow?)");
    }
    return Long.parseLong(t);
  }

  @Value.Check
  void check() {
    if (!token().isEmpty() && token().isBlank()) {
      throw new IllegalArgumentException(
          "token must be empty (the start) or not blank (was '"
              + token()
              + "'); use ResumePosition.start() for the start");
    }
  }

  @Override
  public String toString() {
    return atStart() ? "ResumePosition{start}" : "ResumePosition{" + token() + "}";
  }

  /**
   * Builds {@code ResumePosition} values: a setter per attribute (plus {@code add*}/{@code addAll*}
   * for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a
   * value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder
   * is not thread safe.
   */
  public static final class Builder extends ResumePositionBuilder {
    Builder() {}
  }
}
