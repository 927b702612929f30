package dev.procoresync.bc.client;

/** Which API route an entity set lives on. */
public enum BcApi {
  /** Microsoft's standard API, {@code api/v2.0}. */
  STANDARD,
  /**
   * The custom API pages ProjectPro (or a partner) publishes, {@code
   * api/{publisher}/{group}/{version}} (see {@link BcCustomPages}).
   */
  CUSTOM
}
