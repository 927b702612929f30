package dev.procoresync.core.sync;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Where a cancelled run stopped, so that the next run can carry on from there.
 *
 * <p>The token is opaque to the library and meaningful to the flow that wrote it: each flow
 * documents its form, typically the key (or {@code updated_at} and id) of the last source record
 * fully processed, in the order the flow reads its source. The empty token is {@link #start()}:
 * nothing was processed yet.
 *
 * <pre>{@code
 * run.checkpoint(ResumePosition.of("V-0042"));
 * // next run:
 * RunOptions.builder().resumeFrom(report.resumeFrom()).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableResumePosition.class)
@JsonDeserialize(as = ImmutableResumePosition.class)
public abstract class ResumePosition {
  ResumePosition() {}

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
    return ImmutableResumePosition.of("");
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
    return ImmutableResumePosition.of(token);
  }

  @Override
  public String toString() {
    return atStart() ? "ResumePosition{start}" : "ResumePosition{" + token() + "}";
  }
}
