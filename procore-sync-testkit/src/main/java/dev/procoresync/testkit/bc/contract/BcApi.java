package dev.procoresync.testkit.bc.contract;

/**
 * Which API root of a Business Central environment an entity set lives under: Microsoft's standard
 * {@code api/v2.0}, or the custom API pages at {@code api/{publisher}/{group}/{version}} (the
 * ProjectPro pages of the contract in {@code docs/business-central/custom-api-contract.md}).
 */
public enum BcApi {
  /** Microsoft's standard API, {@code api/v2.0}. */
  STANDARD,
  /** The custom API pages, {@code api/{publisher}/{group}/{version}}. */
  CUSTOM;

  /**
   * Returns the name the contract JSON uses.
   *
   * @return {@code standard} or {@code custom}
   */
  public String contractName() {
    return this == STANDARD ? "standard" : "custom";
  }

  /**
   * Reads the name the contract JSON uses.
   *
   * @param name {@code standard} or {@code custom}
   * @return the API
   * @throws IllegalArgumentException naming the value when it is neither
   */
  public static BcApi fromContractName(String name) {
    for (BcApi api : values()) {
      if (api.contractName().equals(name)) {
        return api;
      }
    }
    throw new IllegalArgumentException("api must be standard or custom, got: " + name);
  }
}
