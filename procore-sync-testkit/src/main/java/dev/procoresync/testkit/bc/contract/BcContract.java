package dev.procoresync.testkit.bc.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The contract of the Business Central API pages procore-sync uses: the custom pages a ProjectPro
 * partner must offer and the standard {@code api/v2.0} sets procore-sync relies on, with their
 * fields, types, keys and actions. The source is {@code
 * docs/business-central/custom-api-contract.json}; the build copies it onto the testkit's classpath
 * as {@value #RESOURCE}, so that the fake, its {@code $metadata} and a client's own types can all
 * be checked against the one file. Immutable.
 *
 * <pre>{@code
 * BcContract contract = BcContract.load();
 * for (BcEntitySet set : contract.entitySets(BcApi.CUSTOM)) {
 *   // compare set.fields() with the client's model ...
 * }
 * }</pre>
 */
public final class BcContract {
  /** Where {@link #load()} finds the contract on the classpath. */
  public static final String RESOURCE = "dev/procoresync/testkit/bc/custom-api-contract.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String version;
  private final String customPublisher;
  private final String customGroup;
  private final String customVersion;
  private final Map<String, List<String>> enums;
  private final List<BcEntitySet> entitySets;

  private BcContract(
      String version,
      String customPublisher,
      String customGroup,
      String customVersion,
      Map<String, List<String>> enums,
      List<BcEntitySet> entitySets) {
    this.version = version;
    this.customPublisher = customPublisher;
    this.customGroup = customGroup;
    this.customVersion = customVersion;
    this.enums = enums;
    this.entitySets = entitySets;
  }

  /**
   * Loads the contract from the testkit's classpath ({@value #RESOURCE}).
   *
   * @return the contract
   * @throws IllegalStateException when the resource is missing or malformed
   */
  public static BcContract load() {
    try (InputStream in = BcContract.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no " + RESOURCE + " on the classpath");
      }
      return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("malformed " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses a contract document (the format of {@code custom-api-contract.json}).
   *
   * @param json the document
   * @return the contract
   * @throws IllegalArgumentException naming the entity set and member when the document is not
   *     JSON, a required member is missing, a type is unknown or an enum is undefined
   */
  public static BcContract parse(String json) {
    Objects.requireNonNull(json, "json");
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("contract is not JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("contract must be a JSON object");
    }
    Map<String, List<String>> enums = new LinkedHashMap<>();
    root.path("enums")
        .properties()
        .forEach(
            e -> {
              List<String> members = new ArrayList<>();
              e.getValue().forEach(m -> members.add(m.asText()));
              if (members.isEmpty()) {
                throw new IllegalArgumentException("enum " + e.getKey() + " has no members");
              }
              enums.put(e.getKey(), List.copyOf(members));
            });
    JsonNode custom = root.path("routes").path("custom");
    List<BcEntitySet> sets = new ArrayList<>();
    for (JsonNode s : root.path("entitySets")) {
      sets.add(entitySet(s, enums));
    }
    if (sets.isEmpty()) {
      throw new IllegalArgumentException("contract has no entitySets");
    }
    for (int i = 0; i < sets.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (sets.get(i).api() == sets.get(j).api()
            && sets.get(i).name().equals(sets.get(j).name())) {
          throw new IllegalArgumentException("entity set listed twice: " + sets.get(i).name());
        }
      }
    }
    return new BcContract(
        text(root, "contractVersion", "contract"),
        text(custom, "publisher", "routes.custom"),
        text(custom, "group", "routes.custom"),
        text(custom, "version", "routes.custom"),
        Map.copyOf(enums),
        List.copyOf(sets));
  }

  private static BcEntitySet entitySet(JsonNode s, Map<String, List<String>> enums) {
    String name = text(s, "entitySet", "entitySets[]");
    String where = "entity set " + name;
    List<BcField> fields = new ArrayList<>();
    for (JsonNode f : s.path("fields")) {
      String fieldName = text(f, "name", where + " field");
      Optional<String> enumName = optionalText(f, "enum");
      enumName.ifPresent(
          e -> {
            if (!enums.containsKey(e)) {
              throw new IllegalArgumentException(
                  where + " field " + fieldName + " names an undefined enum: " + e);
            }
          });
      BcFieldType type;
      try {
        type = BcFieldType.fromEdmName(text(f, "type", where + " field " + fieldName));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            where + " field " + fieldName + ": " + e.getMessage(), e);
      }
      fields.add(
          new BcField(
              fieldName,
              type,
              f.has("maxLength") ? OptionalInt.of(f.get("maxLength").asInt()) : OptionalInt.empty(),
              enumName,
              f.path("readOnly").asBoolean(false),
              optionalText(f, "al")));
    }
    Optional<BcEntitySet.Parent> parent = Optional.empty();
    JsonNode p = s.get("parent");
    if (p != null && !p.isNull()) {
      parent =
          Optional.of(
              new BcEntitySet.Parent(
                  text(p, "entitySet", where + " parent"),
                  text(p, "navigation", where + " parent"),
                  text(p, "field", where + " parent"),
                  optionalText(p, "numberField")));
    }
    List<BcEntitySet.Action> actions = new ArrayList<>();
    for (JsonNode a : s.path("actions")) {
      actions.add(
          new BcEntitySet.Action(
              text(a, "name", where + " action"),
              a.path("status").asInt(204),
              a.path("description").asText("")));
    }
    List<List<String>> unique = new ArrayList<>();
    for (JsonNode group : s.path("uniqueKeys")) {
      unique.add(strings(group));
    }
    try {
      return new BcEntitySet(
          BcApi.fromContractName(text(s, "api", where)),
          name,
          text(s, "entityType", where),
          text(s, "table", where),
          s.path("description").asText(""),
          strings(s.path("usedBy")),
          new LinkedHashSet<>(strings(s.path("operations"))),
          s.path("key").asText("id"),
          strings(s.path("naturalKey")),
          unique,
          parent,
          strings(s.path("requiresFilterOn")),
          actions,
          fields);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static String text(JsonNode node, String member, String where) {
    JsonNode value = node.get(member);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException(where + " needs a text member " + member);
    }
    return value.asText();
  }

  private static Optional<String> optionalText(JsonNode node, String member) {
    JsonNode value = node.get(member);
    return value == null || !value.isTextual() || value.asText().isBlank()
        ? Optional.empty()
        : Optional.of(value.asText());
  }

  /**
   * Returns the contract's version.
   *
   * @return e.g. {@code 1.0}
   */
  public String version() {
    return version;
  }

  /**
   * Returns the default publisher of the custom pages.
   *
   * @return e.g. {@code projectPro}
   */
  public String customPublisher() {
    return customPublisher;
  }

  /**
   * Returns the default API group of the custom pages.
   *
   * @return e.g. {@code procoreSync}
   */
  public String customGroup() {
    return customGroup;
  }

  /**
   * Returns the default API version of the custom pages.
   *
   * @return e.g. {@code v1.0}
   */
  public String customVersion() {
    return customVersion;
  }

  /**
   * Returns every entity set, standard first.
   *
   * @return the sets
   */
  public List<BcEntitySet> entitySets() {
    return entitySets;
  }

  /**
   * Returns the entity sets of one API root.
   *
   * @param api the root
   * @return the sets, in contract order
   */
  public List<BcEntitySet> entitySets(BcApi api) {
    Objects.requireNonNull(api, "api");
    return entitySets.stream().filter(s -> s.api() == api).toList();
  }

  /**
   * Returns an entity set.
   *
   * @param api the root
   * @param name e.g. {@code jobPlanningLines}
   * @return the set
   * @throws IllegalArgumentException naming the root and the set when the contract has none
   */
  public BcEntitySet entitySet(BcApi api, String name) {
    return findEntitySet(api, name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "the contract has no " + api.contractName() + " entity set " + name));
  }

  /**
   * Returns an entity set, if the contract has it.
   *
   * @param api the root
   * @param name e.g. {@code jobPlanningLines}
   * @return the set, or empty
   */
  public Optional<BcEntitySet> findEntitySet(BcApi api, String name) {
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(name, "name");
    return entitySets.stream().filter(s -> s.api() == api && s.name().equals(name)).findFirst();
  }

  /**
   * Returns the members of an enum, as JSON values.
   *
   * @param enumName e.g. {@code jobLineType}
   * @return the members, in order
   * @throws IllegalArgumentException naming the enum when the contract has none
   */
  public List<String> enumMembers(String enumName) {
    List<String> members = enums.get(Objects.requireNonNull(enumName, "enumName"));
    if (members == null) {
      throw new IllegalArgumentException("the contract has no enum " + enumName);
    }
    return members;
  }

  /**
   * Returns every enum with its members.
   *
   * @return enum name to members
   */
  public Map<String, List<String>> enums() {
    return enums;
  }

  @Override
  public String toString() {
    return "BcContract[" + version + ", " + entitySets.size() + " entity sets]";
  }
}
