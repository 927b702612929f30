package dev.procoresync.bc.client;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the custom API pages live and what they call things: publisher, group, version, and, for a
 * partner whose pages differ from the contract ({@code
 * docs/business-central/custom-api-contract.md}), the entity-set and field names that replace the
 * contract's. ProjectPro's own pages are not public, so all of it is configuration; the defaults
 * are the contract's.
 *
 * <pre>{@code
 * BcCustomPages pages = BcCustomPages.builder()
 *     .publisher("projectpro").group("procore").version("v1.0")
 *     .entitySet("jobTasks", "ppJobTasks")            // contract name -> partner's name
 *     .field("jobTasks", "segmentCode", "segCode")    // contract field -> partner's field
 *     .build();
 * }</pre>
 */
public final class BcCustomPages {
  /** The contract's default publisher. */
  public static final String DEFAULT_PUBLISHER = "projectPro";

  /** The contract's default group. */
  public static final String DEFAULT_GROUP = "procoreSync";

  /** The contract's default version. */
  public static final String DEFAULT_VERSION = "v1.0";

  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_.-]+");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final BcCustomPages DEFAULTS = builder().build();

  private final String publisher;
  private final String group;
  private final String version;
  private final Map<String, String> entitySets;
  private final Map<String, String> fields;
  private final Map<String, String> fieldsBack;

  private BcCustomPages(Builder b) {
    this.publisher = b.publisher;
    this.group = b.group;
    this.version = b.version;
    this.entitySets = Map.copyOf(b.entitySets);
    this.fields = Map.copyOf(b.fields);
    Map<String, String> back = new HashMap<>();
    b.fields.forEach(
        (k, v) ->
            back.put(k.substring(0, k.indexOf('.') + 1) + v, k.substring(k.indexOf('.') + 1)));
    this.fieldsBack = Map.copyOf(back);
  }

  /**
   * The contract's pages, unchanged.
   *
   * @return the defaults
   */
  public static BcCustomPages defaults() {
    return DEFAULTS;
  }

  /**
   * Starts a builder holding the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the API publisher.
   *
   * @return the publisher
   */
  public String publisher() {
    return publisher;
  }

  /**
   * Returns the API group.
   *
   * @return the group
   */
  public String group() {
    return group;
  }

  /**
   * Returns the API version.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * Returns the route of the custom pages under an environment, {@code
   * api/{publisher}/{group}/{version}}.
   *
   * @return the route, without leading or trailing slash
   */
  public String route() {
    return "api/" + publisher + "/" + group + "/" + version;
  }

  /**
   * Returns the partner's name of a contract entity set.
   *
   * @param contractName the contract's name, such as {@code jobTasks}
   * @return the name to call
   */
  public String entitySet(String contractName) {
    return entitySets.getOrDefault(contractName, contractName);
  }

  /**
   * Returns the partner's name of a contract field.
   *
   * @param entitySet the contract's entity set
   * @param contractField the contract's field
   * @return the name on the wire
   */
  public String field(String entitySet, String contractField) {
    return fields.getOrDefault(entitySet + "." + contractField, contractField);
  }

  /**
   * Returns the contract's name of a field as the partner's page sends it.
   *
   * @param entitySet the contract's entity set
   * @param wireField the field's name on the wire
   * @return the contract's name
   */
  public String contractField(String entitySet, String wireField) {
    return fieldsBack.getOrDefault(entitySet + "." + wireField, wireField);
  }

  /**
   * Tells whether any field of the entity set is renamed.
   *
   * @param entitySet the contract's entity set
   * @return {@code true} when a field is renamed
   */
  public boolean renames(String entitySet) {
    String prefix = entitySet + ".";
    return fields.keySet().stream().anyMatch(k -> k.startsWith(prefix));
  }

  @Override
  public String toString() {
    return "BcCustomPages{" + route() + ", entitySets=" + entitySets + ", fields=" + fields + "}";
  }

  /** Builds {@link BcCustomPages}; starts from the contract's defaults. */
  public static final class Builder {
    private String publisher = DEFAULT_PUBLISHER;
    private String group = DEFAULT_GROUP;
    private String version = DEFAULT_VERSION;
    private final Map<String, String> entitySets = new HashMap<>();
    private final Map<String, String> fields = new HashMap<>();

    Builder() {}

    /**
     * Sets the API publisher.
     *
     * @param publisher the publisher, such as {@code projectpro}
     * @return this builder
     * @throws IllegalArgumentException when it is not a URL segment of letters, digits, {@code _.-}
     */
    public Builder publisher(String publisher) {
      this.publisher = segment("publisher", publisher);
      return this;
    }

    /**
     * Sets the API group.
     *
     * @param group the group
     * @return this builder
     * @throws IllegalArgumentException as {@link #publisher} does
     */
    public Builder group(String group) {
      this.group = segment("group", group);
      return this;
    }

    /**
     * Sets the API version.
     *
     * @param version the version, such as {@code v1.0} or {@code beta}
     * @return this builder
     * @throws IllegalArgumentException as {@link #publisher} does
     */
    public Builder version(String version) {
      this.version = segment("version", version);
      return this;
    }

    /**
     * Renames a contract entity set.
     *
     * @param contractName the contract's name
     * @param partnerName the partner page's {@code EntitySetName}
     * @return this builder
     * @throws IllegalArgumentException when a name is not an OData name
     */
    public Builder entitySet(String contractName, String partnerName) {
      entitySets.put(name("entity set", contractName), name("entity set", partnerName));
      return this;
    }

    /**
     * Renames a contract field of an entity set.
     *
     * @param entitySet the contract's entity set
     * @param contractField the contract's field
     * @param partnerField the partner page's field name
     * @return this builder
     * @throws IllegalArgumentException when a name is not an OData name
     */
    public Builder field(String entitySet, String contractField, String partnerField) {
      fields.put(
          name("entity set", entitySet) + "." + name("field", contractField),
          name("field", partnerField));
      return this;
    }

    private static String segment(String what, String value) {
      Objects.requireNonNull(value, what);
      if (!SEGMENT.matcher(value).matches()) {
        throw new IllegalArgumentException(
            what + " '" + value + "' must be letters, digits, '_', '.' or '-'");
      }
      return value;
    }

    private static String name(String what, String value) {
      Objects.requireNonNull(value, what);
      if (!NAME.matcher(value).matches()) {
        throw new IllegalArgumentException(what + " '" + value + "' is not an OData name");
      }
      return value;
    }

    /**
     * Builds the configuration.
     *
     * @return the configuration
     */
    public BcCustomPages build() {
      return new BcCustomPages(this);
    }
  }
}
