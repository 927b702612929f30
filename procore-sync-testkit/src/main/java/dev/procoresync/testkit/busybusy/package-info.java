/**
 * A fake busybusy (GraphQL) on the testkit's engine: {@link
 * dev.procoresync.testkit.busybusy.FakeBusybusy} and its JUnit extension.
 *
 * <p>Where this package fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@NullMarked
package dev.procoresync.testkit.busybusy;

import org.jspecify.annotations.NullMarked;
