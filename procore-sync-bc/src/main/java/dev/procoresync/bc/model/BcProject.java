package dev.procoresync.bc.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A project (table Job) as the custom {@code projects} page shows it: the standard API's {@code
 * projects} has only id, number and name.
 *
 * <pre>{@code
 * BcProject p = BcProject.builder().number("JOB000042").displayName("Main St").sendToProcore(true).build();
 * }</pre>
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = BcProjectBuilder.ImmutableBcProject.class)
@JsonDeserialize(as = BcProjectBuilder.ImmutableBcProject.class)
public abstract class BcProject {

  BcProject() {}

  /**
   * Returns a new, empty builder of {@code BcProject} values.
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
   * Returns the project number ({@code No.}), such as {@code JOB000042}.
   *
   * @return the project number ({@code No.}), such as {@code JOB000042}
   */
  public abstract String number();

  /**
   * Returns the project name.
   *
   * @return the project name, empty when Business Central leaves it out
   */
  public abstract Optional<String> displayName();

  /**
   * Returns the second description line.
   *
   * @return the second description line, empty when Business Central leaves it out
   */
  public abstract Optional<String> description2();

  /**
   * Returns the bill-to customer number.
   *
   * @return the bill-to customer number, empty when Business Central leaves it out
   */
  public abstract Optional<String> billToCustomerNumber();

  /**
   * Returns the bill-to customer name.
   *
   * @return the bill-to customer name, empty when Business Central leaves it out
   */
  public abstract Optional<String> billToCustomerName();

  /**
   * Returns the status (Planning, Quote, Open, Completed).
   *
   * @return the status (Planning, Quote, Open, Completed), empty when Business Central leaves it
   *     out
   */
  public abstract Optional<String> status();

  /**
   * Returns the starting date.
   *
   * @return the starting date, empty when Business Central leaves it out
   */
  public abstract Optional<LocalDate> startingDate();

  /**
   * Returns the ending date.
   *
   * @return the ending date, empty when Business Central leaves it out
   */
  public abstract Optional<LocalDate> endingDate();

  /**
   * Returns the person responsible.
   *
   * @return the person responsible, empty when Business Central leaves it out
   */
  public abstract Optional<String> personResponsible();

  /**
   * Returns the site address.
   *
   * @return the site address, empty when Business Central leaves it out
   */
  public abstract Optional<String> addressLine1();

  /**
   * Returns the second address line.
   *
   * @return the second address line, empty when Business Central leaves it out
   */
  public abstract Optional<String> addressLine2();

  /**
   * Returns the city.
   *
   * @return the city, empty when Business Central leaves it out
   */
  public abstract Optional<String> city();

  /**
   * Returns the state or province code.
   *
   * @return the state or province code, empty when Business Central leaves it out
   */
  public abstract Optional<String> state();

  /**
   * Returns the postal code.
   *
   * @return the postal code, empty when Business Central leaves it out
   */
  public abstract Optional<String> postalCode();

  /**
   * Returns the country code.
   *
   * @return the country code, empty when Business Central leaves it out
   */
  public abstract Optional<String> country();

  /**
   * Returns the currency code.
   *
   * @return the currency code, empty when Business Central leaves it out
   */
  public abstract Optional<String> currencyCode();

  /**
   * Returns ProjectPro's Project Class, such as {@code Base Project} or {@code Project with Change
   * Order}.
   *
   * @return ProjectPro's Project Class, such as {@code Base Project} or {@code Project with Change
   *     Order}, empty when Business Central leaves it out
   */
  public abstract Optional<String> projectClass();

  /**
   * Returns whether the project is to be sent to Procore ("Send to Procore").
   *
   * @return whether the project is to be sent to Procore ("Send to Procore"), empty when Business
   *     Central leaves it out
   */
  public abstract Optional<Boolean> sendToProcore();

  /**
   * Returns Procore's project id written back after the push.
   *
   * @return Procore's project id written back after the push, empty when Business Central leaves it
   *     out
   */
  public abstract Optional<Long> procoreProjectId();

  /**
   * Returns the parent project of an NPC project ("Sub-Level to Project No.").
   *
   * @return the parent project of an NPC project ("Sub-Level to Project No."), empty when Business
   *     Central leaves it out
   */
  public abstract Optional<String> parentProjectNumber();

  /**
   * Returns the Procore NPC change order an NPC project was created for.
   *
   * @return the Procore NPC change order an NPC project was created for, empty when Business
   *     Central leaves it out
   */
  public abstract Optional<Long> npcChangeOrderId();

  /**
   * Returns when Business Central last changed the record (SystemModifiedAt), for incremental
   * reads.
   *
   * @return when Business Central last changed the record (SystemModifiedAt), for incremental
   *     reads, empty when the page does not send it
   */
  public abstract Optional<Instant> lastModifiedDateTime();

  /** Builds {@link BcProject} values; see {@link BcProject#builder()}. */
  public static final class Builder extends BcProjectBuilder {
    Builder() {}
  }
}
