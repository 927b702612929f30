package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The vendor of a commitment, as nested in it. */
@Value.Immutable
@JsonSerialize(as = CommitmentVendorRefBuilder.ImmutableCommitmentVendorRef.class)
@JsonDeserialize(as = CommitmentVendorRefBuilder.ImmutableCommitmentVendorRef.class)
public abstract class CommitmentVendorRef {

  CommitmentVendorRef() {}

  /**
   * Returns a new, empty builder of {@code CommitmentVendorRef} values.
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
   * Procore's id of the record.
   *
   * @return Procore's id of the record (Procore always sends it)
   */
  public abstract long id();

  /**
   * The vendor's name.
   *
   * @return the vendor's name, or empty when Procore leaves it out
   */
  public abstract Optional<String> company();

  /**
   * Builds {@code CommitmentVendorRef} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends CommitmentVendorRefBuilder {
    Builder() {}
  }
}
