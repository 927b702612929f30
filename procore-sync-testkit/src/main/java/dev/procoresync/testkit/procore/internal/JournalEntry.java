package dev.procoresync.testkit.procore.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One request the fake received, as recorded in its journal.
 *
 * @param method the HTTP method
 * @param path the path without the query
 * @param query the raw query string (empty when none)
 * @param queryParams the decoded query parameters
 * @param headers the request headers (names as sent)
 * @param body the body as text (empty when none)
 * @param status the status answered (0 when the connection was reset)
 * @param route the {@code "METHOD /template"} of the route served, or null (unknown path)
 * @param receivedAt the fake clock's instant when it arrived
 */
public record JournalEntry(
    String method,
    String path,
    String query,
    Map<String, List<String>> queryParams,
    Map<String, List<String>> headers,
    String body,
    int status,
    @Nullable String route,
    Instant receivedAt) {}
