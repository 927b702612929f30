/**
 * The typed Procore REST client.
 *
 * <p>Build one {@link dev.procoresync.core.client.ProcoreClient} per credential and share it; scope
 * it to a company with {@link dev.procoresync.core.client.ProcoreClient#forCompany(long)} and use
 * the resource facades of the scope:
 *
 * <pre>{@code
 * ProcoreClient client = ProcoreClient.builder()
 *     .environment(ProcoreEnvironment.DEVELOPER_SANDBOX)
 *     .credentials(ProcoreCredentials.clientCredentials(clientId, clientSecret))
 *     .build();
 * CompanyClient company = client.forCompany(4_264_807L);
 * company.projects().list().stream().forEach(p -> System.out.println(p.name()));
 * }</pre>
 *
 * <p>The client paces itself on Procore's rate-limit headers, retries what is safe to retry,
 * refreshes tokens once for all threads, follows {@code Link} headers lazily and turns every error
 * answer into a typed {@link dev.procoresync.core.error.ProcoreApiException}.
 *
 * <p>Where this package fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@NullMarked
package dev.procoresync.core.client;

import org.jspecify.annotations.NullMarked;
