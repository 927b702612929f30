/**
 * The contract every upsert flow passes, whatever its target: {@link
 * dev.procoresync.testkit.contract.UpsertFlowContract}, a JUnit 5 test class a connector's test
 * extends with its flow and its fake, and {@link
 * dev.procoresync.testkit.contract.CancellationBoundary}, where the flow's runs stop when
 * cancelled.
 */
@org.jspecify.annotations.NullMarked
package dev.procoresync.testkit.contract;
