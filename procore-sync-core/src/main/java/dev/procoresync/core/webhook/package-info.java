/**
 * Procore webhook events: parsing of the v2.0, v3.0 and v4.0 payloads into one {@link
 * dev.procoresync.core.webhook.WebhookEvent}, and a {@link
 * dev.procoresync.core.webhook.WebhookInbox} that drops the duplicates Procore's retries produce
 * and the echoes of the application's own writes.
 *
 * <p>A webhook only says that a record changed; read the record through the client afterwards.
 *
 * <p>Where this package fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@SyncStyle
@NullMarked
package dev.procoresync.core.webhook;

import dev.procoresync.core.SyncStyle;
import org.jspecify.annotations.NullMarked;
