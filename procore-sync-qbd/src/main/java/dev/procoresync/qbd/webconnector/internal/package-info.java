/**
 * Wire details of the Web Connector service (SOAP envelopes, the WSDL text, tickets); not public
 * API.
 */
@NullMarked
package dev.procoresync.qbd.webconnector.internal;

import org.jspecify.annotations.NullMarked;
