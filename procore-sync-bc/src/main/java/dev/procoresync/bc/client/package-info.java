/**
 * The Business Central OData v4 client: Entra ID client-credentials tokens, tenant / environment /
 * company addressing, the standard {@code api/v2.0} routes and the custom API pages at {@code
 * api/{publisher}/{group}/{version}} ({@link dev.procoresync.bc.client.BcCustomPages}), typed
 * {@code $filter}/{@code $select}/{@code $expand} ({@link dev.procoresync.bc.client.ODataFilter},
 * {@link dev.procoresync.bc.client.ODataQuery}), {@code If-Match} on every write and {@code
 * $batch}. Built on the kit's {@link dev.procoresync.core.http.HttpService}.
 */
@NullMarked
package dev.procoresync.bc.client;

import org.jspecify.annotations.NullMarked;
