package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The vendor of a commitment, as nested in it. */
@Value.Immutable
@JsonSerialize(as = ImmutableCommitmentVendorRef.class)
@JsonDeserialize(as = ImmutableCommitmentVendorRef.class)
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
  public static ImmutableCommitmentVendorRef.Builder builder() {
    return ImmutableCommitmentVendorRef.builder();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy; this value is
   * left as it is.
   *
   * @return a new builder that starts from this value
   */
  public ImmutableCommitmentVendorRef.Builder toBuilder() {
    return ImmutableCommitmentVendorRef.builder().from(this);
  }

  /**
   * Procore's id of the record.
   *
   * @return Procore's id of the record, or empty when Procore leaves it out
   */
  public abstract Optional<Long> id();

  /**
   * The vendor's name.
   *
   * @return the vendor's name, or empty when Procore leaves it out
   */
  public abstract Optional<String> company();
}
