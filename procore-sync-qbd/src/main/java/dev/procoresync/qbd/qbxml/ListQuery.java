package dev.procoresync.qbd.qbxml;

import dev.procoresync.qbd.qbxml.internal.QbXmlOut;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A query of a QuickBooks list ({@code CustomerQueryRq}, {@code VendorQueryRq}, {@code
 * ItemServiceQueryRq}, {@code ItemQueryRq}): by ListIDs, by full names, or by a filter (page size,
 * active status, modified since, name prefix). Without ids or names it reads all records, active
 * and inactive alike unless {@link #activeOnly()}.
 *
 * <pre>{@code
 * ListQuery.builder().type(ListType.CUSTOMER).addFullName("Acme Corp:Proj 1001").build();
 * ListQuery.builder().type(ListType.VENDOR).maxReturned(500).build(); // with IteratorStep.START
 * }</pre>
 */
@Value.Immutable
public abstract class ListQuery extends QbRequestBody {
  ListQuery() {}

  /**
   * Returns a new, empty builder; {@code build()} refuses a value longer than its element allows
   * ({@link IllegalArgumentException} naming the element and the value) and names every required
   * attribute left unset ({@link IllegalStateException}).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this value's attributes, to make a changed copy.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Returns the list.
   *
   * @return the value
   */
  public abstract ListType type();

  /**
   * Returns the ListIDs to read.
   *
   * @return the values, possibly none
   */
  public abstract List<String> listIds();

  /**
   * Returns the full names to read.
   *
   * @return the values, possibly none
   */
  public abstract List<String> fullNames();

  /**
   * Returns the most records per answer (per iterator page).
   *
   * @return the value, or empty
   */
  public abstract Optional<Integer> maxReturned();

  /**
   * Returns {@code true} for active records only; default all.
   *
   * @return the value, or empty
   */
  public abstract Optional<Boolean> activeOnly();

  /**
   * Returns the earliest modification time, as QuickBooks writes it ({@code 2024-05-01T13:00:00}).
   *
   * @return the value, or empty
   */
  public abstract Optional<String> fromModifiedDate();

  /**
   * Returns a name prefix.
   *
   * @return the value, or empty
   */
  public abstract Optional<String> nameStartsWith();

  @Override
  public String requestElement() {
    return type().wire() + "QueryRq";
  }

  @Override
  public boolean isWrite() {
    return false;
  }

  @Value.Check
  void checkWritable() {
    if (!listIds().isEmpty() && !fullNames().isEmpty()) {
      throw new IllegalArgumentException(
          "ListQuery takes listIds or fullNames, not both (were "
              + listIds()
              + ", "
              + fullNames()
              + ")");
    }
    maxReturned()
        .filter(m -> m < 1)
        .ifPresent(
            m -> {
              throw new IllegalArgumentException(
                  "ListQuery.maxReturned must be at least 1 (was " + m + ")");
            });
    check();
  }

  @Override
  void writeBody(QbXmlOut out) {
    if (!listIds().isEmpty()) {
      listIds().forEach(id -> out.text("ListID", id, QbRef.MAX_ID));
    } else if (!fullNames().isEmpty()) {
      fullNames().forEach(n -> out.text("FullName", n, QbRef.MAX_FULL_NAME));
    } else {
      maxReturned().ifPresent(m -> out.integer("MaxReturned", m));
      out.text("ActiveStatus", activeOnly().orElse(false) ? "ActiveOnly" : "All", 10);
      out.text("FromModifiedDate", fromModifiedDate(), 25);
      if (nameStartsWith().isPresent()) {
        out.start("NameFilter")
            .text("MatchCriterion", "StartsWith", 10)
            .text("Name", nameStartsWith().get(), QbRef.MAX_FULL_NAME)
            .end();
      }
    }
  }

  /** Builds {@link ListQuery} values. */
  public static final class Builder extends ListQueryBuilder {
    Builder() {}
  }
}
