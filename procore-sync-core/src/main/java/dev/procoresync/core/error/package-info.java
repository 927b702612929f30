/**
 * The library's unchecked exception hierarchy.
 *
 * <p>{@link dev.procoresync.core.error.ProcoreSyncException} is the root. Below it the hierarchy
 * splits on one question a caller always needs answered: did a service answer? A {@link
 * dev.procoresync.core.error.ServiceException} means it did, with an error (service name, status,
 * service error code, request id, retryable); Procore's are {@link
 * dev.procoresync.core.error.ProcoreApiException} and its subclasses, a token endpoint's refusal is
 * an {@link dev.procoresync.core.error.OAuthException}. A {@link
 * dev.procoresync.core.error.ClientException} means the failure is on this side: no answer came
 * ({@link dev.procoresync.core.error.TransportException}: a write may or may not have landed), an
 * answer could not be read ({@link dev.procoresync.core.error.DecodingException}), the client is
 * set up wrong ({@link dev.procoresync.core.error.ConfigurationException}) or a rate-limit wait is
 * longer than the policy allows ({@link dev.procoresync.core.error.RateLimitWaitException}).
 *
 * <p>Arguments a caller got wrong are not part of this hierarchy: they are {@link
 * java.lang.IllegalArgumentException} or {@link java.lang.NullPointerException} naming the
 * argument.
 *
 * <p>Where this package fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@NullMarked
package dev.procoresync.core.error;

import org.jspecify.annotations.NullMarked;
