package dev.procoresync.qbd.qbxml;

import org.immutables.value.Value;

/**
 * The status QuickBooks put on one answer: code, severity and message, and what they mean for a
 * flow ({@link #kind()}, {@link #next()}).
 *
 * <pre>{@code
 * QbStatus s = QbStatus.builder().code(3200).severity("Error").message("The provided edit sequence ...").build();
 * s.next(); // REQUERY_AND_RETRY
 * }</pre>
 */
@Value.Immutable
public abstract class QbStatus {
  QbStatus() {}

  /**
   * Returns a new, empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this value's attributes.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Returns the code ({@code statusCode}).
   *
   * @return the code
   */
  public abstract int code();

  /**
   * Returns the severity as sent ({@code Info}, {@code Warn}, {@code Error}, or another value).
   *
   * @return the severity; {@code "Error"} when QuickBooks sent none and the code is 1000 or more
   */
  public abstract String severity();

  /**
   * Returns QuickBooks' message.
   *
   * @return the message, possibly empty
   */
  public abstract String message();

  /**
   * Returns the kind of the code.
   *
   * @return the kind
   */
  @Value.Derived
  public QbStatusKind kind() {
    return QbStatusKind.of(code());
  }

  /**
   * Returns what a flow does next.
   *
   * @return the step
   */
  public NextStep next() {
    return kind().next();
  }

  /**
   * Tells whether the request did what was asked.
   *
   * @return {@code true} for the kinds {@link QbStatusKind#isSuccess()} names
   */
  public boolean isSuccess() {
    return kind().isSuccess();
  }

  /**
   * Returns the status as a report shows it.
   *
   * @return such as {@code "3200 Error: The provided edit sequence ..."}
   */
  public String describe() {
    return code() + " " + severity() + (message().isEmpty() ? "" : ": " + message());
  }

  /** Builds {@link QbStatus} values. */
  public static final class Builder extends QbStatusBuilder {
    Builder() {}
  }
}
