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
