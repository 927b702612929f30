package dev.procoresync.core.state;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link RunGuard#tryRun} did: ran the work and holds its result, or found the flow already
 * running for the scope and ran nothing.
 *
 * <pre>{@code
 * RunAttempt<SyncReport> attempt = guard.tryRun("vendors", "company:7", () -> flow.run(...));
 * attempt.result().ifPresentOrElse(report -> store(report), () -> log.info(attempt.message()));
 * }</pre>
 *
 * @param <T> what the run returns
 */
public final class RunAttempt<T> {
  private final String flow;
  private final String scope;
  private final @Nullable T result;
  private final @Nullable Lease heldBy;

  private RunAttempt(String flow, String scope, @Nullable T result, @Nullable Lease heldBy) {
    this.flow = flow;
    this.scope = scope;
    this.result = result;
    this.heldBy = heldBy;
  }

  static <T> RunAttempt<T> ran(String flow, String scope, T result) {
    return new RunAttempt<>(flow, scope, result, null);
  }

  static <T> RunAttempt<T> alreadyRunning(String flow, String scope, Lease heldBy) {
    return new RunAttempt<>(flow, scope, null, heldBy);
  }

  /**
   * Tells whether another worker was running the flow for the scope, so nothing ran.
   *
   * @return {@code true} when nothing ran
   */
  public boolean alreadyRunning() {
    return heldBy != null;
  }

  /**
   * Returns what the run returned.
   *
   * @return the result, or empty when {@linkplain #alreadyRunning() already running}
   */
  public Optional<T> result() {
    return Optional.ofNullable(result);
  }

  /**
   * Returns the run lease that kept this worker out.
   *
   * @return the other worker's lease, or empty when this worker ran
   */
  public Optional<Lease> heldBy() {
    return Optional.ofNullable(heldBy);
  }

  /**
   * Returns a sentence for a log or a user.
   *
   * @return such as {@code "vendors (company:7) is already running: worker-1 holds it until
   *     2026-01-05T08:30:00Z"} or {@code "vendors (company:7) ran"}
   */
  public String message() {
    if (heldBy == null) {
      return flow + " (" + scope + ") ran";
    }
    return flow
        + " ("
        + scope
        + ") is already running: "
        + heldBy.holder()
        + " holds it until "
        + heldBy.expiresAt();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof RunAttempt)) {
      return false;
    }
    RunAttempt<?> other = (RunAttempt<?>) o;
    return flow.equals(other.flow)
        && scope.equals(other.scope)
        && Objects.equals(result, other.result)
        && Objects.equals(heldBy, other.heldBy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(flow, scope, result, heldBy);
  }

  @Override
  public String toString() {
    return "RunAttempt{" + message() + "}";
  }
}
