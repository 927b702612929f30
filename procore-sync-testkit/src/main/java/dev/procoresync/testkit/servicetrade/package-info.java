/**
 * A fake ServiceTrade on the testkit's engine: session login ({@code POST /api/auth}, the {@code
 * PHPSESSID} cookie), customers ({@code company}), locations, jobs, users (technicians) and the
 * paired clock events of a job, each in the {@code {"messages":…, "data":…}} envelope with {@code
 * page}/{@code limit} paging and {@code data.totalPages}. Fault injection, the request journal and
 * the {@link dev.procoresync.testkit.FakeClock} come from {@link dev.procoresync.testkit.http}.
 *
 * <p>Field names not confirmed by a public source (the {@code externalIds} map that relates records
 * to Procore, the Procore employee id on a technician) are this library's choice, recorded in its
 * decision 0321.
 */
@NullMarked
package dev.procoresync.testkit.servicetrade;

import org.jspecify.annotations.NullMarked;
