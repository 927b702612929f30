/**
 * The connector kit's HTTP layer: what every service client of procore-sync is built from.
 *
 * <p>Start at {@link dev.procoresync.core.http.HttpService}: one builder for a service client (base
 * URL, the host's shared OkHttp client, timeouts, clock and sleeper, listeners), whose OkHttp
 * client carries the pipeline: {@link dev.procoresync.core.http.Authentication} on every attempt
 * ({@link dev.procoresync.core.http.OAuth2Authentication}, {@link
 * dev.procoresync.core.http.SessionAuthentication}, static header, basic), rate limiting keyed per
 * service ({@link dev.procoresync.core.http.RateLimiter}: Procore's headers over a {@link
 * dev.procoresync.core.http.RateLimitBudget}, or the {@link
 * dev.procoresync.core.http.ClientSideRateLimiter}), retries per {@link
 * dev.procoresync.core.http.RetryPolicy} (a POST only when tagged {@link
 * dev.procoresync.core.http.SafeToResend}), per-request {@link
 * dev.procoresync.core.http.RequestOptions}, and one {@link dev.procoresync.core.http.RequestEvent}
 * per logical request to every {@link dev.procoresync.core.http.RequestListener}. Paging ({@link
 * dev.procoresync.core.http.PagedIterable}, {@link dev.procoresync.core.http.Page}, {@link
 * dev.procoresync.core.http.PagePosition}) and batch writes run on the same client, so that no
 * connector writes its own transport, retry, paging or rate pacing. Decision record 0100 explains
 * the layer.
 *
 * <p>Where this package fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@NullMarked
package dev.procoresync.core.http;

import org.jspecify.annotations.NullMarked;
