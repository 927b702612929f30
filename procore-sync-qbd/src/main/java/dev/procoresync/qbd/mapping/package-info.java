/**
 * Pure mappings from Procore records to qbXML requests, field by field as Procore's QuickBooks
 * Desktop connector maps them: no I/O, no clock. Bad input ends in violations, never in an
 * exception.
 */
@NullMarked
package dev.procoresync.qbd.mapping;

import org.jspecify.annotations.NullMarked;
