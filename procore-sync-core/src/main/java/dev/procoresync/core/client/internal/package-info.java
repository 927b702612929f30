/**
 * Wire details of the Procore client: Retrofit interfaces (one per resource family), the OkHttp
 * interceptor that authenticates, paces, retries and reports, the token manager, the error body
 * parser and the pager. Not public API.
 */
@NullMarked
package dev.procoresync.core.client.internal;

import org.jspecify.annotations.NullMarked;
