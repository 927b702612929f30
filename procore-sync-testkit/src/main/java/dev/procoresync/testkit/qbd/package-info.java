/**
 * Test support for the QuickBooks Desktop connector: {@link
 * dev.procoresync.testkit.qbd.QbXmlEndpoint}, the seam between the Web Connector and QuickBooks
 * (what a simulated company file implements), and the simulator that drives a Web Connector service
 * over real HTTP the way the QuickBooks Web Connector does.
 *
 * <p>Nothing here uses a type of {@code procore-sync-qbd} (the testkit may not depend on it): the
 * simulator speaks SOAP and hands qbXML along as text.
 *
 * <p>Where this package fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@NullMarked
package dev.procoresync.testkit.qbd;

import org.jspecify.annotations.NullMarked;
