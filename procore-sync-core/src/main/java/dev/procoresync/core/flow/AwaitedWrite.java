package dev.procoresync.core.flow;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A write handed to an {@link AsyncUpsertTarget} whose answer has not come yet: part of an {@link
 * AsyncUpsertRun}, kept between calls (and processes) as JSON.
 *
 * <pre>{@code
 * AwaitedWrite w = AwaitedWrite.of(PlannedWrite.create("qbd:vendor:V-1", body), "vendor qbd:vendor:V-1");
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = AwaitedWriteBuilder.ImmutableAwaitedWrite.class)
@JsonDeserialize(as = AwaitedWriteBuilder.ImmutableAwaitedWrite.class)
public abstract class AwaitedWrite {
  AwaitedWrite() {}

  /**
   * Returns a new, empty builder of {@code AwaitedWrite} values.
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
   * Returns the record's key.
   *
   * @return the key, never blank
   */
  public abstract String key();

  /**
   * Returns the record's label in reports.
   *
   * @return the label, never blank
   */
  public abstract String label();

  /**
   * Returns what the write does.
   *
   * @return the kind
   */
  public abstract PlannedWrite.Kind kind();

  /**
   * Returns the record's id on the target, for an update or an archive.
   *
   * @return the id, or empty for a create
   */
  public abstract Optional<String> targetId();

  /**
   * Describes a queued write.
   *
   * @param write the write
   * @param label the record's label in reports
   * @return the awaited write
   */
  public static AwaitedWrite of(PlannedWrite<?> write, String label) {
    Objects.requireNonNull(write, "write");
    return AwaitedWrite.builder()
        .key(write.key())
        .label(Objects.requireNonNull(label, "label"))
        .kind(write.kind())
        .targetId(write.targetId())
        .build();
  }

  @Value.Check
  void check() {
    if (key().isBlank() || label().isBlank()) {
      throw new IllegalArgumentException(
          "key and label must not be blank (were '" + key() + "', '" + label() + "')");
    }
  }

  /**
   * Builds {@code AwaitedWrite} values: a setter per attribute (plus {@code add*}/{@code addAll*}
   * for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a
   * value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder
   * is not thread safe.
   */
  public static final class Builder extends AwaitedWriteBuilder {
    Builder() {}
  }
}
