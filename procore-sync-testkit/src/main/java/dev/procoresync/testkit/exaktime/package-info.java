/**
 * A fake ExakTime on the testkit's engine: the subscription-key header, cost codes ({@code
 * /v1/Time/CostCodes}, the one route a public source confirms: page/page_size up to 100, unique
 * names, no delete, only deactivation) and, marked unverified, employees, locations and time
 * records in the same shape. Fault injection, the request journal and the {@link
 * dev.procoresync.testkit.FakeClock} come from {@link dev.procoresync.testkit.http}.
 *
 * <p>Everything but the cost-code route is this library's assumption (decision 0320): the real
 * ExakTime API may differ.
 */
@NullMarked
package dev.procoresync.testkit.exaktime;

import org.jspecify.annotations.NullMarked;
