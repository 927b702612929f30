package dev.procoresync.testkit.bc.contract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One entity set of the Business Central contract: where it lives, which table it shows, its key,
 * the HTTP methods it allows, its fields and bound actions, and which procore-sync flows use it.
 * Two entity sets that show the same {@link #table()} (the standard and the custom {@code
 * projects}) show the same records, each with its own fields.
 *
 * <pre>{@code
 * BcEntitySet tasks = BcContract.load().entitySet(BcApi.CUSTOM, "jobTasks");
 * tasks.field("jobTaskNo");      // the field, or IllegalArgumentException naming it
 * tasks.allows("PATCH");         // true
 * }</pre>
 *
 * @param api the API root
 * @param name the entity set name in URLs, e.g. {@code jobTasks}
 * @param entityType the entity type name in {@code $metadata}, e.g. {@code jobTask}
 * @param table the Business Central table it shows, e.g. {@code Job Task}
 * @param description what it holds, for people
 * @param usedBy the procore-sync flows that read or write it
 * @param operations the HTTP methods allowed on it ({@code GET POST PATCH DELETE})
 * @param key the key field ({@code id}, the record's SystemId)
 * @param naturalKey the fields people identify a record by (e.g. {@code jobNo, jobTaskNo})
 * @param uniqueKeys field groups no two records of the table share (blank values excepted)
 * @param parent the header this line set hangs under; empty for a top-level set
 * @param requiresFilterOn a GET of the collection must filter on one of these; empty when free
 * @param actions the bound actions ({@code Microsoft.NAV.post})
 * @param fields the fields, in the order the page shows them
 */
public record BcEntitySet(
    BcApi api,
    String name,
    String entityType,
    String table,
    String description,
    List<String> usedBy,
    Set<String> operations,
    String key,
    List<String> naturalKey,
    List<List<String>> uniqueKeys,
    Optional<Parent> parent,
    List<String> requiresFilterOn,
    List<Action> actions,
    List<BcField> fields) {

  /** The field that holds a record's change time. */
  public static final String LAST_MODIFIED = "lastModifiedDateTime";

  /**
   * Checks and copies the components.
   *
   * @throws IllegalArgumentException when the key is not a field, or two fields share a name
   * @param api the API root
   * @param name the entity set name
   * @param entityType the entity type name
   * @param table the table it shows
   * @param description what it holds
   * @param usedBy the flows that use it
   * @param operations the HTTP methods allowed
   * @param key the key field
   * @param naturalKey the fields people identify a record by
   * @param uniqueKeys field groups no two records share
   * @param parent the header of a line set; empty for none
   * @param requiresFilterOn fields a collection GET must filter on; empty when free
   * @param actions the bound actions
   * @param fields the fields
   */
  public BcEntitySet {
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(description, "description");
    usedBy = List.copyOf(usedBy);
    operations = Set.copyOf(operations);
    Objects.requireNonNull(key, "key");
    naturalKey = List.copyOf(naturalKey);
    uniqueKeys = uniqueKeys.stream().map(List::copyOf).toList();
    Objects.requireNonNull(parent, "parent");
    requiresFilterOn = List.copyOf(requiresFilterOn);
    actions = List.copyOf(actions);
    fields = List.copyOf(fields);
    if (fields.stream().map(BcField::name).distinct().count() != fields.size()) {
      throw new IllegalArgumentException("entity set " + name + " names a field twice");
    }
    String k = key;
    if (fields.stream().noneMatch(f -> f.name().equals(k))) {
      throw new IllegalArgumentException("key " + key + " of entity set " + name + " is no field");
    }
  }

  /**
   * Returns a field by name.
   *
   * @param fieldName the JSON name
   * @return the field
   * @throws IllegalArgumentException naming the entity set and the field when there is none
   */
  public BcField field(String fieldName) {
    return findField(fieldName)
        .orElseThrow(
            () ->
                new IllegalArgumentException("entity set " + name + " has no field " + fieldName));
  }

  /**
   * Returns a field by name, if there is one.
   *
   * @param fieldName the JSON name
   * @return the field, or empty
   */
  public Optional<BcField> findField(String fieldName) {
    Objects.requireNonNull(fieldName, "fieldName");
    return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
  }

  /**
   * Tells whether an HTTP method is allowed on this set.
   *
   * @param method e.g. {@code PATCH}
   * @return true when allowed
   */
  public boolean allows(String method) {
    return operations.contains(Objects.requireNonNull(method, "method"));
  }

  /**
   * Tells whether records carry {@value #LAST_MODIFIED} (incremental reads are possible).
   *
   * @return true when they do
   */
  public boolean incremental() {
    return findField(LAST_MODIFIED).isPresent();
  }

  /**
   * Returns a bound action by name.
   *
   * @param actionName e.g. {@code post}
   * @return the action, or empty
   */
  public Optional<Action> action(String actionName) {
    Objects.requireNonNull(actionName, "actionName");
    return actions.stream().filter(a -> a.name().equals(actionName)).findFirst();
  }

  /**
   * How a line set hangs under its header: {@code purchaseOrders({id})/purchaseOrderLines}.
   *
   * @param entitySet the header's entity set (same API)
   * @param navigation the navigation property on the header
   * @param field the line's field that holds the header's id
   * @param numberField the line's field that holds the header's number; empty when none
   */
  public record Parent(
      String entitySet, String navigation, String field, Optional<String> numberField) {
    /**
     * Checks the components.
     *
     * @param entitySet the header's entity set
     * @param navigation the navigation property
     * @param field the field with the header's id
     * @param numberField the field with the header's number; empty when none
     */
    public Parent {
      Objects.requireNonNull(entitySet, "entitySet");
      Objects.requireNonNull(navigation, "navigation");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(numberField, "numberField");
    }
  }

  /**
   * A bound action, called as {@code POST .../{set}({id})/Microsoft.NAV.{name}} without a body.
   *
   * @param name e.g. {@code post}
   * @param status the status of a success, e.g. 204
   * @param description what it does
   */
  public record Action(String name, int status, String description) {
    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException when the status is not a 2xx
     * @param name the action name
     * @param status the success status
     * @param description what it does
     */
    public Action {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(description, "description");
      if (status < 200 || status > 299) {
        throw new IllegalArgumentException(
            "action " + name + " status must be 2xx, got: " + status);
      }
    }
  }
}
