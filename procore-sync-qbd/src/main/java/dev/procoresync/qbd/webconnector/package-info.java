/**
 * The QuickBooks Web Connector (QBWC) service: the SOAP web service the Web Connector on the user's
 * Windows machine polls, handing it the qbXML requests a {@link
 * dev.procoresync.core.state.WebConnectorQueue} holds and storing QuickBooks' answers.
 *
 * <p>{@link dev.procoresync.qbd.webconnector.WebConnectorService} is the transport-neutral handler;
 * {@link dev.procoresync.qbd.webconnector.WebConnectorServlet} mounts it in a Jakarta Servlet
 * container (Spring Boot, Tomcat, Jetty) and {@link
 * dev.procoresync.qbd.webconnector.WebConnectorHttpServer} serves it on the JDK's own HTTP server.
 * {@link dev.procoresync.qbd.webconnector.QwcFile} writes the {@code .qwc} file the user loads into
 * the Web Connector.
 *
 * <p>Where this package fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@SyncStyle
@NullMarked
package dev.procoresync.qbd.webconnector;

import dev.procoresync.core.SyncStyle;
import org.jspecify.annotations.NullMarked;
