package dev.procoresync.qbd.flow;

import dev.procoresync.qbd.qbxml.QbRequestBody;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One write a QuickBooks flow plans: the record's key, the request (an Add, or the Mod that
 * replaced it), the name or reference number QuickBooks is queried by before anything is sent
 * again, and the fields compared with what QuickBooks holds (paths as {@link
 * dev.procoresync.qbd.qbxml.QbRet#fields()} names them).
 *
 * <pre>{@code
 * QbWrite.builder().key("qbd:vendor:smith plumbing").lookup("Smith Plumbing").add(vendorAdd)
 *     .putCompare("Name", "Smith Plumbing").build();
 * }</pre>
 */
@Value.Immutable
public abstract class QbWrite {
  QbWrite() {}

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
   * Returns the record's key (such as {@code qbd:vendor:smith plumbing}).
   *
   * @return the key, not blank
   */
  public abstract String key();

  /**
   * Returns what QuickBooks is queried by: the full name of a list record, the reference number of
   * a transaction.
   *
   * @return the lookup value
   */
  public abstract String lookup();

  /**
   * Returns the Add that creates the record; a Mod is built from it against what QuickBooks holds.
   *
   * @return the Add
   */
  public abstract QbRequestBody add();

  /**
   * Returns the request to send.
   *
   * @return the Add by default, or the Mod that replaced it
   */
  @Value.Default
  public QbRequestBody body() {
    return add();
  }

  /**
   * Returns the fields compared with what QuickBooks holds.
   *
   * @return values by field path
   */
  public abstract Map<String, String> compare();

  /**
   * Tells whether the request is an Add.
   *
   * @return {@code true} for an Add
   */
  public boolean isAdd() {
    return body().requestElement().endsWith("AddRq");
  }

  /** Builds {@link QbWrite} values. */
  public static final class Builder extends QbWriteBuilder {
    Builder() {}
  }
}
