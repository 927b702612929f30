/**
 * The connector kit's HTTP layer: what every service client of procore-sync is built from.
 *
 * <p>Paging ({@link dev.procoresync.core.http.PagedIterable}, {@link
 * dev.procoresync.core.http.Page}, {@link dev.procoresync.core.http.PagePosition}), the retry rule
 * ({@link dev.procoresync.core.http.RetryPolicy}), rate-limit budgets ({@link
 * dev.procoresync.core.http.RateLimitBudget}) and the per-request report ({@link
 * dev.procoresync.core.http.RequestEvent}, {@link dev.procoresync.core.http.RequestListener}) are
 * shared by the Procore client and every connector, so that no connector writes its own transport,
 * retry, paging or rate pacing.
 *
 * <p>Where this package fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@NullMarked
package dev.procoresync.core.http;

import org.jspecify.annotations.NullMarked;
