package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The links of a budget view to its rows. */
@Value.Immutable
@JsonSerialize(as = ImmutableBudgetViewLinks.class)
@JsonDeserialize(as = ImmutableBudgetViewLinks.class)
public abstract class BudgetViewLinks {

  BudgetViewLinks() {}

  /**
   * The address of the detail rows.
   *
   * @return the address of the detail rows, or empty when Procore leaves it out
   */
  public abstract Optional<String> detailRows();

  /**
   * The address of the summary rows.
   *
   * @return the address of the summary rows, or empty when Procore leaves it out
   */
  public abstract Optional<String> summaryRows();
}
