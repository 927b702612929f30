/**
 * The contract of the Business Central API pages procore-sync uses ({@code
 * docs/business-central/custom-api-contract.json}): {@link
 * dev.procoresync.testkit.bc.contract.BcContract}, its entity sets, fields and field types. The
 * fake Business Central serves it; a client checks its own types against it.
 *
 * <pre>{@code
 * BcContract contract = BcContract.load();
 * BcField flag = contract.entitySet(BcApi.CUSTOM, "projects").field("sendToProcore");
 * }</pre>
 */
@org.jspecify.annotations.NullMarked
package dev.procoresync.testkit.bc.contract;
