package dev.procoresync.bc.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A posted project journal line, as the custom {@code jobLedgerEntries} page shows it (Job Ledger
 * Entry): becomes a Procore direct cost.
 *
 * <pre>{@code
 * BcJobJournalLine l = BcJobJournalLine.builder().entryNo(1L).jobNo("JOB000042").lineType("Budget").build();
 * }</pre>
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = BcJobJournalLineBuilder.ImmutableBcJobJournalLine.class)
@JsonDeserialize(as = BcJobJournalLineBuilder.ImmutableBcJobJournalLine.class)
public abstract class BcJobJournalLine {

  BcJobJournalLine() {}

  /**
   * Returns a new, empty builder of {@code BcJobJournalLine} values.
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
   * Returns Business Central's SystemId of the record.
   *
   * @return Business Central's SystemId of the record, empty on a record not yet created
   */
  public abstract Optional<String> id();

  /**
   * Returns the record's ETag ({@code @odata.etag}), sent back as {@code If-Match} on every PATCH
   * and DELETE.
   *
   * @return the record's ETag ({@code @odata.etag}), sent back as {@code If-Match} on every PATCH
   *     and DELETE, empty on a record not yet created
   */
  @JsonProperty("@odata.etag")
  public abstract Optional<String> etag();

  /**
   * Returns the ledger entry number.
   *
   * @return the ledger entry number, empty when Business Central leaves it out
   */
  public abstract Optional<Long> entryNo();

  /**
   * Returns the project number (Job No.).
   *
   * @return the project number (Job No.), empty when Business Central leaves it out
   */
  public abstract Optional<String> jobNo();

  /**
   * Returns the project task number (Job Task No.).
   *
   * @return the project task number (Job Task No.), empty when Business Central leaves it out
   */
  public abstract Optional<String> jobTaskNo();

  /**
   * Returns the posting date.
   *
   * @return the posting date, empty when Business Central leaves it out
   */
  public abstract Optional<LocalDate> postingDate();

  /**
   * Returns the document number.
   *
   * @return the document number, empty when Business Central leaves it out
   */
  public abstract Optional<String> documentNumber();

  /**
   * Returns the external document number.
   *
   * @return the external document number, empty when Business Central leaves it out
   */
  public abstract Optional<String> externalDocumentNumber();

  /**
   * Returns the line type (Resource, Item, G/L Account).
   *
   * @return the line type (Resource, Item, G/L Account), empty when Business Central leaves it out
   */
  public abstract Optional<String> type();

  /**
   * Returns the resource, item or account number.
   *
   * @return the resource, item or account number, empty when Business Central leaves it out
   */
  public abstract Optional<String> number();

  /**
   * Returns the description.
   *
   * @return the description, empty when Business Central leaves it out
   */
  public abstract Optional<String> description();

  /**
   * Returns the quantity.
   *
   * @return the quantity, empty when Business Central leaves it out
   */
  public abstract Optional<BigDecimal> quantity();

  /**
   * Returns the unit cost.
   *
   * @return the unit cost, empty when Business Central leaves it out
   */
  public abstract Optional<BigDecimal> unitCost();

  /**
   * Returns the amount (Total Cost).
   *
   * @return the amount (Total Cost), empty when Business Central leaves it out
   */
  public abstract Optional<BigDecimal> totalCost();

  /**
   * Returns the entry type (Usage, Sale in standard Business Central).
   *
   * @return the entry type (Usage, Sale in standard Business Central), empty when Business Central
   *     leaves it out
   */
  public abstract Optional<String> entryType();

  /**
   * Returns the line type (Budget, Billable, Both Budget and Billable).
   *
   * @return the line type (Budget, Billable, Both Budget and Billable), empty when Business Central
   *     leaves it out
   */
  public abstract Optional<String> lineType();

  /**
   * Returns ProjectPro's cost type.
   *
   * @return ProjectPro's cost type, empty when Business Central leaves it out
   */
  public abstract Optional<String> costType();

  /**
   * Returns the segment code.
   *
   * @return the segment code, empty when Business Central leaves it out
   */
  public abstract Optional<String> segmentCode();

  /**
   * Returns Procore's direct cost id, once pushed.
   *
   * @return Procore's direct cost id, once pushed, empty when Business Central leaves it out
   */
  public abstract Optional<Long> procoreDirectCostId();

  /**
   * Returns when Business Central last changed the record (SystemModifiedAt), for incremental
   * reads.
   *
   * @return when Business Central last changed the record (SystemModifiedAt), for incremental
   *     reads, empty when the page does not send it
   */
  public abstract Optional<Instant> lastModifiedDateTime();

  /** Builds {@link BcJobJournalLine} values; see {@link BcJobJournalLine#builder()}. */
  public static final class Builder extends BcJobJournalLineBuilder {
    Builder() {}
  }
}
