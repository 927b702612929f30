package dev.procoresync.core.sync;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Asks a running flow to stop at the next record boundary. Thread safe: a host cancels from any
 * thread (a shutdown hook, a UI button) while the flow checks it between records; the flow then
 * returns a report with status {@link SyncReport.Status#CANCELLED} and a {@link ResumePosition}.
 *
 * <p><b>Where a run stops.</b> The {@linkplain dev.procoresync.core.flow.UpsertTemplate upsert
 * template} checks the token before it takes each next record: once the token is cancelled it takes
 * no further record, finishes the records it already took (it writes their pending window, at most
 * one batch call, so that none is left without an outcome) and reports them; the resume position is
 * after the last record taken. Because a window's outcomes are recorded when it is written, a
 * {@link ProgressListener} that cancels while it sees an outcome stops the run at the end of that
 * outcome's write window. A cancelled token stays cancelled: pass a fresh one to the resumed run.
 *
 * <pre>{@code
 * CancellationToken cancel = CancellationToken.create();
 * Runtime.getRuntime().addShutdownHook(new Thread(cancel::cancel));
 * flow.run(RunOptions.builder().cancellation(cancel).build());
 * }</pre>
 */
public final class CancellationToken {
  private final AtomicBoolean cancelled = new AtomicBoolean();

  private CancellationToken() {}

  /**
   * Creates a token that is not cancelled.
   *
   * @return a new token
   */
  public static CancellationToken create() {
    return new CancellationToken();
  }

  /** Requests cancellation; idempotent. */
  public void cancel() {
    cancelled.set(true);
  }

  /**
   * Tells whether cancellation was requested.
   *
   * @return {@code true} once {@link #cancel()} was called
   */
  public boolean isCancelled() {
    return cancelled.get();
  }

  @Override
  public String toString() {
    return "CancellationToken{cancelled=" + isCancelled() + "}";
  }
}
