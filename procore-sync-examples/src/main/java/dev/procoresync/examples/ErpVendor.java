package dev.procoresync.examples;

/**
 * A vendor as a host ERP exports it: the demo's stand-in for the host's own record type.
 *
 * @param number the ERP's vendor number, such as {@code V-00042}
 * @param name the vendor's name
 * @param city the city of its address
 * @param stateCode the ISO 3166-2 state code, such as {@code TX}
 * @param email its accounts-payable e-mail address
 * @param active whether the ERP still buys from it
 */
public record ErpVendor(
    String number, String name, String city, String stateCode, String email, boolean active) {}
