/**
 * The typed ServiceTrade client: session login, customers, locations, jobs, users and clock events,
 * on the kit's {@link dev.procoresync.core.http.HttpService}. The only code of the ServiceTrade
 * connector that does I/O.
 */
@NullMarked
package dev.procoresync.timekeeping.servicetrade.client;

import org.jspecify.annotations.NullMarked;
