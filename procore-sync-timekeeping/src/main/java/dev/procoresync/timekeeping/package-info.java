/**
 * Time-keeping connectors (busybusy, ExakTime, ServiceTrade) for procore-sync.
 *
 * <p>This module is reserved: its neutral time model, vendor clients and flows arrive with their
 * own issue once the core client, the fake Procore and the core mapping primitives are in place.
 */
package dev.procoresync.timekeeping;
