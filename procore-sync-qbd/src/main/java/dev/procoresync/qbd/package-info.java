/**
 * QuickBooks Desktop connector (qbXML over the QuickBooks Web Connector) for procore-sync.
 *
 * <p>This module is reserved: its typed qbXML messages, the Web Connector service and the flows
 * arrive with their own issue once the core client, the fake Procore and the core mapping
 * primitives are in place.
 */
package dev.procoresync.qbd;
