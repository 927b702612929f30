/**
 * The typed ExakTime client on the kit's {@link dev.procoresync.core.http.HttpService}: the
 * subscription-key header, page/page_size paging, cost codes ({@link
 * dev.procoresync.timekeeping.exaktime.client.ExakTimeCostCodes}, a route a public source confirms)
 * and, in one class marked unverified ({@link
 * dev.procoresync.timekeeping.exaktime.client.ExakTimeUnverifiedApi}), employees, locations and
 * time records. The only code of the ExakTime connector that does I/O.
 */
@NullMarked
package dev.procoresync.timekeeping.exaktime.client;

import org.jspecify.annotations.NullMarked;
