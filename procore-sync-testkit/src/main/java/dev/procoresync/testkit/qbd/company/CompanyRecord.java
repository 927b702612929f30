package dev.procoresync.testkit.qbd.company;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A snapshot of one record the {@link SimulatedCompanyFile} holds, for assertions: its list or
 * transaction type, its id and EditSequence, its fields (simple children by name, a reference's
 * full name under the reference's name, deeper values by path) and its lines.
 *
 * @param type such as {@code "Customer"}, {@code "Estimate"}
 * @param id the ListID or TxnID
 * @param editSequence the EditSequence a Mod must carry
 * @param fields the fields
 * @param lines the lines, each with its {@code TxnLineID} and fields
 */
public record CompanyRecord(
    String type,
    String id,
    String editSequence,
    Map<String, String> fields,
    List<Map<String, String>> lines) {

  /**
   * Copies the parts.
   *
   * @param type the type
   * @param id the id
   * @param editSequence the edit sequence
   * @param fields the fields
   * @param lines the lines
   */
  public CompanyRecord {
    fields = Map.copyOf(fields);
    lines = lines.stream().map(Map::copyOf).toList();
  }

  /**
   * Returns one field.
   *
   * @param name a child's name, a reference's name, or a path such as {@code "ShipAddress/City"}
   * @return the value, or empty
   */
  public Optional<String> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  /**
   * Returns the record's full name (lists) or name.
   *
   * @return the name, or empty for transactions
   */
  public Optional<String> fullName() {
    return field("FullName").or(() -> field("Name"));
  }
}
