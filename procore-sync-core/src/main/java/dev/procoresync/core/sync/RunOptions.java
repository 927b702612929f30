package dev.procoresync.core.sync;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a host wants one run of a flow carried out: dry or real, who watches its progress, how to
 * cancel it, and where to resume a cancelled run.
 *
 * <pre>{@code
 * CancellationToken cancel = CancellationToken.create(); // cancel.cancel() from another thread
 * ProgressListener bar = new ProgressListener() {
 *   public void onRecord(RecordOutcome outcome, long processed, OptionalLong total) {
 *     System.out.print("\r" + processed + " of " + total.orElse(-1));
 *   }
 * };
 * RunOptions options = RunOptions.builder()
 *     .dryRun(true)
 *     .listener(bar)
 *     .cancellation(cancel)
 *     .resumeFrom(previous.resumeFrom()) // where a cancelled report said to go on
 *     .build();
 * SyncReport report = VendorUpsertFlow.create(company).run(erpVendors, mapping, options);
 * }</pre>
 */
@Value.Immutable
public abstract class RunOptions {
  RunOptions() {}

  /**
   * Returns a new, empty builder of {@code RunOptions} values.
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
   * Tells whether the run is a dry run: the flow reads and reports what it would create, update,
   * archive or skip, and writes nothing. Default {@code false}.
   *
   * @return {@code true} for a dry run
   */
  @Value.Default
  public boolean dryRun() {
    return false;
  }

  /**
   * Returns who watches the run. Default {@link ProgressListener#none()}.
   *
   * @return the listener
   */
  @Value.Default
  public ProgressListener listener() {
    return ProgressListener.none();
  }

  /**
   * Returns the token a host cancels to stop the run. Default: a token nobody else holds.
   *
   * @return the cancellation token
   */
  @Value.Default
  public CancellationToken cancellation() {
    return CancellationToken.create();
  }

  /**
   * Returns how many skips, and how many failures, the report lists; further ones are only counted
   * (the listener still sees each). Default {@link SyncReport#DEFAULT_LISTED_PER_OUTCOME}.
   *
   * @return the most records listed per outcome, 0 or more
   */
  @Value.Default
  public int listedPerOutcome() {
    return SyncReport.DEFAULT_LISTED_PER_OUTCOME;
  }

  /**
   * Returns where to resume a cancelled run: the {@link SyncReport#resumeFrom()} of its report.
   *
   * @return the position to resume from, or empty to start at the beginning
   */
  public abstract Optional<ResumePosition> resumeFrom();

  /**
   * Returns options for a real run with no listener and no way to cancel from outside.
   *
   * @return the default options
   */
  public static RunOptions defaults() {
    return builder().build();
  }

  @Value.Check
  void check() {
    if (listedPerOutcome() < 0) {
      throw new IllegalArgumentException(
          "listedPerOutcome must not be negative (was " + listedPerOutcome() + ")");
    }
  }

  /**
   * Builds {@code RunOptions} values: a setter per attribute (plus {@code add*}/{@code addAll*} for
   * lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a value,
   * and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder is not
   * thread safe.
   */
  public static final class Builder extends RunOptionsBuilder {
    Builder() {}
  }
}
