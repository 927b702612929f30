/**
 * Wire details of the Procore client: the Retrofit interfaces (one per resource family), the
 * endpoint catalogue, the error body parser, the {@code Link} parser and the wire mapper. Not
 * public API. This package depends on nothing in {@code dev.procoresync.core.client} (no package
 * cycle): the pipeline that uses it (the OkHttp interceptor that authenticates, paces, retries and
 * reports, the token manager, the transport, the pager and the batch sync engine) lives in that
 * package as package-private classes.
 *
 * <p>Adding a resource family (the pattern every facade follows):
 *
 * <ol>
 *   <li>One Retrofit interface here per family, such as {@code VendorsApi}: every method returns
 *       {@code Call<ResponseBody>} (the transport decodes), paths are relative ({@code
 *       "rest/v1.0/vendors"}) and copied from Procore's catalogue, lists take {@code per_page} and
 *       a {@code @QueryMap} of filters, POST creates take a {@code @HeaderMap} (idempotency token).
 *   <li>Add the interface to {@link dev.procoresync.core.client.internal.EndpointCatalogue#APIS}
 *       (the catalogue test fails on any path Procore does not have).
 *   <li>One facade class per family in {@code dev.procoresync.core.client}, with a package-private
 *       constructor taking the package-private {@code Scope}: lists return {@code
 *       scope.transport().list(call, Model.class, Envelope.NONE|DATA)}, single records {@code
 *       scope.transport().execute(call, Model.class, envelope)}, creates go through {@code
 *       scope.createSafely(...)} with an origin-id lookup, batch syncs through {@code
 *       scope.sync(items, array -> call, Model.class)}.
 *   <li>An accessor on {@code CompanyClient}, and tests against the fake in {@code
 *       procore-sync-it}.
 * </ol>
 */
@NullMarked
package dev.procoresync.core.client.internal;

import org.jspecify.annotations.NullMarked;
