/**
 * Time-keeping connectors (busybusy, ExakTime, ServiceTrade) for procore-sync: the neutral time
 * model in {@code .model}, the time rules in {@code .mapping}, and one package per vendor.
 */
package dev.procoresync.timekeeping;
